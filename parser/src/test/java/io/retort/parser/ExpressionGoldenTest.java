package io.retort.parser;

import static io.retort.parser.ParseFixture.expr;
import static io.retort.parser.ParseFixture.sql;
import static io.retort.sql.Sql.*;
import static io.retort.sql.SqlDialect.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.sql.ArrayConstructor;
import io.retort.sql.AtTimeZone;
import io.retort.sql.Between;
import io.retort.sql.BinaryLiteral;
import io.retort.sql.BinaryOp;
import io.retort.sql.BinaryOperator;
import io.retort.sql.Case;
import io.retort.sql.Cast;
import io.retort.sql.CastSyntax;
import io.retort.sql.ColumnRef;
import io.retort.sql.ConvertUsing;
import io.retort.sql.DataType;
import io.retort.sql.EscapeSequence;
import io.retort.sql.Expression;
import io.retort.sql.Extract;
import io.retort.sql.FunctionCall;
import io.retort.sql.Identifier;
import io.retort.sql.InList;
import io.retort.sql.Interval;
import io.retort.sql.IsDistinctFrom;
import io.retort.sql.IsTruth;
import io.retort.sql.Keyword;
import io.retort.sql.Like;
import io.retort.sql.LikeOperator;
import io.retort.sql.MatchAgainst;
import io.retort.sql.Name;
import io.retort.sql.Overlay;
import io.retort.sql.Parameter;
import io.retort.sql.ParameterKind;
import io.retort.sql.Position;
import io.retort.sql.Quantified;
import io.retort.sql.Quantifier;
import io.retort.sql.RowValue;
import io.retort.sql.SqlValueFunction;
import io.retort.sql.StringLiteral;
import io.retort.sql.Subscript;
import io.retort.sql.Substring;
import io.retort.sql.Trim;
import io.retort.sql.TrimSpec;
import io.retort.sql.TruthValue;
import io.retort.sql.TypedLiteral;
import io.retort.sql.UnaryOp;
import io.retort.sql.UnaryOperator;
import io.retort.sql.Variable;
import io.retort.sql.VariableAssignment;
import io.retort.sql.VariableKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expressions: operators and precedence per dialect, predicates, special functions, literals, parameters. */
class ExpressionGoldenTest {

    private static final ColumnRef A = column("a");
    private static final ColumnRef B = column("b");
    private static final ColumnRef C = column("c");

    private static BinaryOp op(Expression l, BinaryOperator op, Expression r) {
        return new BinaryOp(l, op, r);
    }

    @Test
    void fixtureCatchesDifferences() {
        assertThatThrownBy(() -> expr("1").is(number(2))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> sql("SELECT FROM").is(select(number(1)))).isInstanceOf(AssertionError.class);
    }

    @Test
    void comparisons() {
        expr("a = 1").is(A.eq(1));
        expr("a <> 1").is(A.ne(1));
        expr("a != 1").in(ANSI, MYSQL, POSTGRESQL).is(A.ne(1));
        expr("a < 1").is(A.lt(1));
        expr("a <= 1").is(A.le(1));
        expr("a > 1").is(A.gt(1));
        expr("a >= 1").is(A.ge(1));
        expr("a <=> b").in(MYSQL).is(op(A, BinaryOperator.NULL_SAFE_EQUALS, B));
    }

    @Test
    void arithmeticPrecedence() {
        expr("a + b * c").is(A.plus(B.times(C)));
        expr("(a + b) * c").is(A.plus(B).times(C));
        expr("a - b - c").is(A.minus(B).minus(C));
        expr("a / b % c").is(A.dividedBy(B).mod(C));
        expr("a DIV b").in(MYSQL).is(op(A, BinaryOperator.INTEGER_DIVIDE, B));
        expr("a MOD b").in(MYSQL).is(A.mod(B));
        expr("-a").is(A.negate());
        expr("-5").is(number("-5"));
        expr("- -5").is(number("--5").equals(number("-5")) ? number("-5") : new UnaryOp(UnaryOperator.MINUS, number("-5")));
        expr("~a").is(new UnaryOp(UnaryOperator.BIT_NOT, A));
    }

    @Test
    void caretMeansPowerInPostgresAndXorInMySql() {
        expr("2 ^ 3 * 4").in(POSTGRESQL).is(op(number(2), BinaryOperator.POWER, number(3)).times(4));
        expr("2 ^ 3 * 4").in(MYSQL).is(op(number(2), BinaryOperator.BIT_XOR, number(3)).times(4));
    }

    @Test
    void pipesConcatenateExceptInMySql() {
        expr("a || b").in(ANSI, POSTGRESQL, SQLITE, H2).is(A.concat(B));
        expr("a || b").in(MYSQL, MARIADB).is(A.or(B));
        // concatenation binds tighter than comparison; MySQL's || is as loose as OR
        expr("a || b = c").in(POSTGRESQL).is(A.concat(B).eq(C));
        expr("a = 1 || b = 2").in(MYSQL).is(A.eq(1).or(B.eq(2)));
        expr("a + b || c").in(POSTGRESQL).is(A.plus(B).concat(C));
    }

    @Test
    void bitwiseOperators() {
        expr("a & b | c").in(MYSQL).is(op(op(A, BinaryOperator.BIT_AND, B), BinaryOperator.BIT_OR, C));
        // MySQL: & binds tighter than |
        expr("a | b & c").in(MYSQL).is(op(A, BinaryOperator.BIT_OR, op(B, BinaryOperator.BIT_AND, C)));
        // PostgreSQL: & and | share one level, left to right
        expr("a | b & c").in(POSTGRESQL).is(op(op(A, BinaryOperator.BIT_OR, B), BinaryOperator.BIT_AND, C));
        expr("a << 2").in(MYSQL, POSTGRESQL).is(op(A, BinaryOperator.SHIFT_LEFT, number(2)));
        expr("a # b").in(POSTGRESQL).is(op(A, BinaryOperator.BIT_XOR, B));
    }

    @Test
    void logicalOperators() {
        expr("a AND b OR c").is(A.and(B).or(C));
        expr("a OR b AND c").is(A.or(B.and(C)));
        expr("NOT a AND b").is(not(A).and(B));
        expr("NOT a = b").is(not(A.eq(B)));
        expr("a && b").in(MYSQL).is(A.and(B));
        expr("!a").in(MYSQL).is(not(A));
        expr("a XOR b").in(MYSQL).is(op(A, BinaryOperator.XOR, B));
    }

    @Test
    void nullAndTruthTests() {
        expr("a IS NULL").is(A.isNull());
        expr("a IS NOT NULL").is(A.isNotNull());
        expr("a ISNULL").in(POSTGRESQL).is(A.isNull());
        expr("a NOTNULL").in(POSTGRESQL).is(A.isNotNull());
        expr("a IS TRUE").is(new IsTruth(A, TruthValue.TRUE, false));
        expr("a IS NOT UNKNOWN").is(new IsTruth(A, TruthValue.UNKNOWN, true));
        expr("a IS DISTINCT FROM b").is(A.isDistinctFrom(B));
        expr("a IS NOT DISTINCT FROM b").is(A.isNotDistinctFrom(B));
        expr("a = b IS FALSE").in(MYSQL).is(new IsTruth(A.eq(B), TruthValue.FALSE, false));
    }

    @Test
    void inLists() {
        expr("a IN (1, 2, 3)").is(A.in(1, 2, 3));
        expr("a NOT IN (?, ?)").is(A.notIn(param(1), param(2)));
        expr("(a, b) IN ((1, 2), (3, 4))").is(new InList(new RowValue(List.of(A, B)),
                List.of(row(1, 2), row(3, 4)), false));
        expr("a = ANY (?)").in(POSTGRESQL).is(new Quantified(A, BinaryOperator.EQUALS, Quantifier.ANY, param(1)));
        expr("a = ANY (ARRAY[1, 2])").in(POSTGRESQL).is(new Quantified(A, BinaryOperator.EQUALS, Quantifier.ANY,
                new ArrayConstructor(List.of(number(1), number(2)))));
        expr("a <> SOME (SELECT b FROM t)").is(new Quantified(A, BinaryOperator.NOT_EQUALS, Quantifier.SOME,
                subquery(select(B).from(table("t")))));
        expr("ROW(a, b) = (1, 2)").in(MYSQL).is(new RowValue(List.of(A, B)).eq(row(1, 2)));
    }

    @Test
    void between() {
        expr("a BETWEEN 1 AND 10").is(A.between(1, 10));
        expr("a NOT BETWEEN ? AND ?").is(A.notBetween(param(1), param(2)));
        expr("a BETWEEN SYMMETRIC 10 AND 1").in(POSTGRESQL).is(new Between(A, number(10), number(1), false, true));
        // the AND of BETWEEN is not a logical AND
        expr("a BETWEEN 1 AND 2 AND b = 3").is(A.between(1, 2).and(B.eq(3)));
    }

    @Test
    void patternMatching() {
        expr("a LIKE 'x%'").is(A.like("x%"));
        expr("a NOT LIKE 'x%' ESCAPE '!'").is(new Like(A, LikeOperator.LIKE, string("x%"), string("!"), true));
        expr("a ILIKE ?").in(POSTGRESQL).is(A.ilike(param(1)));
        expr("a SIMILAR TO '(x|y)%'").in(POSTGRESQL).is(new Like(A, LikeOperator.SIMILAR_TO, string("(x|y)%"), null, false));
        expr("a REGEXP '^x'").in(MYSQL).is(new Like(A, LikeOperator.REGEXP, string("^x"), null, false));
        expr("a NOT RLIKE '^x'").in(MYSQL).is(new Like(A, LikeOperator.REGEXP, string("^x"), null, true));
        expr("a ~ '^x'").in(POSTGRESQL).is(op(A, BinaryOperator.REGEX_MATCH, string("^x")));
        expr("a ~* '^x'").in(POSTGRESQL).is(op(A, BinaryOperator.REGEX_IMATCH, string("^x")));
        expr("a !~ '^x'").in(POSTGRESQL).is(op(A, BinaryOperator.REGEX_NOT_MATCH, string("^x")));
        expr("a SOUNDS LIKE b").in(MYSQL).is(op(A, BinaryOperator.SOUNDS_LIKE, B));
    }

    @Test
    void caseBothForms() {
        expr("CASE WHEN a > 1 THEN 'big' WHEN a = 1 THEN 'one' ELSE 'small' END")
                .is(caseWhen(A.gt(1), "big").when(A.eq(1), "one").otherwise("small"));
        expr("CASE a WHEN 1 THEN 'one' END").is(caseOf(A).when(number(1), "one"));
    }

    @Test
    void castsAndCollate() {
        expr("CAST(a AS VARCHAR(10))").is(A.cast(DataType.varchar(10)));
        expr("a::int").in(POSTGRESQL).is(new Cast(A, DataType.of("INT"), CastSyntax.DOUBLE_COLON));
        expr("'1'::numeric(10, 2)::text").in(POSTGRESQL).is(new Cast(new Cast(string("1"), DataType.numeric(10, 2),
                CastSyntax.DOUBLE_COLON), DataType.TEXT, CastSyntax.DOUBLE_COLON));
        expr("-a::int").in(POSTGRESQL).is(new Cast(A, DataType.of("INT"), CastSyntax.DOUBLE_COLON).negate());
        expr("CAST(a AS DOUBLE PRECISION)").is(A.cast(DataType.DOUBLE_PRECISION));
        expr("CAST(a AS TIMESTAMP(3) WITH TIME ZONE)").in(POSTGRESQL).is(A.cast(DataType.of("TIMESTAMP WITH TIME ZONE", 3)));
        expr("CAST(a AS UNSIGNED INT)").in(MYSQL).is(A.cast(DataType.INT.withAttribute("UNSIGNED")));
        expr("CAST(a AS int[])").in(POSTGRESQL).is(A.cast(new DataType("INT", List.of(), List.of(), 1)));
        expr("CONVERT(a, SIGNED)").in(MYSQL).is(new Cast(A, DataType.of("SIGNED"), CastSyntax.CONVERT));
        expr("CONVERT(a USING utf8mb4)").in(MYSQL).is(new ConvertUsing(A, Identifier.of("utf8mb4")));
        expr("a COLLATE \"C\"").in(POSTGRESQL).is(new io.retort.sql.Collate(A, Name.of(Identifier.quoted("C"))));
        expr("a COLLATE utf8mb4_bin").in(MYSQL).is(A.collate("utf8mb4_bin"));
    }

    @Test
    void specialFunctions() {
        expr("EXTRACT(YEAR FROM a)").is(extract("YEAR", A));
        expr("EXTRACT(? FROM a)").in(MYSQL).is(new Extract(param(1), A));
        expr("POSITION('x' IN a)").is(new Position(string("x"), A));
        expr("SUBSTRING(a FROM 2 FOR 3)").is(new Substring(A, number(2), number(3)));
        expr("SUBSTRING(a, 2, 3)").is(func("SUBSTRING", A, 2, 3));
        expr("TRIM(LEADING 'x' FROM a)").is(new Trim(TrimSpec.LEADING, string("x"), A));
        expr("TRIM(BOTH FROM a)").is(new Trim(TrimSpec.BOTH, null, A));
        expr("TRIM(a)").is(func("TRIM", A));
        expr("OVERLAY(a PLACING 'x' FROM 2 FOR 1)").in(POSTGRESQL).is(new Overlay(A, string("x"), number(2), number(1)));
        expr("TIMESTAMPDIFF(MINUTE, a, b)").in(MYSQL).is(FunctionCall.of(Name.of("TIMESTAMPDIFF"),
                List.of(new Keyword("MINUTE"), A, B)));
        expr("MATCH (a, b) AGAINST ('x' IN BOOLEAN MODE)").in(MYSQL).is(new MatchAgainst(List.of(A, B), string("x"),
                "IN BOOLEAN MODE"));
        expr("{fn NOW()}").in(MYSQL).is(new EscapeSequence("fn", func("NOW")));
        expr("a AT TIME ZONE 'UTC'").in(POSTGRESQL).is(new AtTimeZone(A, string("UTC")));
        expr("CURRENT_TIMESTAMP").is(currentTimestamp());
        expr("CURRENT_TIMESTAMP(3)").in(MYSQL).is(func("CURRENT_TIMESTAMP", 3));
        expr("current_date").is(new SqlValueFunction("CURRENT_DATE"));
        expr("LEFT(a, 2)").is(func("LEFT", A, 2));
        expr("IF(a, 1, 2)").in(MYSQL).is(func("IF", A, 1, 2));
        expr("pg_catalog.max(a)").in(POSTGRESQL).is(FunctionCall.of(Name.of("pg_catalog", "max"), List.of(A)));
    }

    @Test
    void aggregates() {
        expr("COUNT(*)").is(count());
        expr("COUNT(DISTINCT a)").is(countDistinct(A));
        expr("string_agg(a, ',' ORDER BY b DESC)").in(POSTGRESQL).is(func("string_agg", A, ",").orderBy(B.desc()));
        expr("GROUP_CONCAT(DISTINCT a ORDER BY a SEPARATOR '; ')").in(MYSQL)
                .is(func("GROUP_CONCAT", A).withDistinct(true).orderBy(A).separator("; "));
        expr("SUM(a) FILTER (WHERE b > 0)").in(POSTGRESQL).is(sum(A).filter(B.gt(0)));
        expr("percentile_cont(0.5) WITHIN GROUP (ORDER BY a)").in(POSTGRESQL)
                .is(func("percentile_cont", number("0.5")).withinGroup(A));
    }

    @Test
    void intervals() {
        expr("INTERVAL 1 DAY").in(MYSQL).is(interval(1, "DAY"));
        expr("INTERVAL '1 day'").in(POSTGRESQL).is(interval("1 day"));
        expr("INTERVAL '1-2' YEAR TO MONTH").in(POSTGRESQL).is(new Interval(string("1-2"), "YEAR TO MONTH"));
        expr("DATE_ADD(a, INTERVAL ? SECOND)").in(MYSQL).is(func("DATE_ADD", A, interval(param(1), "SECOND")));
        expr("a + INTERVAL '1' HOUR").is(A.plus(new Interval(string("1"), "HOUR")));
    }

    @Test
    void jsonAndArrayOperators() {
        expr("a -> 'x'").in(POSTGRESQL, MYSQL).is(op(A, BinaryOperator.JSON_GET, string("x")));
        expr("a ->> 'x'").in(POSTGRESQL, MYSQL).is(op(A, BinaryOperator.JSON_GET_TEXT, string("x")));
        expr("a #> '{x,1}'").in(POSTGRESQL).is(op(A, BinaryOperator.JSON_PATH, string("{x,1}")));
        expr("a #>> '{x,1}'").in(POSTGRESQL).is(op(A, BinaryOperator.JSON_PATH_TEXT, string("{x,1}")));
        expr("a @> b").in(POSTGRESQL).is(op(A, BinaryOperator.CONTAINS, B));
        expr("a <@ b").in(POSTGRESQL).is(op(A, BinaryOperator.CONTAINED_BY, B));
        // through JDBC PostgreSQL's ? operator is written ??; a lone ? is a parameter
        expr("a ?? 'k'").in(POSTGRESQL).is(op(A, BinaryOperator.JSON_HAS_KEY, string("k")));
        expr("a ?| ARRAY['k']").in(POSTGRESQL).is(op(A, BinaryOperator.JSON_HAS_ANY_KEY,
                new ArrayConstructor(List.of(string("k")))));
        expr("a && b").in(POSTGRESQL).is(op(A, BinaryOperator.OVERLAPS, B));
        expr("a[1]").in(POSTGRESQL).is(new Subscript(A, number(1), null, false));
        expr("a[1:2]").in(POSTGRESQL).is(new Subscript(A, number(1), number(2), true));
        expr("ARRAY[1, 2]").in(POSTGRESQL).is(new ArrayConstructor(List.of(number(1), number(2))));
        expr("a->'x'->>'y' = 'z'").in(POSTGRESQL).is(op(op(A, BinaryOperator.JSON_GET, string("x")),
                BinaryOperator.JSON_GET_TEXT, string("y")).eq("z"));
    }

    @Test
    void literals() {
        expr("'it''s'").is(string("it's"));
        expr("'a\\'b'").in(MYSQL).is(string("a'b"));
        expr("'a\\b'").in(POSTGRESQL).is(string("a\\b"));
        expr("E'a\\nb'").in(POSTGRESQL).is(string("a\nb"));
        expr("$$it's$$").in(POSTGRESQL).is(string("it's"));
        expr("$tag$a$$b$tag$").in(POSTGRESQL).is(string("a$$b"));
        expr("\"x\"").in(MYSQL).is(string("x"));
        expr("'a' 'b'").in(MYSQL).is(string("ab"));
        expr("N'x'").is(new StringLiteral("x", "N"));
        expr("_utf8mb4'x'").in(MYSQL).is(new StringLiteral("x", "_utf8mb4"));
        expr("12").is(number(12));
        expr("1.50").is(number("1.50"));
        expr("1e-3").is(number("1e-3"));
        expr(".5").is(number(".5"));
        expr("X'1F'").is(new BinaryLiteral("1F", true, false));
        expr("0x1F").in(MYSQL).is(new BinaryLiteral("1F", true, true));
        expr("B'101'").is(new BinaryLiteral("101", false, false));
        expr("TRUE").is(TRUE);
        expr("false").is(FALSE);
        expr("NULL").is(NULL);
        expr("DATE '2020-01-02'").is(typed(DataType.DATE, "2020-01-02"));
        expr("TIMESTAMP '2020-01-02 03:04:05'").is(typed(DataType.TIMESTAMP, "2020-01-02 03:04:05"));
        expr("int4 '1'").in(POSTGRESQL).is(typed(DataType.of("INT4"), "1"));
    }

    @Test
    void parameters() {
        Expression e = ((io.retort.sql.Select) sql("SELECT ? + ? + ?").tree()).items().get(0).expression();
        assertThat(e.findAll(Parameter.class)).extracting(Parameter::index).containsExactly(1, 2, 3);
        expr("$1 + $2").in(POSTGRESQL).is(numberedParam(1).plus(numberedParam(2)));
        expr(":a + :b + :a").in(ANSI, POSTGRESQL, H2).is(param("a", 1).plus(param("b", 2)).plus(param("a", 1)));
        expr("?2").in(SQLITE).is(new Parameter(ParameterKind.NUMBERED, 2, null));
        expr("a::date").in(POSTGRESQL).is(new Cast(A, DataType.DATE, CastSyntax.DOUBLE_COLON));
    }

    @Test
    void variables() {
        expr("@x").in(MYSQL).is(new Variable(VariableKind.USER, null, Name.of("x")));
        expr("@@session.sql_mode").in(MYSQL).is(new Variable(VariableKind.SYSTEM, "SESSION", Name.of("sql_mode")));
        expr("@x := 1").in(MYSQL).is(new VariableAssignment(new Variable(VariableKind.USER, null, Name.of("x")), number(1)));
    }

    @Test
    void postgresGeometry() {
        expr("@-@ a").in(POSTGRESQL).is(new UnaryOp(UnaryOperator.LENGTH, A));
        expr("a <-> b").in(POSTGRESQL).is(op(A, BinaryOperator.DISTANCE, B));
        expr("box '((0,0),(1,1))' && b").in(POSTGRESQL).is(op(typed(DataType.of("BOX"), "((0,0),(1,1))"),
                BinaryOperator.OVERLAPS, B));
    }

    @Test
    void quotedIdentifiersPerDialect() {
        expr("\"Col\"").in(ANSI, POSTGRESQL, SQLITE, H2).is(new ColumnRef(null, Identifier.quoted("Col")));
        expr("`Col`").in(MYSQL, SQLITE, H2).is(new ColumnRef(null, Identifier.quoted("Col")));
        expr("[Col]").in(SQLITE, SQLSERVER).is(new ColumnRef(null, Identifier.quoted("Col")));
        expr("\"a\"\"b\"").in(POSTGRESQL).is(new ColumnRef(null, Identifier.quoted("a\"b")));
        expr("`a``b`").in(MYSQL).is(new ColumnRef(null, Identifier.quoted("a`b")));
        expr("测试").is(new ColumnRef(null, Identifier.of("测试")));
    }

    @Test
    void caseIsKept() {
        assertThat(((io.retort.sql.Select) sql("SELECT Abc FROM Tbl").tree()).items().get(0).expression())
                .isEqualTo(column("Abc"));
        assertThat(new Case(null, List.of(), null)).isNotNull();
    }
}
