package io.retort.sql;

import static io.retort.sql.Sql.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.parser.SqlParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** children(), mapChildren(), transform(), walk(), findAll(). */
class TraversalTest {

    private static Statement parse(String sql) {
        return SqlParser.parse(sql, SqlDialect.POSTGRESQL);
    }

    @Test
    void childrenAreInSqlOrder() {
        Select s = select(column("a"), column("b")).from(table("t")).where(column("a").eq(1));
        assertThat(s.children()).containsExactly(column("a").toSelectItem(), column("b").toSelectItem(), table("t"),
                column("a").eq(1));
        assertThat(column("a").eq(1).children()).containsExactly(column("a"), number(1));
        assertThat(number(1).children()).isEmpty();
    }

    @Test
    void mapChildrenReturnsTheSameInstanceWhenNothingChanges() {
        Statement s = parse("SELECT a, b FROM t WHERE a = 1 ORDER BY b");
        assertThat(s.mapChildren(c -> c)).isSameAs(s);
        assertThat(s.transform(n -> n)).isSameAs(s);
    }

    @Test
    void transformRewritesBottomUpEverywhere() {
        Statement s = parse("WITH x AS (SELECT uid FROM a WHERE uid > 0) SELECT uid FROM x "
                + "WHERE uid IN (SELECT uid FROM b) UNION SELECT uid FROM c ORDER BY uid");
        Statement renamed = s.transform(n -> n instanceof ColumnRef c && c.column().matches("uid")
                ? new ColumnRef(c.qualifier(), Identifier.of("user_id")) : n);
        assertThat(renamed.findAll(ColumnRef.class)).allSatisfy(c -> assertThat(c.column().text()).isEqualTo("user_id"))
                .hasSize(7);
        assertThat(renamed).isEqualTo(parse("WITH x AS (SELECT user_id FROM a WHERE user_id > 0) SELECT user_id FROM x "
                + "WHERE user_id IN (SELECT user_id FROM b) UNION SELECT user_id FROM c ORDER BY user_id"));
        // the original is untouched
        assertThat(s.findAll(ColumnRef.class)).allSatisfy(c -> assertThat(c.column().text()).isEqualTo("uid"));
    }

    @Test
    void tenantFilterStyleRewrite() {
        // add "tenant_id = ?" to every SELECT that reads t, at every depth
        Statement s = parse("SELECT * FROM t WHERE id IN (SELECT tid FROM t WHERE x = 1)");
        Statement filtered = s.transform(n -> n instanceof Select q && q.from().contains(table("t"))
                ? q.where(column("tenant_id").eq(numberedParam(99))) : n);
        assertThat(filtered).isEqualTo(parse("SELECT * FROM t WHERE id IN (SELECT tid FROM t WHERE x = 1 AND tenant_id = $99) "
                + "AND tenant_id = $99"));
    }

    @Test
    void transformChecksTypes() {
        Statement s = parse("SELECT a FROM t");
        assertThatThrownBy(() -> s.transform(n -> n instanceof ColumnRef ? table("x") : n))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot put a TableRef where a Expression is required");
    }

    @Test
    void longChainsNeedNoDeepStack() {
        StringBuilder sb = new StringBuilder("SELECT * FROM t WHERE a = 0");
        for (int i = 1; i < 20_000; i++) {
            sb.append(" OR a = ").append(i);
        }
        Statement s = parse(sb.toString());
        Statement same = parse(sb.toString());
        assertThat(s).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(s.findAll(NumberLiteral.class)).hasSize(20_000).first().isEqualTo(number(0));
        Statement renamed = s.transform(n -> n instanceof ColumnRef ? column("b") : n);
        assertThat(renamed.findAll(ColumnRef.class)).hasSize(20_000).allMatch(c -> c.equals(column("b")));
        assertThat(StatementShape.of(s)).isEqualTo(StatementShape.of(parse(sb.toString().replace("= 7 ", "= 8 "))));
    }

    @Test
    void walkIsPreOrder() {
        List<String> seen = new ArrayList<>();
        column("a").plus(1).walk(n -> seen.add(n.getClass().getSimpleName()));
        assertThat(seen).containsExactly("BinaryOp", "ColumnRef", "NumberLiteral");
        List<Node> chain = new ArrayList<>();
        column("a").plus(column("b")).plus(column("c")).walk(chain::add);
        assertThat(chain).containsExactly(column("a").plus(column("b")).plus(column("c")), column("a").plus(column("b")),
                column("a"), column("b"), column("c"));
    }

    @Test
    void everyParsedNodeIsReachable() {
        Statement s = parse("INSERT INTO t (a) SELECT x FROM u WHERE y = $1 ON CONFLICT (a) DO UPDATE SET a = EXCLUDED.a "
                + "RETURNING a");
        assertThat(s.findAll(Parameter.class)).containsExactly(numberedParam(1));
        assertThat(s.findAll(TableRef.class)).containsExactly(table("t"), table("u"));
        assertThat(s.findAll(Assignment.class)).hasSize(1);
    }

    @Test
    void referencedTablesSkipCtes() {
        Statement s = parse("WITH x AS (SELECT * FROM a) SELECT * FROM x JOIN b ON x.id = b.id "
                + "WHERE b.k IN (SELECT k FROM public.c) FOR UPDATE OF b");
        assertThat(Statements.referencedTables(s)).containsExactly(Name.of("a"), Name.of("b"), Name.of("public", "c"));
        assertThat(Statements.referencedTables(parse("UPDATE t SET a = 1 FROM u WHERE t.id = u.id")))
                .containsExactly(Name.of("t"), Name.of("u"));
        assertThat(Statements.referencedTables(parse("DROP TABLE a, b"))).containsExactly(Name.of("a"), Name.of("b"));
    }

    @Test
    void parametersInBindingOrder() {
        Statement s = SqlParser.parse("SELECT * FROM t WHERE a = ? AND b IN (?, ?) LIMIT ?, ?", SqlDialect.MYSQL);
        assertThat(Statements.parameters(s)).extracting(Parameter::index).containsExactly(1, 2, 3, 4, 5);
        assertThat(Statements.parameterCount(s)).isEqualTo(5);
        assertThat(Statements.parameterCount(parse("SELECT $2, $1, $2"))).isEqualTo(2);
    }
}
