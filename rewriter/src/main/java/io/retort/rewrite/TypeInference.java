package io.retort.rewrite;

import io.retort.sql.*;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Infers the coarse type and nullability of expressions from literals, casts, functions and, through
 * {@link SchemaInfo}, columns. Column qualifiers are resolved against the tables of the whole
 * statement (an alias names the same table everywhere in it); an unqualified column is typed when the
 * statement's tables agree on it. Null means unknown.
 */
final class TypeInference {

    private final SchemaInfo schema;
    private final SqlDialect source;
    /** Alias or table name (lower case) to table name; null value when the name is ambiguous or not a table. */
    private final Map<String, String> tables = new HashMap<>();

    TypeInference(Statement statement, SchemaInfo schema, SqlDialect source) {
        this.schema = schema;
        this.source = source;
        if (schema != SchemaInfo.NONE) {
            statement.walk(n -> {
                switch (n) {
                    case TableRef t -> {
                        String table = t.name().last().text();
                        bind(table, table);
                        if (t.alias() != null) {
                            bind(t.alias().text(), table);
                        }
                    }
                    case DerivedTable d when d.alias() != null -> bind(d.alias().text(), null);
                    case Cte c -> bind(c.name().text(), null);
                    default -> {
                    }
                }
            });
        }
    }

    private void bind(String name, String table) {
        String key = name.toLowerCase(Locale.ROOT);
        if (tables.containsKey(key) && !java.util.Objects.equals(tables.get(key), table)) {
            tables.put(key, null);
        } else {
            tables.put(key, table);
        }
    }

    /** The column's schema information, or null. */
    ColumnInfo column(ColumnRef c) {
        if (schema == SchemaInfo.NONE) {
            return null;
        }
        String name = c.column().text();
        if (c.qualifier() != null) {
            String table = tables.get(c.qualifier().last().text().toLowerCase(Locale.ROOT));
            return table == null ? null : schema.column(table, name);
        }
        ColumnInfo found = null;
        for (String table : tables.values()) {
            if (table == null || !schema.hasTable(table)) {
                return null; // the column may come from a derived table, a CTE or an unknown table
            }
            ColumnInfo info = schema.column(table, name);
            if (info != null) {
                if (found != null && found.type() != info.type()) {
                    return null;
                }
                found = found == null ? info : new ColumnInfo(info.type(), found.nullable() || info.nullable());
            }
        }
        return found;
    }

    /** The coarse type of {@code e}, or null when unknown. */
    TypeKind type(Expression e) {
        return switch (e) {
            case NumberLiteral n -> n.text().indexOf('e') >= 0 || n.text().indexOf('E') >= 0 ? TypeKind.FLOAT
                    : n.text().indexOf('.') >= 0 ? TypeKind.DECIMAL : TypeKind.INTEGER;
            case StringLiteral s -> TypeKind.TEXT;
            case BooleanLiteral b -> TypeKind.BOOLEAN;
            case TypedLiteral t -> kindOf(t.type());
            case BinaryLiteral b -> TypeKind.BINARY;
            case ColumnRef c -> {
                ColumnInfo info = column(c);
                yield info == null || info.type() == TypeKind.OTHER ? null : info.type();
            }
            case BinaryOp b -> binary(b);
            case UnaryOp u -> u.operator() == UnaryOperator.NOT ? TypeKind.BOOLEAN
                    : u.operator() == UnaryOperator.MINUS || u.operator() == UnaryOperator.PLUS ? type(u.operand()) : null;
            case IsNull x -> TypeKind.BOOLEAN;
            case IsTruth x -> TypeKind.BOOLEAN;
            case IsDistinctFrom x -> TypeKind.BOOLEAN;
            case InList x -> TypeKind.BOOLEAN;
            case InSubquery x -> TypeKind.BOOLEAN;
            case Between x -> TypeKind.BOOLEAN;
            case Like x -> TypeKind.BOOLEAN;
            case Exists x -> TypeKind.BOOLEAN;
            case Quantified x -> TypeKind.BOOLEAN;
            case Case c -> {
                for (WhenClause w : c.whens()) {
                    TypeKind t = type(w.result());
                    if (t != null) {
                        yield t;
                    }
                }
                yield c.otherwise() == null ? null : type(c.otherwise());
            }
            case Cast c -> {
                SqlType st = TypeMapping.read(c.type(), source, true);
                yield st == null ? null : st.kind();
            }
            case FunctionCall f -> function(f);
            case SqlValueFunction f -> switch (f.name()) {
                case "CURRENT_DATE" -> TypeKind.DATE;
                case "CURRENT_TIME", "LOCALTIME" -> TypeKind.TIME;
                case "CURRENT_TIMESTAMP" -> TypeKind.TIMESTAMP_TZ;
                case "LOCALTIMESTAMP" -> TypeKind.TIMESTAMP;
                default -> TypeKind.TEXT;
            };
            case Extract x -> TypeKind.INTEGER;
            case Position p -> TypeKind.INTEGER;
            case Substring s -> TypeKind.TEXT;
            case Trim t -> TypeKind.TEXT;
            case Overlay o -> TypeKind.TEXT;
            case Subquery s -> s.query() instanceof Select sel && sel.items().size() == 1
                    ? type(sel.items().get(0).expression()) : null;
            case Interval i -> TypeKind.INTERVAL;
            case Collate c -> type(c.operand());
            default -> null;
        };
    }

    private TypeKind binary(BinaryOp b) {
        switch (b.operator()) {
            case CONCAT, JSON_GET_TEXT, JSON_PATH_TEXT -> {
                return TypeKind.TEXT;
            }
            case JSON_GET, JSON_PATH -> {
                return TypeKind.JSON;
            }
            case INTEGER_DIVIDE -> {
                return TypeKind.INTEGER;
            }
            case PLUS, MINUS, MULTIPLY, DIVIDE, MODULO -> {
                TypeKind l = type(b.left());
                TypeKind r = type(b.right());
                if (l == null || r == null) {
                    return l != null && l.isTemporal() ? l : null;
                }
                if (l.isTemporal()) {
                    return l;
                }
                if (l == TypeKind.FLOAT || r == TypeKind.FLOAT) {
                    return TypeKind.FLOAT;
                }
                if (l == TypeKind.DECIMAL || r == TypeKind.DECIMAL) {
                    return TypeKind.DECIMAL;
                }
                if (l == TypeKind.INTEGER && r == TypeKind.INTEGER) {
                    return b.operator() == BinaryOperator.DIVIDE && !source.isMySqlFamily() ? TypeKind.INTEGER
                            : b.operator() == BinaryOperator.DIVIDE ? TypeKind.DECIMAL : TypeKind.INTEGER;
                }
                return null;
            }
            default -> {
                return b.operator().isComparison() || b.operator() == BinaryOperator.AND
                        || b.operator() == BinaryOperator.OR ? TypeKind.BOOLEAN : null;
            }
        }
    }

    private TypeKind function(FunctionCall f) {
        String name = f.name().last().text().toLowerCase(Locale.ROOT);
        TypeKind first = f.arguments().isEmpty() ? null : type(f.arguments().get(0));
        return switch (name) {
            case "count", "length", "char_length", "character_length", "octet_length", "instr", "locate",
                    "row_number", "rank", "dense_rank", "ntile", "strpos" -> TypeKind.INTEGER;
            case "sum" -> first == TypeKind.INTEGER ? TypeKind.INTEGER : first;
            case "avg" -> first == TypeKind.FLOAT ? TypeKind.FLOAT : TypeKind.DECIMAL;
            case "min", "max", "abs", "coalesce", "nullif", "ifnull", "greatest", "least", "first_value",
                    "last_value", "lag", "lead", "nvl" -> first;
            case "round", "ceil", "ceiling", "floor", "trunc", "truncate", "sign" ->
                    first == TypeKind.INTEGER ? TypeKind.INTEGER : first;
            case "lower", "upper", "trim", "ltrim", "rtrim", "substr", "substring", "concat", "concat_ws", "replace",
                    "string_agg", "group_concat", "listagg", "left", "right", "lpad", "rpad", "repeat", "reverse",
                    "md5", "to_char", "format" -> TypeKind.TEXT;
            case "now", "current_timestamp" -> TypeKind.TIMESTAMP_TZ;
            case "date", "current_date" -> TypeKind.DATE;
            case "datetime" -> TypeKind.TIMESTAMP;
            case "sqrt", "exp", "ln", "log", "power", "pow", "random", "rand", "pi", "sin", "cos" -> TypeKind.FLOAT;
            default -> null;
        };
    }

    /** Whether {@code e} may be NULL (true when unknown). */
    boolean nullable(Expression e) {
        return switch (e) {
            case NullLiteral n -> true;
            case Literal l -> false;
            case ColumnRef c -> {
                ColumnInfo info = column(c);
                yield info == null || info.nullable();
            }
            case FunctionCall f -> {
                String name = f.name().last().text().toLowerCase(Locale.ROOT);
                if (name.equals("count") || name.equals("row_number") || name.equals("rank")
                        || name.equals("dense_rank")) {
                    yield false;
                }
                if (name.equals("coalesce") || name.equals("ifnull")) {
                    boolean any = true;
                    for (Expression a : f.arguments()) {
                        any &= nullable(a);
                    }
                    yield any;
                }
                yield true;
            }
            case BinaryOp b when b.operator() == BinaryOperator.PLUS || b.operator() == BinaryOperator.MINUS
                    || b.operator() == BinaryOperator.MULTIPLY -> nullable(b.left()) || nullable(b.right());
            case UnaryOp u when u.operator() != UnaryOperator.NOT -> nullable(u.operand());
            case SqlValueFunction f -> false;
            case IsNull x -> false;
            case Exists x -> false;
            default -> true;
        };
    }

    private TypeKind kindOf(DataType type) {
        SqlType t = TypeMapping.read(type, source);
        return t == null ? null : t.kind();
    }
}
