package io.retort.sharding.route;

import io.retort.sql.BinaryOp;
import io.retort.sql.Case;
import io.retort.sql.Cast;
import io.retort.sql.ColumnRef;
import io.retort.sql.Expression;
import io.retort.sql.FunctionCall;
import io.retort.sql.Identifier;
import io.retort.sql.NumberLiteral;
import io.retort.sql.SqlDialect;
import io.retort.sql.Star;
import io.retort.sql.StringLiteral;
import java.util.Locale;

/**
 * The labels databases give unaliased select items, for columns whose shard expression Retort
 * replaces (an AVG's SUM, a placeholder for an expression the merge computes), so the application
 * sees the label it would have seen on one database.
 */
final class ColumnLabels {

    private ColumnLabels() {}

    /** {@code name(args)} the way MySQL and SQLite label a column: as written, for the simple forms. */
    static String written(FunctionCall f) {
        StringBuilder sb = new StringBuilder(f.name().last().text()).append('(');
        if (f.distinct()) {
            sb.append("DISTINCT ");
        }
        for (int i = 0; i < f.arguments().size(); i++) {
            Expression a = f.arguments().get(i);
            sb.append(i == 0 ? "" : ",");
            switch (a) {
                case ColumnRef c -> sb.append(c.qualifier() == null ? "" : c.qualifier() + ".").append(c.column().text());
                case Star st -> sb.append('*');
                case NumberLiteral n -> sb.append(n.text());
                default -> sb.append("...");
            }
        }
        return sb.append(')').toString();
    }

    /**
     * The label of an unaliased expression over aggregates: PostgreSQL names a call after its
     * function, a cast after its operand (or its type), a CASE {@code case}, anything else
     * {@code ?column?}; MySQL, MariaDB and SQLite use the expression's text (approximated: Retort
     * does not keep the original spacing; arguments are separated by {@code ", "}), H2 that in upper
     * case.
     */
    static Identifier computed(Expression e, SqlDialect dialect) {
        return switch (dialect) {
            case POSTGRESQL -> Identifier.quoted(postgres(e));
            case H2 -> Identifier.quoted(text(e).toUpperCase(Locale.ROOT));
            default -> Identifier.quoted(text(e));
        };
    }

    private static String postgres(Expression e) {
        return switch (e) {
            case FunctionCall f -> f.name().last().text().toLowerCase(Locale.ROOT);
            case ColumnRef c -> c.column().text();
            case Case c -> "case";
            case Cast c when c.operand() instanceof FunctionCall || c.operand() instanceof ColumnRef
                    || c.operand() instanceof Cast -> postgres(c.operand());
            case Cast c -> switch (c.type().name()) {
                case "INT", "INTEGER", "INT4" -> "int4";
                case "BIGINT", "INT8" -> "int8";
                case "SMALLINT", "INT2" -> "int2";
                case "DOUBLE PRECISION", "FLOAT8", "FLOAT" -> "float8";
                case "REAL", "FLOAT4" -> "float4";
                case "DECIMAL", "DEC" -> "numeric";
                case "CHARACTER VARYING" -> "varchar";
                default -> c.type().name().toLowerCase(Locale.ROOT);
            };
            default -> "?column?";
        };
    }

    /** An expression's text, roughly as written: calls, columns, literals, operators and casts. */
    private static String text(Expression e) {
        return switch (e) {
            case FunctionCall f -> {
                StringBuilder sb = new StringBuilder(f.name().last().text()).append('(');
                if (f.distinct()) {
                    sb.append("DISTINCT ");
                }
                for (int i = 0; i < f.arguments().size(); i++) {
                    sb.append(i == 0 ? "" : ", ").append(text(f.arguments().get(i)));
                }
                yield sb.append(')').toString();
            }
            case ColumnRef c -> (c.qualifier() == null ? "" : c.qualifier() + ".") + c.column().text();
            case NumberLiteral n -> n.text();
            case StringLiteral s -> "'" + s.value().replace("'", "''") + "'";
            case Star st -> "*";
            case BinaryOp b -> text(b.left()) + " " + b.operator().symbol() + " " + text(b.right());
            case Cast c -> "CAST(" + text(c.operand()) + " AS " + c.type().name()
                    + (c.type().arguments().isEmpty() ? "" : "(" + String.join(",", c.type().arguments()) + ")") + ")";
            default -> "...";
        };
    }
}
