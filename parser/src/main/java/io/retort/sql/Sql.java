package io.retort.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Core API: static factories that build the same trees the parser produces (SQLAlchemy Core's
 * {@code select()}, {@code insert()}, {@code func}, ...). Statements are immutable; every fluent
 * method returns a new statement.
 *
 * <pre>{@code
 * import static io.retort.sql.Sql.*;
 *
 * TableRef users = table("users");
 * Select q = select(column("id"), column("name"))
 *         .from(users)
 *         .where(column("name").eq(param(1)))
 *         .orderBy(column("id").desc())
 *         .limit(10);
 * // equals SqlParser.parse("SELECT id, name FROM users WHERE name = ? ORDER BY id DESC LIMIT 10", POSTGRESQL)
 * }</pre>
 */
public final class Sql {

    private Sql() {
    }

    /** {@code NULL}. */
    public static final NullLiteral NULL = new NullLiteral();
    public static final BooleanLiteral TRUE = new BooleanLiteral(true);
    public static final BooleanLiteral FALSE = new BooleanLiteral(false);

    // ---------------------------------------------------------------- statements

    /** {@code SELECT items}; add FROM, WHERE, ... with the fluent methods of {@link Select}. */
    public static Select select(Selectable... items) {
        return Select.of(items(items), false);
    }

    /** {@code SELECT DISTINCT items}. */
    public static Select selectDistinct(Selectable... items) {
        return Select.of(items(items), true);
    }

    /** {@code INSERT INTO table}; add columns and rows with {@link Insert#columns} and {@link Insert#values}. */
    public static Insert insert(FromSource table) {
        return Insert.into(tableRef(table));
    }

    /** {@code INSERT INTO name}. */
    public static Insert insertInto(String... name) {
        return Insert.into(table(name));
    }

    /** {@code UPDATE table}; add assignments with {@link Update#set}. */
    public static Update update(FromSource table) {
        return Update.of(table.toFromItem());
    }

    /** {@code DELETE FROM table}. */
    public static Delete deleteFrom(FromSource table) {
        return Delete.from(table.toFromItem());
    }

    /** {@code VALUES (...), (...)} as a query. */
    public static Values values(RowValue... rows) {
        return new Values(null, List.of(rows), List.of(), null, Comments.NONE);
    }

    public static SetOperation union(Query first, Query... more) {
        return chain(SetOperator.UNION, false, first, more);
    }

    public static SetOperation unionAll(Query first, Query... more) {
        return chain(SetOperator.UNION, true, first, more);
    }

    public static SetOperation intersect(Query first, Query... more) {
        return chain(SetOperator.INTERSECT, false, first, more);
    }

    public static SetOperation except(Query first, Query... more) {
        return chain(SetOperator.EXCEPT, false, first, more);
    }

    private static SetOperation chain(SetOperator op, boolean all, Query first, Query... more) {
        if (more.length == 0) {
            throw new IllegalArgumentException(op + " needs at least two queries");
        }
        Query result = first;
        for (Query q : more) {
            result = SetOperation.of(op, all, result, q);
        }
        return (SetOperation) result;
    }

    /** {@code WITH ctes}; attach it with {@link Select#with(With)} (or the {@code with} of any query or DML). */
    public static With with(Cte... ctes) {
        return new With(false, List.of(ctes));
    }

    public static With withRecursive(Cte... ctes) {
        return new With(true, List.of(ctes));
    }

    /** {@code name AS (statement)}. */
    public static Cte cte(String name, Statement statement) {
        return new Cte(Identifier.of(name), List.of(), null, statement);
    }

    /** {@code name (columns) AS (statement)}. */
    public static Cte cte(String name, List<String> columns, Statement statement) {
        return new Cte(Identifier.of(name), identifiers(columns), null, statement);
    }

    // ---------------------------------------------------------------- FROM items and names

    /** A table reference; several arguments make a qualified name ({@code table("public", "users")}). */
    public static TableRef table(String... name) {
        return TableRef.of(Name.of(name));
    }

    /** An unqualified column. */
    public static ColumnRef column(String name) {
        return new ColumnRef(null, Identifier.of(name));
    }

    /** A column qualified by a table name or alias: {@code column("t", "id")} is {@code t.id}. */
    public static ColumnRef column(String table, String name) {
        return new ColumnRef(Name.of(table), Identifier.of(name));
    }

    /** {@code *}. */
    public static Star star() {
        return new Star(null);
    }

    /** {@code table.*}. */
    public static Star star(String table) {
        return new Star(Name.of(table));
    }

    public static Identifier identifier(String text) {
        return Identifier.of(text);
    }

    /** A derived table {@code (query) AS alias}. */
    public static DerivedTable derived(Query query, String alias) {
        return new DerivedTable(query, Identifier.of(alias), List.of(), false);
    }

    /** {@code LATERAL (query) AS alias}. */
    public static DerivedTable lateral(Query query, String alias) {
        return new DerivedTable(query, Identifier.of(alias), List.of(), true);
    }

    // ---------------------------------------------------------------- values and parameters

    /** The {@code index}-th {@code ?} marker (1-based). */
    public static Parameter param(int index) {
        return new Parameter(ParameterKind.QUESTION_MARK, index, null);
    }

    /** PostgreSQL's {@code $n}. */
    public static Parameter numberedParam(int n) {
        return new Parameter(ParameterKind.NUMBERED, n, null);
    }

    /** A named parameter {@code :name}, the {@code index}-th distinct name of its statement. */
    public static Parameter param(String name, int index) {
        return new Parameter(ParameterKind.NAMED, index, name);
    }

    /**
     * A literal for a plain Java value: {@code null} is NULL, booleans, numbers and strings become the
     * matching literal; an {@link Expression} is returned as is.
     *
     * @throws IllegalArgumentException for other types (bind them as parameters instead)
     */
    public static Expression literal(Object value) {
        return switch (value) {
            case null -> NULL;
            case Expression e -> e;
            case Boolean b -> b ? TRUE : FALSE;
            case Integer i -> new NumberLiteral(i.toString());
            case Long l -> new NumberLiteral(l.toString());
            case Short s -> new NumberLiteral(s.toString());
            case Byte b -> new NumberLiteral(b.toString());
            case BigInteger b -> new NumberLiteral(b.toString());
            case BigDecimal b -> new NumberLiteral(b.toPlainString());
            case Double d -> new NumberLiteral(d.toString());
            case Float f -> new NumberLiteral(f.toString());
            case CharSequence s -> new StringLiteral(s.toString(), null);
            default -> throw new IllegalArgumentException("no SQL literal for a " + value.getClass().getName()
                    + "; bind it as a parameter instead");
        };
    }

    public static NumberLiteral number(long value) {
        return new NumberLiteral(Long.toString(value));
    }

    /** A numeric literal exactly as written, e.g. {@code number("1.50")}. */
    public static NumberLiteral number(String text) {
        return new NumberLiteral(text);
    }

    public static StringLiteral string(String value) {
        return new StringLiteral(value, null);
    }

    /** A typed literal such as {@code DATE '2020-01-01'}. */
    public static TypedLiteral typed(DataType type, String value) {
        return new TypedLiteral(type, value);
    }

    /** {@code INTERVAL 'value'} (PostgreSQL style, unit inside the string). */
    public static Interval interval(String value) {
        return new Interval(string(value), null);
    }

    /** {@code INTERVAL value unit} (MySQL style), e.g. {@code interval(1, "DAY")}. */
    public static Interval interval(Object value, String unit) {
        return new Interval(literal(value), unit);
    }

    /** A row value {@code (a, b, ...)}. */
    public static RowValue row(Object... values) {
        List<Expression> list = new ArrayList<>(values.length);
        for (Object v : values) {
            list.add(literal(v));
        }
        return new RowValue(list);
    }

    /** The keyword DEFAULT as a value. */
    public static DefaultValue defaultValue() {
        return new DefaultValue();
    }

    /** A bare keyword used as a value, e.g. {@code keyword("DAY")}. */
    public static Keyword keyword(String text) {
        return new Keyword(text);
    }

    // ---------------------------------------------------------------- operators and predicates

    /** {@code a AND b AND ...}, nested to the left like the parser nests it. */
    public static Expression and(Expression first, Expression... more) {
        Expression result = first;
        for (Expression e : more) {
            result = new BinaryOp(result, BinaryOperator.AND, e);
        }
        return result;
    }

    /** {@code a OR b OR ...}, nested to the left. */
    public static Expression or(Expression first, Expression... more) {
        Expression result = first;
        for (Expression e : more) {
            result = new BinaryOp(result, BinaryOperator.OR, e);
        }
        return result;
    }

    public static UnaryOp not(Expression e) {
        return new UnaryOp(UnaryOperator.NOT, e);
    }

    public static Exists exists(Query query) {
        return new Exists(query);
    }

    public static UnaryOp notExists(Query query) {
        return new UnaryOp(UnaryOperator.NOT, new Exists(query));
    }

    /** A scalar subquery. */
    public static Subquery subquery(Query query) {
        return new Subquery(query);
    }

    /** {@code CASE WHEN condition THEN result}; continue with {@link Case#when} and {@link Case#otherwise}. */
    public static Case caseWhen(Expression condition, Object result) {
        return new Case(null, List.of(new WhenClause(condition, literal(result))), null);
    }

    /** {@code CASE operand}; continue with {@link Case#when}. */
    public static Case caseOf(Expression operand) {
        return new Case(operand, List.of(), null);
    }

    /** {@code CAST(value AS type)}. */
    public static Cast cast(Object value, DataType type) {
        return new Cast(literal(value), type, CastSyntax.CAST);
    }

    /** {@code EXTRACT(field FROM source)}, e.g. {@code extract("YEAR", column("d"))}. */
    public static Extract extract(String field, Expression source) {
        return new Extract(new Keyword(field), source);
    }

    // ---------------------------------------------------------------- functions

    /** A function call; plain Java arguments become literals. */
    public static FunctionCall func(String name, Object... args) {
        List<Expression> list = new ArrayList<>(args.length);
        for (Object a : args) {
            list.add(literal(a));
        }
        return FunctionCall.of(Name.of(name), list);
    }

    /** {@code COUNT(*)}. */
    public static FunctionCall count() {
        return FunctionCall.of(Name.of("COUNT"), List.of(new Star(null)));
    }

    public static FunctionCall count(Expression e) {
        return FunctionCall.of(Name.of("COUNT"), List.of(e));
    }

    /** {@code COUNT(DISTINCT e)}. */
    public static FunctionCall countDistinct(Expression e) {
        return FunctionCall.of(Name.of("COUNT"), List.of(e)).withDistinct(true);
    }

    public static FunctionCall sum(Expression e) {
        return FunctionCall.of(Name.of("SUM"), List.of(e));
    }

    public static FunctionCall avg(Expression e) {
        return FunctionCall.of(Name.of("AVG"), List.of(e));
    }

    public static FunctionCall min(Expression e) {
        return FunctionCall.of(Name.of("MIN"), List.of(e));
    }

    public static FunctionCall max(Expression e) {
        return FunctionCall.of(Name.of("MAX"), List.of(e));
    }

    public static FunctionCall coalesce(Object... args) {
        return func("COALESCE", args);
    }

    /** A function written without parentheses, e.g. {@code CURRENT_TIMESTAMP}. */
    public static SqlValueFunction valueFunction(String name) {
        return new SqlValueFunction(name);
    }

    public static SqlValueFunction currentTimestamp() {
        return new SqlValueFunction("CURRENT_TIMESTAMP");
    }

    public static SqlValueFunction currentDate() {
        return new SqlValueFunction("CURRENT_DATE");
    }

    /**
     * An empty window {@code OVER ()}; refine it with {@link WindowSpec#partitionBy} and {@link WindowSpec#orderBy}.
     */
    public static WindowSpec window() {
        return new WindowSpec(null, List.of(), List.of(), null);
    }

    /** {@code OVER name}. */
    public static WindowRef windowRef(String name) {
        return new WindowRef(Identifier.of(name));
    }

    // ---------------------------------------------------------------- assignments

    /** {@code column = value} for UPDATE SET and upserts. */
    public static Assignment set(String column, Object value) {
        return new Assignment(List.of(column(column)), literal(value));
    }

    public static Assignment set(ColumnRef column, Object value) {
        return new Assignment(List.of(column), literal(value));
    }

    // ---------------------------------------------------------------- helpers

    static List<SelectItem> items(Selectable... items) {
        List<SelectItem> list = new ArrayList<>(items.length);
        for (Selectable s : items) {
            list.add(s.toSelectItem());
        }
        return list;
    }

    static List<OrderItem> orderItems(Sortable... items) {
        List<OrderItem> list = new ArrayList<>(items.length);
        for (Sortable s : items) {
            list.add(s.toOrderItem());
        }
        return list;
    }

    static List<Identifier> identifiers(List<String> names) {
        List<Identifier> list = new ArrayList<>(names.size());
        for (String n : names) {
            list.add(Identifier.of(n));
        }
        return list;
    }

    static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list.size() + 1);
        out.addAll(list);
        out.add(item);
        return out;
    }

    @SafeVarargs
    static <T> List<T> appendAll(List<T> list, T... items) {
        List<T> out = new ArrayList<>(list.size() + items.length);
        out.addAll(list);
        out.addAll(Arrays.asList(items));
        return out;
    }

    static TableRef tableRef(FromSource source) {
        if (source.toFromItem() instanceof TableRef t) {
            return t;
        }
        throw new IllegalArgumentException("INSERT needs a table, not a " + source.toFromItem().getClass().getSimpleName());
    }

    /** {@code limit}/{@code offset} values: numbers become literals, expressions stay. */
    static Expression rowCount(Object value) {
        return value == null ? null : literal(value);
    }
}
