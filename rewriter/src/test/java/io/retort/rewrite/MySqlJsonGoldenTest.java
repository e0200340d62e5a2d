package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** JSON access written for MySQL: path arrows and JSON_EXTRACT. */
class MySqlJsonGoldenTest {

    @Test
    void mysqlArrows() {
        sql(MYSQL, "SELECT doc -> '$.a', doc ->> '$.b[0]' FROM t")
                .ok(POSTGRESQL,
                        "SELECT doc -> 'a', COALESCE((doc -> 'b') ->> 0, CASE WHEN doc -> 'b' -> 0 IS NOT NULL THEN 'null' END) FROM t")
                .ok(MYSQL, "SELECT doc -> '$.a', doc ->> '$.b[0]' FROM t")
                .ok(MARIADB, "SELECT JSON_EXTRACT(doc, '$.a'), JSON_UNQUOTE(JSON_EXTRACT(doc, '$.b[0]')) FROM t")
                .fails(SQLITE, "JSON access returning JSON (->)")
                .fails(H2, "JSON path access (->, ->>)")
                .ok("SELECT JSON_QUERY(doc, '$.a'), JSON_VALUE(doc, '$.b[0]') FROM t", ORACLE, SQLSERVER);
    }

    @Test
    void jsonExtract() {
        sql(MYSQL, "SELECT JSON_EXTRACT(doc, '$.a.b'), JSON_UNQUOTE(JSON_EXTRACT(doc, '$.c')) FROM t")
                .ok(POSTGRESQL,
                        "SELECT doc -> 'a' -> 'b', COALESCE(doc ->> 'c', CASE WHEN doc -> 'c' IS NOT NULL THEN 'null' END) FROM t")
                .ok("SELECT JSON_EXTRACT(doc, '$.a.b'), JSON_UNQUOTE(JSON_EXTRACT(doc, '$.c')) FROM t", MYSQL, MARIADB)
                .fails(SQLITE, "JSON access returning JSON (->)")
                .fails(H2, "JSON path access (->, ->>)")
                .ok("SELECT JSON_QUERY(doc, '$.a.b'), JSON_VALUE(doc, '$.c') FROM t", ORACLE, SQLSERVER);
    }
}
