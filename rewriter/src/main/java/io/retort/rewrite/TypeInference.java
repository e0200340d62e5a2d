package io.retort.rewrite;

import io.retort.sql.*;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Infers the coarse type and nullability of expressions from literals, casts, functions, the select
 * lists of derived tables and CTEs, and, through {@link SchemaInfo}, columns. Column qualifiers are
 * resolved against the names of the whole statement (an alias names the same table everywhere in it;
 * see {@link NameBindings}); an unqualified column is typed when the statement's tables agree on it.
 * Types are the source dialect's: PostgreSQL's {@code SUM(int)} is a BIGINT, MySQL's a DECIMAL. Null
 * means unknown.
 */
final class TypeInference {

    private final SchemaInfo schema;
    private final SqlDialect source;
    private final Statement statement;
    /** Built when a column is first typed (most translations type none). */
    private NameBindings names;
    /** The derived queries whose columns are being typed: a query that reads itself has no type from itself. */
    private final Set<Query> typing = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Casts passes wrote in the target's spelling, with what they mean. */
    private final java.util.Map<Cast, SqlType> spelledCasts = new java.util.IdentityHashMap<>();
    /** Expressions passes wrote for the target, with their types. */
    private final java.util.Map<Expression, TypeKind> madeTypes = new java.util.IdentityHashMap<>();
    private final java.util.Map<Expression, Integer> madeBits = new java.util.IdentityHashMap<>();

    TypeInference(Statement statement, SchemaInfo schema, SqlDialect source) {
        this.schema = schema;
        this.source = source;
        this.statement = statement;
    }

    /**
     * Remembers what a cast a pass spelled for the target means: read again in the source dialect, the
     * target's spelling may mean nothing ({@code SIGNED} in PostgreSQL) or something else ({@code NUMBER(10)},
     * MySQL's bare {@code DECIMAL}).
     */
    void spelled(Cast c, SqlType meaning) {
        spelledCasts.put(c, meaning);
    }

    /** Whether a pass wrote {@code c} in the target's spelling (later passes leave it as it is). */
    boolean isSpelled(Cast c) {
        return spelledCasts.containsKey(c);
    }

    /**
     * Remembers the type of an expression a pass wrote for the target ({@code DATEDIFF(a, b)}, an integer;
     * {@code DATE_ADD(d, INTERVAL n DAY)}, a date), which the source's functions do not tell.
     */
    void made(Expression e, TypeKind type, int integerBits) {
        madeTypes.put(e, type);
        if (integerBits > 0) {
            madeBits.put(e, integerBits);
        }
    }

    private SqlType castType(Cast c) {
        SqlType known = spelledCasts.get(c);
        return known != null ? known : TypeMapping.read(c.type(), source, true);
    }

    /** Where a column comes from: a table's column (schema information) or a derived table's or CTE's outputs. */
    private sealed interface Origin {
    }

    private record TableColumn(ColumnInfo info) implements Origin {
    }

    private record DerivedColumn(Query query, List<Expression> outputs) implements Origin {
    }

    private NameBindings names() {
        if (names == null) {
            names = new NameBindings(statement);
        }
        return names;
    }

    /** Whether the statement compares {@code c}'s column with a number in a condition (then it is no date). */
    boolean comparedWithNumber(ColumnRef c) {
        return names().comparedWithNumber(c);
    }

    /** The column's schema information (a column of a table, not of a derived table or CTE), or null. */
    ColumnInfo column(ColumnRef c) {
        return origin(c) instanceof TableColumn t ? t.info() : null;
    }

    private Origin origin(ColumnRef c) {
        if (c.qualifier() != null) {
            String table = names().table(c.qualifier());
            if (table != null) {
                ColumnInfo info = schema.column(table, c.column().text());
                return info == null ? null : new TableColumn(info);
            }
            NameBindings.Derived d = names().derived(c.qualifier());
            return d == null ? null : originIn(d, c);
        }
        Select scope = names().scope(c);
        List<Object> sources = scope == null ? null : NameBindings.fromSources(scope, names());
        if (sources != null) {
            Origin found = null;
            boolean allKnown = true;
            for (Object source : sources) {
                if (source instanceof String table && !schema.hasTable(table)
                        || source instanceof NameBindings.Derived d && NameBindings.outputs(d, c.column()) == null) {
                    allKnown = false;
                    continue;
                }
                Origin o = originIn(source, c);
                if (o != null) {
                    if (found != null) {
                        return null; // in two sources (USING, or an error)
                    }
                    found = o;
                }
            }
            if (found != null) {
                return found; // had another source the column too, the statement would be ambiguous
            }
            if (!allKnown) {
                return null;
            }
            // none of its own sources has it: a column of an enclosing query
        }
        return statementWide(c);
    }

    private Origin originIn(Object source, ColumnRef c) {
        if (source instanceof NameBindings.Derived d) {
            List<Expression> outputs = NameBindings.outputs(d, c.column());
            return outputs == null || outputs.isEmpty() ? null : new DerivedColumn(d.query(), outputs);
        }
        ColumnInfo info = schema.column((String) source, c.column().text());
        return info == null ? null : new TableColumn(info);
    }

    /** An unqualified column looked up in every source of the statement: typed when they agree. */
    private Origin statementWide(ColumnRef c) {
        java.util.Collection<Object> sources = names().sources();
        if (sources == null) {
            return null;
        }
        Origin found = null;
        for (Object source : sources) {
            if (source instanceof String table && !schema.hasTable(table)) {
                return null; // the column may come from an unknown table
            }
            if (source instanceof NameBindings.Derived d && NameBindings.outputs(d, c.column()) == null) {
                return null;
            }
            Origin o = originIn(source, c);
            if (o == null) {
                continue;
            }
            if (found == null) {
                found = o;
            } else if (found instanceof TableColumn a && o instanceof TableColumn b && a.info().type() == b.info().type()) {
                found = new TableColumn(new ColumnInfo(a.info().type(), a.info().nullable() || b.info().nullable(),
                        a.info().integerBits() == b.info().integerBits() ? a.info().integerBits() : 0));
            } else {
                return null;
            }
        }
        return found;
    }

    /** What {@code f} gives for the outputs of a derived column, typed inside its own query (once: no cycles). */
    private <T> T overOutputs(DerivedColumn d, java.util.function.Function<List<Expression>, T> f) {
        if (!typing.add(d.query())) {
            return null;
        }
        try {
            return f.apply(d.outputs());
        } finally {
            typing.remove(d.query());
        }
    }

    /** The type of a column: its table's, or its derived table's or CTE's branches' types when they agree. */
    private TypeKind columnType(ColumnRef c) {
        return switch (origin(c)) {
            case TableColumn t -> t.info().type() == TypeKind.OTHER ? null : t.info().type();
            case DerivedColumn d -> overOutputs(d, this::common);
            case null -> null;
        };
    }

    private int columnBits(ColumnRef c) {
        Integer bits = switch (origin(c)) {
            case TableColumn t -> t.info().type() == TypeKind.INTEGER ? t.info().integerBits() : 0;
            case DerivedColumn d -> overOutputs(d, outputs -> {
                int max = 0;
                for (Expression e : outputs) {
                    int b = integerBits(e);
                    if (b == 0) {
                        return 0;
                    }
                    max = Math.max(max, b);
                }
                return max;
            });
            case null -> 0;
        };
        return bits == null ? 0 : bits;
    }

    /** The coarse type of {@code e}, or null when unknown. */
    TypeKind type(Expression e) {
        if (!madeTypes.isEmpty()) {
            TypeKind made = madeTypes.get(e);
            if (made != null) {
                return made;
            }
        }
        return switch (e) {
            case NumberLiteral n -> n.text().indexOf('e') >= 0 || n.text().indexOf('E') >= 0 ? TypeKind.FLOAT
                    : n.text().indexOf('.') >= 0 || literalBits(n) == 0 ? TypeKind.DECIMAL : TypeKind.INTEGER;
            case StringLiteral s -> TypeKind.TEXT;
            case BooleanLiteral b -> TypeKind.BOOLEAN;
            case TypedLiteral t -> kindOf(t.type());
            case BinaryLiteral b -> TypeKind.BINARY;
            case ColumnRef c -> columnType(c);
            case InsertedValue v -> names().insertTable == null ? null
                    : type(new ColumnRef(Name.of(names().insertTable), v.column().column()));
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
                List<Expression> results = new java.util.ArrayList<>(c.whens().size() + 1);
                for (WhenClause w : c.whens()) {
                    results.add(w.result());
                }
                if (c.otherwise() != null) {
                    results.add(c.otherwise());
                }
                yield common(results);
            }
            case Cast c -> {
                SqlType st = castType(c);
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
            // PostgreSQL's EXTRACT is numeric (double precision before 14): 7 / 2 of it is 3.5, not 3.
            case Extract x -> source == SqlDialect.POSTGRESQL || x.field() instanceof Keyword k
                    && k.text().equalsIgnoreCase("EPOCH") ? TypeKind.DECIMAL : TypeKind.INTEGER;
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
                if (b.operator() == BinaryOperator.PLUS || b.operator() == BinaryOperator.MINUS) {
                    if (isTimeRelated(l) || isTimeRelated(r)) {
                        return dateArithmetic(b, l, r);
                    }
                }
                if (l == null || r == null) {
                    return null;
                }
                if (l == TypeKind.INTERVAL || r == TypeKind.INTERVAL) {
                    return TypeKind.INTERVAL; // interval * n, interval / n
                }
                if (l == TypeKind.FLOAT || r == TypeKind.FLOAT) {
                    return TypeKind.FLOAT;
                }
                if (l == TypeKind.DECIMAL || r == TypeKind.DECIMAL) {
                    return TypeKind.DECIMAL;
                }
                if (l == TypeKind.INTEGER && r == TypeKind.INTEGER) {
                    return b.operator() == BinaryOperator.DIVIDE && !source.isMySqlFamily() && source != SqlDialect.ORACLE
                            ? TypeKind.INTEGER : b.operator() == BinaryOperator.DIVIDE ? TypeKind.DECIMAL : TypeKind.INTEGER;
                }
                return null;
            }
            default -> {
                return b.operator().isComparison() || b.operator() == BinaryOperator.AND
                        || b.operator() == BinaryOperator.OR ? TypeKind.BOOLEAN : null;
            }
        }
    }

    private static boolean isTimeRelated(TypeKind k) {
        return k != null && (k.isTemporal() || k == TypeKind.INTERVAL);
    }

    /**
     * The type of {@code a + b} or {@code a - b} with a date, time or interval operand, as the source reads
     * it; null when it depends on what is unknown. PostgreSQL (and H2) count whole days in {@code date + n}
     * and {@code date - date}; MySQL and SQLite read a date there as a number.
     */
    private TypeKind dateArithmetic(BinaryOp b, TypeKind l, TypeKind r) {
        boolean minus = b.operator() == BinaryOperator.MINUS;
        if (source.isMySqlFamily() || source == SqlDialect.SQLITE) {
            if (r == TypeKind.INTERVAL && l != null && l.isTemporal()) {
                // MySQL: a DATE plus days, months or years stays a DATE; plus hours it is a DATETIME
                return l == TypeKind.DATE && !(b.right() instanceof Interval i && dayOrLonger(i.unit())) ? TypeKind.TIMESTAMP : l;
            }
            return null; // a date read as a number
        }
        if (l == TypeKind.INTERVAL && r == TypeKind.INTERVAL) {
            return TypeKind.INTERVAL;
        }
        if (r == TypeKind.INTERVAL && l != null && l.isTemporal()) {
            return l == TypeKind.DATE ? TypeKind.TIMESTAMP : l;
        }
        if (l == TypeKind.INTERVAL && r != null && r.isTemporal() && !minus) {
            return r == TypeKind.DATE ? TypeKind.TIMESTAMP : r;
        }
        boolean integerRight = r == TypeKind.INTEGER || r == null && b.right() instanceof Parameter;
        if (l == TypeKind.DATE && integerRight && !minus) {
            return TypeKind.DATE;
        }
        if (l == TypeKind.DATE && r == TypeKind.INTEGER && minus) {
            return TypeKind.DATE;
        }
        if (r == TypeKind.DATE && !minus && (l == TypeKind.INTEGER || l == null && b.left() instanceof Parameter)) {
            return TypeKind.DATE;
        }
        if (minus && l == TypeKind.DATE && r == TypeKind.DATE) {
            return source == SqlDialect.H2 ? TypeKind.INTERVAL : TypeKind.INTEGER;
        }
        if (minus && l != null && r != null && l.isTemporal() && r.isTemporal()) {
            return TypeKind.INTERVAL;
        }
        if (!minus && (l == TypeKind.DATE && r == TypeKind.TIME || l == TypeKind.TIME && r == TypeKind.DATE)) {
            return TypeKind.TIMESTAMP;
        }
        return null;
    }

    private static boolean dayOrLonger(String unit) {
        return unit != null && switch (unit.toUpperCase(Locale.ROOT)) {
            case "DAY", "WEEK", "MONTH", "QUARTER", "YEAR", "YEAR_MONTH" -> true;
            default -> false;
        };
    }

    /**
     * The width in bits of an integer-typed expression (16, 32, 64), 0 when unknown: what a SUM over it is
     * in PostgreSQL and H2 (BIGINT below 64 bits, NUMERIC from BIGINT).
     */
    int integerBits(Expression e) {
        if (!madeBits.isEmpty()) {
            Integer made = madeBits.get(e);
            if (made != null) {
                return made;
            }
        }
        return switch (e) {
            case NumberLiteral n -> literalBits(n);
            case ColumnRef c -> columnBits(c);
            case Cast c -> {
                SqlType st = castType(c);
                yield st == null ? 0 : st.integerBits();
            }
            case UnaryOp u when u.operator() == UnaryOperator.MINUS || u.operator() == UnaryOperator.PLUS ->
                    integerBits(u.operand());
            case BinaryOp b when b.operator() == BinaryOperator.PLUS || b.operator() == BinaryOperator.MINUS
                    || b.operator() == BinaryOperator.MULTIPLY || b.operator() == BinaryOperator.DIVIDE
                    || b.operator() == BinaryOperator.MODULO || b.operator() == BinaryOperator.INTEGER_DIVIDE -> {
                if (type(b) != TypeKind.INTEGER) {
                    yield 0;
                }
                if (type(b.left()) == TypeKind.DATE) {
                    yield 32; // date - date: integer days
                }
                int l = integerBits(b.left());
                int r = integerBits(b.right());
                yield l == 0 || r == 0 ? 0 : Math.max(Math.max(l, r), 16);
            }
            case FunctionCall f -> functionBits(f);
            case Position p -> 32;
            case Extract x -> type(x) == TypeKind.INTEGER ? 32 : 0;
            case Subquery s -> s.query() instanceof Select sel && sel.items().size() == 1
                    ? integerBits(sel.items().get(0).expression()) : 0;
            case Case c -> {
                int bits = 0;
                for (WhenClause w : c.whens()) {
                    int b = integerBits(w.result());
                    if (b == 0 && !(w.result() instanceof NullLiteral)) {
                        yield 0;
                    }
                    bits = Math.max(bits, b);
                }
                if (c.otherwise() != null && !(c.otherwise() instanceof NullLiteral)) {
                    int b = integerBits(c.otherwise());
                    yield b == 0 ? 0 : Math.max(bits, b);
                }
                yield bits;
            }
            default -> 0;
        };
    }

    private int functionBits(FunctionCall f) {
        String name = f.name().last().text().toLowerCase(Locale.ROOT);
        Expression first = f.arguments().isEmpty() ? null : f.arguments().get(0);
        return switch (name) {
            case "count", "row_number", "rank", "dense_rank" -> 64;
            case "ntile", "length", "char_length", "character_length", "octet_length", "instr", "locate", "strpos" -> 32;
            case "sum" -> type(f) == TypeKind.INTEGER ? sumBits(first) : 0;
            case "min", "max", "abs", "coalesce", "nullif", "ifnull", "greatest", "least", "first_value", "last_value",
                    "lag", "lead", "nvl", "round", "ceil", "ceiling", "floor", "trunc", "truncate", "sign" ->
                    first == null || type(f) != TypeKind.INTEGER ? 0 : integerBits(first);
            case "datediff" -> source == SqlDialect.H2 ? 64 : 32;
            default -> 0;
        };
    }

    private int sumBits(Expression argument) {
        return switch (source) {
            case SQLSERVER -> argument == null ? 0 : Math.max(integerBits(argument), 32);
            default -> 64;
        };
    }

    /** 32 or 64 for an integer literal by the range it fits (PostgreSQL's int4 and int8), 0 beyond (numeric). */
    private static int literalBits(NumberLiteral n) {
        String text = n.text();
        if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            return 0;
        }
        try {
            long v = Long.parseLong(text);
            return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? 32 : 64;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private TypeKind function(FunctionCall f) {
        String name = f.name().last().text().toLowerCase(Locale.ROOT);
        TypeKind first = f.arguments().isEmpty() ? null : type(f.arguments().get(0));
        return switch (name) {
            case "count", "length", "char_length", "character_length", "octet_length", "bit_length", "instr", "locate",
                    "row_number", "rank", "dense_rank", "ntile", "strpos", "ascii", "ord", "crc32", "field",
                    "find_in_set", "array_length", "cardinality", "width_bucket", "regexp_instr",
                    // MySQL's date parts
                    "year", "month", "day", "dayofmonth", "dayofweek", "dayofyear", "weekday", "week", "weekofyear",
                    "quarter", "hour", "minute", "second", "microsecond", "to_days", "to_seconds", "timestampdiff",
                    "period_diff", "period_add", "unix_timestamp", "yearweek" -> TypeKind.INTEGER;
            case "sum" -> first == TypeKind.INTEGER ? sumOfIntegers(f.arguments().get(0)) : first;
            case "avg" -> avg(first);
            case "min", "max", "abs", "first_value", "last_value", "lag", "lead", "any_value" -> first;
            case "coalesce", "nullif", "ifnull", "greatest", "least", "nvl" -> common(name.equals("nullif")
                    ? f.arguments().subList(0, Math.min(1, f.arguments().size())) : f.arguments());
            case "mod" -> f.arguments().size() == 2 ? common(f.arguments()) : null;
            case "round", "ceil", "ceiling", "floor", "trunc", "truncate", "sign" ->
                    first == TypeKind.INTEGER ? TypeKind.INTEGER : first != null && first.isNumeric() ? first : null;
            case "div" -> TypeKind.DECIMAL; // PostgreSQL's div(numeric, numeric)
            case "lower", "upper", "lcase", "ucase", "trim", "ltrim", "rtrim", "btrim", "substr", "substring", "mid",
                    "concat", "concat_ws", "replace", "translate", "initcap", "split_part", "substring_index",
                    "string_agg", "group_concat", "listagg", "left", "right", "lpad", "rpad", "repeat", "reverse", "space",
                    "md5", "sha1", "sha2", "hex", "to_hex", "encode", "to_char", "format", "date_format", "chr", "char",
                    "regexp_replace", "regexp_substr", "quote_ident", "quote_literal", "soundex" -> TypeKind.TEXT;
            case "now", "current_timestamp", "to_timestamp", "transaction_timestamp", "statement_timestamp",
                    "clock_timestamp" -> TypeKind.TIMESTAMP_TZ;
            case "localtimestamp", "sysdate", "utc_timestamp", "getdate", "make_timestamp", "timestamp", "date_trunc" ->
                    TypeKind.TIMESTAMP;
            case "date", "current_date", "curdate", "to_date", "make_date", "last_day", "makedate", "from_days",
                    "utc_date" -> TypeKind.DATE;
            case "datetime" -> TypeKind.TIMESTAMP;
            case "curtime", "current_time", "time", "maketime", "sec_to_time", "utc_time" -> TypeKind.TIME;
            case "age", "make_interval", "justify_days", "justify_hours", "justify_interval" -> TypeKind.INTERVAL;
            case "sqrt", "cbrt", "exp", "ln", "log", "log10", "log2", "power", "pow", "random", "rand", "pi", "sin",
                    "cos", "tan", "cot", "asin", "acos", "atan", "atan2", "degrees", "radians", "julianday",
                    "date_part" -> TypeKind.FLOAT;
            case "gen_random_uuid", "uuid_generate_v4" -> TypeKind.UUID;
            case "starts_with", "regexp_like" -> TypeKind.BOOLEAN;
            case "datediff" -> source == SqlDialect.H2 && f.arguments().size() == 3 || source.isMySqlFamily()
                    && f.arguments().size() == 2 || source == SqlDialect.SQLSERVER ? TypeKind.INTEGER : null;
            // what the translation of date arithmetic writes: the date's own type (days added to a DATE keep it one)
            case "date_add", "adddate", "date_sub", "subdate" -> f.arguments().size() == 2 && first == TypeKind.DATE
                    && f.arguments().get(1) instanceof Interval i && dayOrLonger(i.unit()) ? TypeKind.DATE
                    : first != null && first.isTemporal() ? (first == TypeKind.DATE ? TypeKind.TIMESTAMP : first) : null;
            case "dateadd" -> f.arguments().size() == 3 ? type(f.arguments().get(2)) : null;
            default -> null;
        };
    }

    /**
     * The type of values that are combined into one (COALESCE, GREATEST, a CASE's results): the same type, or
     * a decimal for integers and decimals; NULL literals do not count. Null when any is unknown.
     */
    private TypeKind common(List<Expression> values) {
        TypeKind result = null;
        for (Expression e : values) {
            if (e instanceof NullLiteral) {
                continue;
            }
            TypeKind k = type(e);
            if (k == null) {
                return null;
            }
            if (result == null || result == k) {
                result = k;
            } else if (result.isNumeric() && k.isNumeric() && result != TypeKind.FLOAT && k != TypeKind.FLOAT) {
                result = TypeKind.DECIMAL;
            } else {
                return null;
            }
        }
        return result;
    }

    /**
     * SUM over integers: BIGINT in PostgreSQL and H2 below 64 bits, NUMERIC over BIGINT (and unknown when
     * the width is); DECIMAL in MySQL and Oracle; an integer in SQLite and SQL Server.
     */
    private TypeKind sumOfIntegers(Expression argument) {
        return switch (source) {
            case MYSQL, MARIADB, ORACLE -> TypeKind.DECIMAL;
            case SQLITE, SQLSERVER -> TypeKind.INTEGER;
            default -> {
                int bits = integerBits(argument);
                yield bits == 0 ? null : bits < 64 ? TypeKind.INTEGER : TypeKind.DECIMAL;
            }
        };
    }

    /** AVG: exact or floating in most databases; SQLite's is REAL, SQL Server's keeps an integer type. */
    private TypeKind avg(TypeKind argument) {
        return switch (source) {
            case SQLITE -> TypeKind.FLOAT;
            case SQLSERVER -> argument;
            default -> argument == TypeKind.FLOAT ? TypeKind.FLOAT : TypeKind.DECIMAL;
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
