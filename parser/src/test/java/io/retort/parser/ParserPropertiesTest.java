package io.retort.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.sql.BinaryOp;
import io.retort.sql.BinaryOperator;
import io.retort.sql.ColumnRef;
import io.retort.sql.Expression;
import io.retort.sql.FunctionCall;
import io.retort.sql.IsNull;
import io.retort.sql.NumberLiteral;
import io.retort.sql.Passthrough;
import io.retort.sql.Select;
import io.retort.sql.Sql;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import io.retort.sql.StringLiteral;
import io.retort.sql.UnaryOp;
import io.retort.sql.UnaryOperator;
import java.sql.SQLSyntaxErrorException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Bad input never escapes as anything but a tree, a passthrough node or a SQLSyntaxErrorException; and
 * generated expressions, printed with minimal parentheses, parse back to the same tree.
 */
class ParserPropertiesTest {

    private static final List<String> SEEDS = List.of(
            "SELECT a, b AS x FROM t WHERE a = ? AND b IN (1, 2, 3) ORDER BY a DESC LIMIT 10",
            "SELECT o.id, c.name FROM orders o JOIN customers c ON o.cid = c.id WHERE o.total BETWEEN 1 AND 2",
            "INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y') ON CONFLICT (a) DO UPDATE SET b = EXCLUDED.b",
            "UPDATE t SET a = a + 1, b = CASE WHEN c > 0 THEN 'p' ELSE 'n' END WHERE id = $1 RETURNING *",
            "DELETE FROM t WHERE id IN (SELECT id FROM u WHERE x IS NOT NULL)",
            "WITH RECURSIVE r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT n FROM r",
            "SELECT count(*) OVER (PARTITION BY a ORDER BY b ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM t",
            "CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(20) NOT NULL DEFAULT 'x', CHECK (id > 0))",
            "ALTER TABLE t ADD COLUMN c INT, DROP COLUMN d",
            "SELECT 'it''s', \"q\", `b`, $$d$$, E'\\n', x'1f', 1.5e3, -- c\n /* d */ 1",
            "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE",
            "SELECT a::int, b->>'k', c @> d, e || f FROM t FOR UPDATE SKIP LOCKED");

    private static final SqlDialect[] DIALECTS = SqlDialect.values();

    /** The outcome contract for any input. */
    private static void neverThrowsAnythingElse(String sql) {
        for (SqlDialect d : DIALECTS) {
            Statement s = SqlParser.parse(sql, d);
            assertThat(s).isNotNull();
            try {
                Statement strict = SqlParser.parseStrict(sql, d);
                assertThat(strict).isNotInstanceOf(Passthrough.class).isEqualTo(s);
            } catch (SQLSyntaxErrorException e) {
                assertThat(s).isInstanceOf(Passthrough.class);
                assertThat(e.getSQLState()).isIn("42000", "42601");
            }
        }
    }

    @Property(tries = 300)
    void randomTextIsHandled(@ForAll @StringLength(max = 200) String sql) {
        neverThrowsAnythingElse(sql);
    }

    @Property(tries = 300)
    void randomSqlishTextIsHandled(@ForAll("sqlish") String sql) {
        neverThrowsAnythingElse(sql);
    }

    @Provide
    Arbitrary<String> sqlish() {
        Arbitrary<String> words = Arbitraries.of("SELECT", "FROM", "WHERE", "(", ")", "'", "\"", "`", "$$", "?", "$1", ":n",
                "/*", "*/", "--", "#", ";", ",", ".", "a", "t", "1", "1.5", "=", "<>", "||", "::", "AND", "OR", "NOT", "IN",
                "BETWEEN", "CASE", "WHEN", "END", "INSERT", "INTO", "VALUES", "UPDATE", "SET", "JOIN", "ON", "@", "@@x",
                "[", "]", "{", "}", "\\", "\n", "E'", "N'", "0x", "LIMIT", "OFFSET", "WITH", "UNION", "*", "-", "+", "%");
        return words.list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    @Property(tries = 500)
    void mutatedSqlIsHandled(@ForAll("mutated") String sql) {
        neverThrowsAnythingElse(sql);
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<String> seed = Arbitraries.of(SEEDS);
        return Combinators.combine(seed, Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(1, 20), Arbitraries.strings().ofMaxLength(4)).as((s, kind, at, len, text) -> {
                    int i = at % (s.length() + 1);
                    int j = Math.min(s.length(), i + len);
                    return switch (kind) {
                        case 0 -> s.substring(0, i) + s.substring(j);                 // delete
                        case 1 -> s.substring(0, i) + text + s.substring(i);          // insert
                        case 2 -> s.substring(0, i);                                   // truncate
                        case 3 -> s.substring(0, j) + s.substring(i);                 // duplicate
                        case 4 -> s.substring(0, i) + s.substring(i, j).toUpperCase() + s.substring(j);
                        default -> s.substring(i) + " " + s.substring(0, i);          // rotate
                    };
                });
    }

    @Property(tries = 20)
    void deepNestingIsRefusedNotOverflowing(@ForAll @IntRange(min = 1_000, max = 10_000) int depth) {
        String sql = "SELECT " + "(".repeat(depth) + "1" + ")".repeat(depth);
        neverThrowsAnythingElse(sql);
        assertThat(SqlParser.parse(sql, SqlDialect.POSTGRESQL)).isInstanceOf(Passthrough.class);
        String brackets = "SELECT a" + "[1".repeat(depth) + "]".repeat(depth);
        neverThrowsAnythingElse(brackets);
        String unbalanced = "SELECT " + "(".repeat(depth);
        neverThrowsAnythingElse(unbalanced);
    }

    @Property(tries = 500)
    void printedExpressionsParseBackToTheSameTree(@ForAll("expressions") Expression e) {
        String sql = "SELECT " + print(e, 0) + " FROM t";
        Statement s = SqlParser.parse(sql, SqlDialect.ANSI);
        assertThat(s).as(sql).isInstanceOf(Select.class);
        assertThat(((Select) s).items().get(0).expression()).as(sql).isEqualTo(e);
    }

    @Provide
    Arbitrary<Expression> expressions() {
        return expression(4);
    }

    private static Arbitrary<Expression> expression(int depth) {
        Arbitrary<Expression> leaf = Arbitraries.oneOf(
                Arbitraries.of("a", "b", "c", "status", "t.x").map(n -> n.contains(".")
                        ? (Expression) Sql.column("t", "x") : (Expression) Sql.column(n)),
                Arbitraries.integers().between(0, 999).map(i -> (Expression) Sql.number(i)),
                Arbitraries.strings().alpha().ofMaxLength(5).map(s -> (Expression) Sql.string(s)),
                Arbitraries.integers().between(1, 9).map(i -> (Expression) Sql.numberedParam(i)));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Expression> sub = Arbitraries.lazy(() -> expression(depth - 1));
        Arbitrary<BinaryOperator> ops = Arbitraries.of(BinaryOperator.PLUS, BinaryOperator.MINUS, BinaryOperator.MULTIPLY,
                BinaryOperator.DIVIDE, BinaryOperator.MODULO, BinaryOperator.CONCAT, BinaryOperator.EQUALS,
                BinaryOperator.LESS_THAN, BinaryOperator.NOT_EQUALS, BinaryOperator.AND, BinaryOperator.OR);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf),
                net.jqwik.api.Tuple.of(4, Combinators.combine(sub, ops, sub).as((l, op, r) -> (Expression) new BinaryOp(l, op, r))),
                net.jqwik.api.Tuple.of(1, sub.map(x -> (Expression) new UnaryOp(UnaryOperator.NOT, x))),
                net.jqwik.api.Tuple.of(1, sub.map(x -> (Expression) new IsNull(x, false))),
                net.jqwik.api.Tuple.of(1, sub.list().ofMinSize(1).ofMaxSize(3)
                        .map(args -> (Expression) FunctionCall.of(io.retort.sql.Name.of("f"), args))));
    }

    /** Binding strength as the grammar defines it (higher binds tighter). */
    private static int precedence(Expression e) {
        if (e instanceof BinaryOp b) {
            return switch (b.operator()) {
                case OR -> 1;
                case AND -> 2;
                case EQUALS, LESS_THAN, NOT_EQUALS -> 5;
                case CONCAT -> 6;
                case PLUS, MINUS -> 8;
                default -> 9;
            };
        }
        if (e instanceof UnaryOp u && u.operator() == UnaryOperator.NOT) {
            return 3;
        }
        if (e instanceof IsNull) {
            return 5;
        }
        return 10;
    }

    private static String print(Expression e, int context) {
        String text = switch (e) {
            case ColumnRef c -> c.qualifier() == null ? c.column().text() : c.qualifier() + "." + c.column().text();
            case NumberLiteral n -> n.text();
            case StringLiteral s -> "'" + s.value() + "'";
            case io.retort.sql.Parameter p -> "$" + p.index();
            case BinaryOp b -> print(b.left(), precedence(b)) + " " + b.operator().symbol() + " "
                    + print(b.right(), precedence(b) + 1);
            case UnaryOp u -> "NOT " + print(u.operand(), 3);
            case IsNull n -> print(n.operand(), 5) + " IS NULL";
            case FunctionCall f -> {
                List<String> args = new ArrayList<>();
                for (Expression a : f.arguments()) {
                    args.add(print(a, 0));
                }
                yield "f(" + String.join(", ", args) + ")";
            }
            default -> throw new IllegalStateException(e.toString());
        };
        // comparisons do not chain in the other direction without parentheses; be explicit there
        boolean needs = precedence(e) < context || (precedence(e) == 5 && context == 5);
        return needs ? "(" + text + ")" : text;
    }
}
