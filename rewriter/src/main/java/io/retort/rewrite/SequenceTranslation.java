package io.retort.rewrite;

import static io.retort.rewrite.Trees.*;

import io.retort.dialect.UnsupportedConstruct;
import io.retort.sql.*;
import java.util.Locale;

/**
 * Sequence values. PostgreSQL's {@code nextval('s')} and {@code currval('s')} are H2's as well; MariaDB
 * writes {@code NEXTVAL(s)} and {@code LASTVAL(s)}, Oracle {@code s.NEXTVAL} and {@code s.CURRVAL}, SQL
 * Server {@code NEXT VALUE FOR s}. MySQL and SQLite have no sequences (use an identity column).
 */
final class SequenceTranslation implements RewritePass {

    @Override
    public Statement apply(Statement statement, Translation t) {
        if (t.withinMySqlFamily()) {
            return statement;
        }
        return expressions(statement, e -> e instanceof FunctionCall f ? sequence(f, t) : e);
    }

    private static Expression sequence(FunctionCall f, Translation t) {
        String name = name(f);
        boolean next = name.equals("nextval");
        if (!next && !name.equals("currval") && !name.equals("lastval") || f.arguments().size() != 1) {
            return f;
        }
        Name sequence = switch (f.arguments().get(0)) {
            case StringLiteral s -> Name.of(s.value().split("\\."));
            case ColumnRef c -> c.qualifier() == null ? Name.of(c.column()) : c.qualifier().append(c.column());
            default -> throw new UnsupportedConstruct(f.name() + " of a computed sequence name", "");
        };
        String what = next ? "the next value of a sequence" : "the current value of a sequence";
        return switch (t.targetFamily()) {
            case POSTGRESQL, H2, ANSI -> fn(next ? "nextval" : "currval", string(text(sequence)));
            case MARIADB -> fn(next ? "NEXTVAL" : "LASTVAL", new ColumnRef(sequence.qualifier(), sequence.last()));
            case ORACLE -> new ColumnRef(sequence, Identifier.of(next ? "NEXTVAL" : "CURRVAL"));
            case SQLSERVER -> {
                if (!next) {
                    throw new UnsupportedConstruct(what, "SQL Server has only NEXT VALUE FOR");
                }
                yield new Keyword("NEXT VALUE FOR " + text(sequence));
            }
            case MYSQL, SQLITE -> throw new UnsupportedConstruct(what,
                    t.target.productName() + " has no sequences; use an identity (AUTO_INCREMENT) column");
        };
    }

    private static String text(Name name) {
        StringBuilder sb = new StringBuilder();
        for (Identifier part : name.parts()) {
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(part.quoted() ? part.text() : part.text().toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }
}
