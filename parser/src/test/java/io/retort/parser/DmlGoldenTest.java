package io.retort.parser;

import static io.retort.parser.ParseFixture.sql;
import static io.retort.sql.Sql.*;
import static io.retort.sql.SqlDialect.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.retort.sql.Assignment;
import io.retort.sql.Cast;
import io.retort.sql.CastSyntax;
import io.retort.sql.ColumnRef;
import io.retort.sql.Comments;
import io.retort.sql.DataType;
import io.retort.sql.Delete;
import io.retort.sql.Identifier;
import io.retort.sql.Insert;
import io.retort.sql.InsertSet;
import io.retort.sql.InsertVerb;
import io.retort.sql.InsertedValue;
import io.retort.sql.Name;
import io.retort.sql.OnConflict;
import io.retort.sql.RowValue;
import io.retort.sql.TableRef;
import io.retort.sql.Update;
import java.util.List;
import org.junit.jupiter.api.Test;

/** INSERT, REPLACE, UPDATE, DELETE: the parser's trees equal the Core API's. */
class DmlGoldenTest {

    private static final Insert ORDER = insertInto("t_order").columns("order_id", "user_id", "status");

    @Test
    void insertValues() {
        sql("INSERT INTO t_order (order_id, user_id, status) VALUES (?, ?, 'insert')").in(ANSI, MYSQL, POSTGRESQL, SQLITE, H2)
                .is(ORDER.values(param(1), param(2), "insert"));
        sql("INSERT INTO t_order VALUES (1, 'ok')").is(insertInto("t_order").values(1, "ok"));
        sql("INSERT INTO t_order (order_id, user_id, status) VALUES (?, ?, ?), (?, ?, ?)").in(MYSQL, POSTGRESQL)
                .is(ORDER.values(param(1), param(2), param(3)).values(param(4), param(5), param(6)));
        sql("INSERT t_order (order_id, user_id, status) VALUE ROW(1, 2, 'x'), ROW(3, 4, 'y')").in(MYSQL)
                .is(ORDER.values(1, 2, "x").values(3, 4, "y"));
        sql("INSERT INTO t (a) VALUES (DEFAULT)").is(insertInto("t").columns("a").values(defaultValue()));
        sql("INSERT INTO t DEFAULT VALUES").in(POSTGRESQL, SQLITE).is(insertInto("t").defaultValues());
        sql("INSERT INTO db1.t VALUES (1)").is(insert(table("db1", "t")).values(1));
        sql("INSERT INTO t (a) VALUES (?::int4)").in(POSTGRESQL)
                .is(insertInto("t").columns("a").values(new Cast(param(1), DataType.of("INT4"), CastSyntax.DOUBLE_COLON)));
    }

    @Test
    void insertSelectAndReturning() {
        sql("INSERT INTO t_order (order_id, user_id, status) SELECT order_id, user_id, status FROM old WHERE order_id = ?")
                .in(ANSI, MYSQL, POSTGRESQL)
                .is(ORDER.select(select(column("order_id"), column("user_id"), column("status")).from(table("old"))
                        .where(column("order_id").eq(param(1)))));
        sql("INSERT INTO t (a) VALUES (1) RETURNING id, a AS x").in(POSTGRESQL, SQLITE, MARIADB)
                .is(insertInto("t").columns("a").values(1).returning(column("id"), column("a").as("x")));
        sql("INSERT INTO t (a) VALUES (1) RETURNING *").in(POSTGRESQL).is(insertInto("t").columns("a").values(1).returning(star()));
        sql("WITH s AS (SELECT 1 AS a) INSERT INTO t (a) SELECT a FROM s").in(POSTGRESQL, MYSQL)
                .is(insertInto("t").columns("a").select(select(column("a")).from(table("s")))
                        .with(with(cte("s", select(number(1).as("a"))))));
    }

    @Test
    void onConflict() {
        sql("INSERT INTO sj_event (event_id) VALUES (?) ON CONFLICT (event_id) DO NOTHING").in(POSTGRESQL, SQLITE)
                .is(insertInto("sj_event").columns("event_id").values(param(1)).onConflictDoNothing("event_id"));
        sql("INSERT INTO t (a) VALUES (1) ON CONFLICT DO NOTHING").in(POSTGRESQL)
                .is(insertInto("t").columns("a").values(1).onConflictDoNothing());
        sql("INSERT INTO t (c1, c2) VALUES (?, ?) ON CONFLICT (c1) DO UPDATE SET c2 = EXCLUDED.c2 WHERE t.c2 < EXCLUDED.c2")
                .in(POSTGRESQL)
                .is(insertInto("t").columns("c1", "c2").values(param(1), param(2)).withOnConflict(new OnConflict(
                        List.of(column("c1")), null, null, false, List.of(set("c2", column("EXCLUDED", "c2"))),
                        column("t", "c2").lt(column("EXCLUDED", "c2")))));
        sql("INSERT INTO t (a) VALUES (1) ON CONFLICT ON CONSTRAINT t_pkey DO NOTHING").in(POSTGRESQL)
                .is(insertInto("t").columns("a").values(1).withOnConflict(new OnConflict(List.of(), null,
                        Identifier.of("t_pkey"), true, List.of(), null)));
        sql("INSERT INTO t AS x (a) VALUES (1) ON CONFLICT (a) DO UPDATE SET a = x.a + 1").in(POSTGRESQL)
                .is(insert(table("t").as("x")).columns("a").values(1)
                        .onConflictDoUpdate(List.of("a"), set("a", column("x", "a").plus(1))));
    }

    @Test
    void onDuplicateKeyUpdate() {
        sql("INSERT INTO emp (id, salary) VALUES (?, ?) ON DUPLICATE KEY UPDATE salary = VALUES(salary) + 1").in(MYSQL)
                .is(insertInto("emp").columns("id", "salary").values(param(1), param(2))
                        .onDuplicateKeyUpdate(set("salary", new InsertedValue(column("salary")).plus(1))));
        Insert aliased = insertInto("t").values(1, 2).onDuplicateKeyUpdate(set("a", column("new", "a")));
        sql("INSERT INTO t VALUES (1, 2) AS new ON DUPLICATE KEY UPDATE a = new.a").in(MYSQL)
                .is(new Insert(null, InsertVerb.INSERT, List.of(), aliased.table(), List.of(), aliased.source(),
                        Identifier.of("new"), List.of(), null, aliased.onDuplicateKeyUpdate(), List.of(), Comments.NONE));
        sql("INSERT INTO t SET a = 1, b = ?").in(MYSQL)
                .is(insertInto("t").withSource(new InsertSet(List.of(set("a", 1), set("b", param(1))))));
    }

    @Test
    void replaceAndIgnore() {
        sql("REPLACE INTO t_order (order_id, user_id, status) VALUES (?, ?, ?)").in(MYSQL, SQLITE)
                .is(ORDER.values(param(1), param(2), param(3)).replace());
        sql("INSERT IGNORE INTO t (a) VALUES (1)").in(MYSQL).is(insertInto("t").columns("a").values(1).ignore());
        Insert sqlite = (Insert) sql("INSERT OR REPLACE INTO t (a) VALUES (1)").in(SQLITE).tree();
        assertThat(sqlite.modifiers()).containsExactly("OR REPLACE");
        sql("REPLACE INTO t VALUES ()").in(MYSQL).is(insertInto("t").values().replace());
        sql("INSERT INTO t (t.a) VALUES (1)").in(MYSQL)
                .is(new Insert(null, InsertVerb.INSERT, List.of(), TableRef.of(Name.of("t")), List.of(column("t", "a")),
                        values(row(1)), null, List.of(), null, List.of(), List.of(), Comments.NONE));
    }

    @Test
    void updates() {
        sql("UPDATE t_order SET status = ? WHERE order_id = ?").in(ANSI, MYSQL, POSTGRESQL)
                .is(update(table("t_order")).set("status", param(1)).where(column("order_id").eq(param(2))));
        TableRef o = table("t_order").as("o");
        sql("UPDATE t_order AS o SET o.status = ? WHERE o.order_id = ?").in(MYSQL, POSTGRESQL)
                .is(update(o).set(set(o.col("status"), param(1))).where(o.col("order_id").eq(param(2))));
        sql("UPDATE t SET a = 1, b = DEFAULT").is(update(table("t")).set("a", 1).set("b", defaultValue()));
        sql("UPDATE t SET (a, b) = (1, 2)").in(POSTGRESQL)
                .is(update(table("t")).set(new Assignment(List.of(column("a"), column("b")), row(1, 2))));
        sql("UPDATE t SET status = v.status FROM v WHERE t.id = v.id RETURNING t.id").in(POSTGRESQL)
                .is(update(table("t")).set("status", column("v", "status")).from(table("v"))
                        .where(column("t", "id").eq(column("v", "id"))).returning(column("t", "id")));
        sql("UPDATE t SET a = ? WHERE b = ? ORDER BY id LIMIT ?").in(MYSQL)
                .is(update(table("t")).set("a", param(1)).where(column("b").eq(param(2))).orderBy(column("id")).limit(param(3)));
        // MySQL multi-table UPDATE
        TableRef a = table("a");
        TableRef b = table("b");
        sql("UPDATE a JOIN b ON a.id = b.id SET a.x = b.x").in(MYSQL)
                .is(update(a.join(b, column("a", "id").eq(column("b", "id")))).set(set(column("a", "x"), column("b", "x"))));
        Update multi = (Update) sql("UPDATE a, b SET a.x = b.x WHERE a.id = b.id").in(MYSQL).tree();
        assertThat(multi.tables()).containsExactly(a, b);
    }

    @Test
    void deletes() {
        sql("DELETE FROM t_order WHERE order_id BETWEEN ? AND ?").in(ANSI, MYSQL, POSTGRESQL)
                .is(deleteFrom(table("t_order")).where(column("order_id").between(param(1), param(2))));
        sql("DELETE FROM t USING u WHERE t.id = u.id RETURNING t.id").in(POSTGRESQL)
                .is(deleteFrom(table("t")).using(table("u")).where(column("t", "id").eq(column("u", "id")))
                        .returning(column("t", "id")));
        sql("DELETE FROM t WHERE a = 1 ORDER BY id LIMIT 10").in(MYSQL)
                .is(deleteFrom(table("t")).where(column("a").eq(1)).orderBy(column("id")).limit(10));
        // MySQL multi-table forms
        Delete d1 = (Delete) sql("DELETE o, i FROM t_order o JOIN t_item i ON o.id = i.oid WHERE o.id = ?").in(MYSQL).tree();
        assertThat(d1.targets()).containsExactly(Name.of("o"), Name.of("i"));
        assertThat(d1.from()).hasSize(1);
        Delete d2 = (Delete) sql("DELETE FROM t1, t2 USING t1 LEFT JOIN t2 ON t1.id = t2.id WHERE t1.s = ?").in(MYSQL).tree();
        assertThat(d2.targets()).containsExactly(Name.of("t1"), Name.of("t2"));
        assertThat(d2.from()).isEmpty();
        assertThat(d2.using()).hasSize(1);
        sql("DELETE FROM t AS x WHERE x.a = 1").in(MYSQL, POSTGRESQL)
                .is(deleteFrom(table("t").as("x")).where(column("x", "a").eq(1)));
    }

    @Test
    void rowValuesInValues() {
        Insert i = (Insert) sql("INSERT INTO t (a, b) VALUES ((SELECT 1), 2)").tree();
        assertThat(((io.retort.sql.Values) i.source()).rows()).containsExactly(new RowValue(List.of(
                subquery(select(number(1))), number(2))));
        assertThat(i.columns()).containsExactly(new ColumnRef(null, Identifier.of("a")), column("b"));
    }
}
