package io.retort.parser;

import static io.retort.parser.ParseFixture.sql;
import static io.retort.sql.Sql.*;
import static io.retort.sql.SqlDialect.*;

import io.retort.sql.BinaryOperator;
import io.retort.sql.ColumnRef;
import io.retort.sql.Cube;
import io.retort.sql.DerivedTable;
import io.retort.sql.Expression;
import io.retort.sql.FrameBound;
import io.retort.sql.GroupingSets;
import io.retort.sql.Identifier;
import io.retort.sql.Join;
import io.retort.sql.JoinType;
import io.retort.sql.Limit;
import io.retort.sql.LockClause;
import io.retort.sql.LockStrength;
import io.retort.sql.LockWait;
import io.retort.sql.Name;
import io.retort.sql.Rollup;
import io.retort.sql.RowValue;
import io.retort.sql.Select;
import io.retort.sql.SelectItem;
import io.retort.sql.Sql;
import io.retort.sql.Star;
import io.retort.sql.TableRef;
import io.retort.sql.Values;
import io.retort.sql.WindowSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SELECT and its clauses: the parser's trees equal the Core API's. */
class SelectGoldenTest {

    private static final TableRef T = table("t");

    @Test
    void columnsAliasesAndStars() {
        sql("SELECT a, b AS x, c y, t.*, * FROM t").in(ANSI, MYSQL, POSTGRESQL, SQLITE, H2)
                .is(select(column("a"), column("b").as("x"), column("c").as("y"), star("t"), star()).from(T));
        sql("SELECT a AS \"My Name\" FROM t").in(POSTGRESQL)
                .is(select(new SelectItem(column("a"), Identifier.quoted("My Name"))).from(T));
        sql("SELECT a AS `My Name`, b 'x' FROM t").in(MYSQL)
                .is(select(new SelectItem(column("a"), Identifier.quoted("My Name")),
                        new SelectItem(column("b"), Identifier.quoted("x"))).from(T));
        sql("SELECT db.t.a FROM db.t").in(MYSQL)
                .is(select(new ColumnRef(Name.of("db", "t"), Identifier.of("a"))).from(table("db", "t")));
    }

    @Test
    void keywordsAsNames() {
        sql("SELECT status, date, year, comment, value, key, position FROM t").in(ANSI, MYSQL, POSTGRESQL)
                .is(select(column("status"), column("date"), column("year"), column("comment"), column("value"), column("key"),
                        column("position")).from(T));
        sql("SELECT t.order AS order FROM t").in(ANSI)
                .is(select(column("t", "order").as("order")).from(T));
    }

    @Test
    void distinctAndDistinctOn() {
        sql("SELECT DISTINCT a, b FROM t").in(ANSI, MYSQL, POSTGRESQL).is(selectDistinct(column("a"), column("b")).from(T));
        sql("SELECT DISTINCT ON (a) a, b FROM t ORDER BY a, b DESC").in(POSTGRESQL)
                .is(select(column("a"), column("b")).distinctOn(column("a")).from(T).orderBy(column("a"), column("b").desc()));
        sql("SELECT ALL a FROM t").is(select(column("a")).from(T));
    }

    @Test
    void joins() {
        TableRef o = table("orders").as("o");
        TableRef c = table("customers").as("c");
        Expression on = o.col("customer_id").eq(c.col("id"));
        sql("SELECT o.id FROM orders o JOIN customers c ON o.customer_id = c.id").in(ANSI, MYSQL, POSTGRESQL)
                .is(select(o.col("id")).from(o.join(c, on)));
        sql("SELECT o.id FROM orders AS o INNER JOIN customers AS c ON o.customer_id = c.id")
                .is(select(o.col("id")).from(o.join(c, on)));
        sql("SELECT o.id FROM orders o LEFT OUTER JOIN customers c ON o.customer_id = c.id")
                .is(select(o.col("id")).from(o.leftJoin(c, on)));
        sql("SELECT o.id FROM orders o RIGHT JOIN customers c ON o.customer_id = c.id")
                .is(select(o.col("id")).from(o.rightJoin(c, on)));
        sql("SELECT o.id FROM orders o FULL OUTER JOIN customers c ON o.customer_id = c.id").in(POSTGRESQL)
                .is(select(o.col("id")).from(o.fullJoin(c, on)));
        sql("SELECT * FROM a CROSS JOIN b").is(select(star()).from(table("a").crossJoin(table("b"))));
        sql("SELECT * FROM a JOIN b USING (id, k)")
                .is(select(star()).from(new Join(table("a"), JoinType.INNER, table("b"), null,
                        List.of(Identifier.of("id"), Identifier.of("k")), false)));
        sql("SELECT * FROM a NATURAL LEFT JOIN b")
                .is(select(star()).from(new Join(table("a"), JoinType.LEFT, table("b"), null, List.of(), true)));
        sql("SELECT * FROM a, b WHERE a.id = b.id").is(select(star()).from(table("a"), table("b"))
                .where(column("a", "id").eq(column("b", "id"))));
        // joins nest to the left
        sql("SELECT * FROM a JOIN b ON a.x = b.x LEFT JOIN c ON b.y = c.y")
                .is(select(star()).from(table("a").join(table("b"), column("a", "x").eq(column("b", "x")))
                        .leftJoin(table("c"), column("b", "y").eq(column("c", "y")))));
        sql("SELECT * FROM a STRAIGHT_JOIN b ON a.x = b.x").in(MYSQL)
                .is(select(star()).from(new Join(table("a"), JoinType.STRAIGHT, table("b"),
                        column("a", "x").eq(column("b", "x")), List.of(), false)));
    }

    @Test
    void derivedTablesLateralAndValues() {
        Select inner = select(column("id")).from(T);
        sql("SELECT x.id FROM (SELECT id FROM t) AS x").in(ANSI, MYSQL, POSTGRESQL)
                .is(select(column("x", "id")).from(derived(inner, "x")));
        sql("SELECT * FROM a, LATERAL (SELECT id FROM t) x").in(POSTGRESQL, MYSQL)
                .is(select(star()).from(table("a"), lateral(inner, "x")));
        sql("SELECT * FROM (VALUES (1, 'a'), (2, 'b')) AS v(n, s)").in(POSTGRESQL)
                .is(select(star()).from(new DerivedTable(values(row(1, "a"), row(2, "b")), Identifier.of("v"),
                        List.of(Identifier.of("n"), Identifier.of("s")), false)));
        sql("VALUES (1, 2), (3, 4)").in(POSTGRESQL, ANSI).is(values(row(1, 2), row(3, 4)));
        sql("VALUES ROW(1, 2), ROW(3, 4)").in(MYSQL).is(values(row(1, 2), row(3, 4)));
        sql("TABLE t").in(MYSQL, POSTGRESQL).is(select(star()).from(T));
    }

    @Test
    void whereGroupByHaving() {
        sql("SELECT a, COUNT(*) FROM t WHERE b > 1 GROUP BY a HAVING COUNT(*) > ?").in(ANSI, MYSQL, POSTGRESQL)
                .is(select(column("a"), count()).from(T).where(column("b").gt(1)).groupBy(column("a"))
                        .having(count().gt(param(1))));
        sql("SELECT a, b, SUM(c) FROM t GROUP BY ROLLUP (a, b)").in(POSTGRESQL)
                .is(select(column("a"), column("b"), sum(column("c"))).from(T)
                        .groupBy(new Rollup(List.of(column("a"), column("b")))));
        sql("SELECT a, SUM(c) FROM t GROUP BY CUBE (a, b)").in(POSTGRESQL)
                .is(select(column("a"), sum(column("c"))).from(T).groupBy(new Cube(List.of(column("a"), column("b")))));
        sql("SELECT a, SUM(c) FROM t GROUP BY GROUPING SETS ((a, b), a, ())").in(POSTGRESQL)
                .is(select(column("a"), sum(column("c"))).from(T).groupBy(new GroupingSets(List.of(
                        new RowValue(List.of(column("a"), column("b"))), column("a"), new RowValue(List.of())))));
        Select rollup = select(column("a"), sum(column("c"))).from(T).groupBy(column("a"));
        sql("SELECT a, SUM(c) FROM t GROUP BY a WITH ROLLUP").in(MYSQL)
                .is(new Select(null, List.of(), false, List.of(), rollup.items(), null, rollup.from(), null, rollup.groupBy(), true,
                        null, List.of(), List.of(), null, List.of(), rollup.comments()));
    }

    @Test
    void windows() {
        sql("SELECT ROW_NUMBER() OVER (PARTITION BY a ORDER BY b DESC) AS rn FROM t").in(ANSI, MYSQL, POSTGRESQL)
                .is(select(func("ROW_NUMBER").over(window().partitionBy(column("a")).orderBy(column("b").desc())).as("rn")).from(T));
        sql("SELECT SUM(v) OVER (ORDER BY k ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM t")
                .is(select(sum(column("v")).over(window().orderBy(column("k"))
                        .rowsBetween(FrameBound.UNBOUNDED_PRECEDING, FrameBound.CURRENT_ROW))).from(T));
        sql("SELECT SUM(v) OVER (ORDER BY k RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM t")
                .is(select(sum(column("v")).over(window().orderBy(column("k"))
                        .rangeBetween(FrameBound.preceding(1), FrameBound.following(1)))).from(T));
        sql("SELECT RANK() OVER w FROM t WINDOW w AS (PARTITION BY a ORDER BY b)").in(MYSQL, POSTGRESQL)
                .is(select(func("RANK").over(windowRef("w"))).from(T)
                        .window("w", window().partitionBy(column("a")).orderBy(column("b"))));
        sql("SELECT COUNT(*) OVER () FROM t").is(select(count().over(window())).from(T));
    }

    @Test
    void orderBy() {
        sql("SELECT a FROM t ORDER BY a ASC NULLS FIRST, b DESC NULLS LAST, c").in(POSTGRESQL, ANSI)
                .is(select(column("a")).from(T).orderBy(column("a").asc().nullsFirst(), column("b").desc().nullsLast(), column("c")));
        sql("SELECT a FROM t ORDER BY 1, a + 1").is(select(column("a")).from(T).orderBy(number(1), column("a").plus(1)));
    }

    @Test
    void limitsAndOffsets() {
        Select base = select(column("a")).from(T);
        sql("SELECT a FROM t LIMIT 10").in(MYSQL, POSTGRESQL, SQLITE, H2).is(base.limit(10));
        sql("SELECT a FROM t LIMIT 10 OFFSET 20").in(MYSQL, POSTGRESQL, SQLITE, H2).is(base.limit(10).offset(20));
        sql("SELECT a FROM t LIMIT 20, 10").in(MYSQL, SQLITE).is(base.limit(10).offset(20));
        sql("SELECT a FROM t LIMIT ?, ?").in(MYSQL).is(base.withLimit(new Limit(param(2), param(1), false)));
        sql("SELECT a FROM t OFFSET 20 ROWS FETCH FIRST 10 ROWS ONLY").in(POSTGRESQL, ANSI, H2).is(base.limit(10).offset(20));
        sql("SELECT a FROM t ORDER BY a FETCH FIRST 10 ROWS WITH TIES").in(POSTGRESQL)
                .is(base.orderBy(column("a")).withLimit(new Limit(number(10), null, true)));
        sql("SELECT a FROM t FETCH NEXT ROW ONLY").in(POSTGRESQL).is(base.limit(1));
        sql("SELECT a FROM t LIMIT ALL OFFSET 5").in(POSTGRESQL).is(base.offset(5));
        sql("SELECT a FROM t OFFSET ? LIMIT ?").in(POSTGRESQL).is(base.withLimit(new Limit(param(2), param(1), false)));
    }

    @Test
    void locks() {
        Select base = select(star()).from(T).where(column("id").eq(param(1)));
        sql("SELECT * FROM t WHERE id = ? FOR UPDATE").in(MYSQL, POSTGRESQL, H2).is(base.forUpdate());
        sql("SELECT * FROM t WHERE id = ? FOR SHARE").in(MYSQL, POSTGRESQL).is(base.forShare());
        sql("SELECT * FROM t WHERE id = ? FOR UPDATE OF t NOWAIT").in(POSTGRESQL)
                .is(base.lock(new LockClause(LockStrength.UPDATE, List.of(Name.of("t")), LockWait.NOWAIT)));
        sql("SELECT * FROM t WHERE id = ? FOR UPDATE SKIP LOCKED").in(MYSQL, POSTGRESQL)
                .is(base.lock(new LockClause(LockStrength.UPDATE, List.of(), LockWait.SKIP_LOCKED)));
        sql("SELECT * FROM t WHERE id = ? FOR NO KEY UPDATE").in(POSTGRESQL)
                .is(base.lock(new LockClause(LockStrength.NO_KEY_UPDATE, List.of(), null)));
        sql("SELECT * FROM t WHERE id = ? FOR KEY SHARE").in(POSTGRESQL)
                .is(base.lock(new LockClause(LockStrength.KEY_SHARE, List.of(), null)));
        sql("SELECT * FROM t WHERE id = ? LOCK IN SHARE MODE").in(MYSQL)
                .is(base.lock(new LockClause(LockStrength.LOCK_IN_SHARE_MODE, List.of(), null)));
        sql("SELECT * FROM t WHERE id = ? ORDER BY id LIMIT 1 FOR UPDATE").in(MYSQL, POSTGRESQL)
                .is(base.orderBy(column("id")).limit(1).forUpdate());
    }

    @Test
    void withAndRecursive() {
        sql("WITH x AS (SELECT id FROM t) SELECT * FROM x").in(ANSI, MYSQL, POSTGRESQL)
                .is(select(star()).from(table("x")).with(with(cte("x", select(column("id")).from(T)))));
        Select anchor = select(number(1));
        Select step = select(column("n").plus(1)).from(table("r")).where(column("n").lt(10));
        sql("WITH RECURSIVE r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 10) SELECT n FROM r")
                .in(ANSI, MYSQL, POSTGRESQL)
                .is(select(column("n")).from(table("r")).with(withRecursive(cte("r", List.of("n"), anchor.unionAll(step)))));
        sql("WITH a AS (SELECT 1), b AS (SELECT 2) SELECT * FROM a, b")
                .is(select(star()).from(table("a"), table("b")).with(with(cte("a", select(number(1))), cte("b", select(number(2))))));
    }

    @Test
    void setOperations() {
        Select a = select(column("x")).from(table("a"));
        Select b = select(column("x")).from(table("b"));
        Select c = select(column("x")).from(table("c"));
        sql("SELECT x FROM a UNION SELECT x FROM b").in(ANSI, MYSQL, POSTGRESQL).is(a.union(b));
        sql("SELECT x FROM a UNION ALL SELECT x FROM b ORDER BY x LIMIT 5").in(MYSQL, POSTGRESQL)
                .is(a.unionAll(b).orderBy(column("x")).limit(5));
        sql("SELECT x FROM a INTERSECT SELECT x FROM b").is(a.intersect(b));
        sql("SELECT x FROM a EXCEPT ALL SELECT x FROM b").is(a.exceptAll(b));
        sql("SELECT x FROM a EXCEPT SELECT x FROM b").is(Sql.except(a, b));
        sql("SELECT x FROM a MINUS SELECT x FROM b").in(MYSQL).is(a.except(b));
        // INTERSECT binds tighter than UNION
        sql("SELECT x FROM a UNION SELECT x FROM b INTERSECT SELECT x FROM c").is(a.union(b.intersect(c)));
        // each branch keeps its own ORDER BY / LIMIT
        sql("(SELECT x FROM a ORDER BY x LIMIT 1) UNION ALL (SELECT x FROM b ORDER BY x LIMIT 1)").in(MYSQL, POSTGRESQL)
                .is(a.orderBy(column("x")).limit(1).unionAll(b.orderBy(column("x")).limit(1)));
        sql("SELECT x FROM a UNION (SELECT x FROM b UNION SELECT x FROM c)").is(a.union(b.union(c)));
    }

    @Test
    void subqueries() {
        Select inner = select(max(column("total"))).from(table("o"));
        sql("SELECT (SELECT MAX(total) FROM o) AS m").is(select(subquery(inner).as("m")));
        sql("SELECT * FROM c WHERE EXISTS (SELECT 1 FROM o WHERE o.cid = c.id)")
                .is(select(star()).from(table("c")).where(exists(select(number(1)).from(table("o"))
                        .where(column("o", "cid").eq(column("c", "id"))))));
        sql("SELECT * FROM c WHERE NOT EXISTS (SELECT 1 FROM o)")
                .is(select(star()).from(table("c")).where(notExists(select(number(1)).from(table("o")))));
        sql("SELECT * FROM t WHERE a IN (SELECT a FROM u) AND b NOT IN (SELECT b FROM u)")
                .is(select(star()).from(T).where(column("a").in(select(column("a")).from(table("u")))
                        .and(column("b").notIn(select(column("b")).from(table("u"))))));
        sql("SELECT * FROM t WHERE a > ALL (SELECT a FROM u) AND b = ANY (SELECT b FROM u)")
                .is(select(star()).from(T).where(column("a").all(BinaryOperator.GREATER_THAN, select(column("a")).from(table("u")))
                        .and(column("b").any(BinaryOperator.EQUALS, select(column("b")).from(table("u"))))));
    }

    @Test
    void mysqlOptionsIndexHintsAndDual() {
        sql("SELECT 1 FROM DUAL").in(MYSQL).is(select(number(1)));
        Select s = (Select) sql("SELECT SQL_CALC_FOUND_ROWS HIGH_PRIORITY a FROM t USE INDEX (i1) FORCE INDEX FOR JOIN (i2)")
                .in(MYSQL).tree();
        org.assertj.core.api.Assertions.assertThat(s.modifiers()).containsExactly("SQL_CALC_FOUND_ROWS", "HIGH_PRIORITY");
        TableRef t = (TableRef) s.from().get(0);
        org.assertj.core.api.Assertions.assertThat(t.indexHints()).containsExactly(
                new io.retort.sql.IndexHint("USE", null, List.of(Identifier.of("i1"))),
                new io.retort.sql.IndexHint("FORCE", "JOIN", List.of(Identifier.of("i2"))));
    }

    @Test
    void selectInto() {
        Select s = (Select) sql("SELECT a INTO @x FROM t WHERE id = ?").in(MYSQL).tree();
        org.assertj.core.api.Assertions.assertThat(s.into().kind()).isEqualTo(io.retort.sql.IntoKind.VARIABLES);
        Select pg = (Select) sql("SELECT a INTO TEMP TABLE x FROM t").in(POSTGRESQL).tree();
        org.assertj.core.api.Assertions.assertThat(pg.into().table()).isEqualTo(Name.of("x"));
        org.assertj.core.api.Assertions.assertThat(pg.into().tableKind()).isEqualTo("TEMP");
    }

    @Test
    void starIsAStar() {
        sql("SELECT COUNT(*) FROM t").is(select(count()).from(T));
        org.assertj.core.api.Assertions.assertThat(count().arguments()).containsExactly(new Star(null));
    }
}
