package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** JSON access written for PostgreSQL: ->, ->>, #>, #>>, @>. */
class JsonGoldenTest {

    @Test
    void arrows() {
        sql("SELECT doc -> 'a', doc ->> 'b', doc -> 'items' -> 0 ->> 'name' FROM t")
                .ok(POSTGRESQL, "SELECT doc -> 'a', doc ->> 'b', (doc -> 'items' -> 0) ->> 'name' FROM t")
                .ok("SELECT JSON_EXTRACT(doc, '$.a'), CASE WHEN JSON_TYPE(JSON_EXTRACT(doc, '$.b')) = 'NULL' THEN NULL ELSE JSON_UNQUOTE(JSON_EXTRACT(doc, '$.b')) END, CASE WHEN JSON_TYPE(JSON_EXTRACT(doc, '$.items[0].name')) = 'NULL' THEN NULL ELSE JSON_UNQUOTE(JSON_EXTRACT(doc, '$.items[0].name')) END FROM t",
                        MYSQL, MARIADB)
                .fails(SQLITE, "JSON access returning JSON (->)")
                .fails(H2, "JSON path access (->, ->>)")
                .ok("SELECT JSON_QUERY(doc, '$.a'), JSON_VALUE(doc, '$.b'), JSON_VALUE(doc, '$.items[0].name') FROM t",
                        ORACLE, SQLSERVER);
    }

    @Test
    void pathOperators() {
        sql("SELECT doc #> '{a,b}', doc #>> '{a,0}' FROM t")
                .ok(POSTGRESQL, "SELECT doc #> '{a,b}', doc #>> '{a,0}' FROM t")
                .ok("SELECT JSON_EXTRACT(doc, '$.a.b'), CASE WHEN JSON_TYPE(JSON_EXTRACT(doc, '$.a[0]')) = 'NULL' THEN NULL ELSE JSON_UNQUOTE(JSON_EXTRACT(doc, '$.a[0]')) END FROM t",
                        MYSQL, MARIADB)
                .fails(SQLITE, "JSON access returning JSON (->)")
                .fails(H2, "JSON path access (->, ->>)")
                .ok("SELECT JSON_QUERY(doc, '$.a.b'), JSON_VALUE(doc, '$.a[0]') FROM t", ORACLE, SQLSERVER);
    }

    @Test
    void containment() {
        sql("SELECT id FROM t WHERE doc @> '{\"a\": 1}'")
                .ok(POSTGRESQL, "SELECT id FROM t WHERE doc @> '{\"a\": 1}'")
                .ok("SELECT id FROM t WHERE JSON_CONTAINS(doc, '{\"a\": 1}')", MYSQL, MARIADB)
                .fails(SQLITE, "the operator @> (contains)")
                .fails(H2, "the operator @> (contains)")
                .fails(ORACLE, "the operator @> (contains)")
                .fails(SQLSERVER, "the operator @> (contains)");
    }
}
