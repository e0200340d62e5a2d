package io.retort.parser;

import static io.retort.parser.ParseFixture.sql;
import static io.retort.sql.Sql.*;
import static io.retort.sql.SqlDialect.*;

import io.retort.sql.DataType;
import org.junit.jupiter.api.Test;

/** INSERT, UPDATE, DELETE: the parser's trees equal the Core API's. */
class DmlGoldenTest {

    @Test
    void insertValues() {
        sql("INSERT INTO t_order (order_id, user_id, status) VALUES (?, ?, 'insert')").in(ANSI, MYSQL, POSTGRESQL, SQLITE, H2)
                .is(insertInto("t_order").columns("order_id", "user_id", "status").values(param(1), param(2), "insert"));
    }

    @Test
    void updateByKey() {
        sql("UPDATE t_order SET status = ? WHERE order_id = ?").in(ANSI, MYSQL, POSTGRESQL)
                .is(update(table("t_order")).set("status", param(1)).where(column("order_id").eq(param(2))));
    }

    @Test
    void deleteByRange() {
        sql("DELETE FROM t_order WHERE order_id BETWEEN ? AND ?").in(ANSI, MYSQL, POSTGRESQL)
                .is(deleteFrom(table("t_order")).where(column("order_id").between(param(1), param(2))));
    }

    @Test
    void castInValues() {
        sql("INSERT INTO t (a) VALUES (?::int4)").in(POSTGRESQL)
                .is(insertInto("t").columns("a").values(new io.retort.sql.Cast(param(1), DataType.of("INT4"),
                        io.retort.sql.CastSyntax.DOUBLE_COLON)));
    }
}
