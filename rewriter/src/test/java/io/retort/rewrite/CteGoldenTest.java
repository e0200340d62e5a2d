package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** Common table expressions, recursive ones included. */
class CteGoldenTest {

    @Test
    void recursiveCte() {
        sql("WITH RECURSIVE r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 10) SELECT n FROM r")
                .ok("WITH RECURSIVE r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 10) SELECT n FROM r",
                        POSTGRESQL, MYSQL, MARIADB, SQLITE, H2)
                .ok(ORACLE,
                        "WITH r (n) AS (SELECT 1 FROM DUAL UNION ALL SELECT n + 1 FROM r WHERE n < 10) SELECT n FROM r")
                .ok(SQLSERVER, "WITH r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 10) SELECT n FROM r");
    }

    @Test
    void recursiveCteWithoutColumnList() {
        sql("WITH RECURSIVE r AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT n FROM r")
                .ok("WITH RECURSIVE r AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT n FROM r",
                        POSTGRESQL, MYSQL, MARIADB, SQLITE, H2)
                .fails(ORACLE, "a recursive CTE without a column list")
                .ok(SQLSERVER, "WITH r AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT n FROM r");
    }

    @Test
    void plainCte() {
        sql("WITH a AS (SELECT id FROM t), b AS (SELECT id FROM a) SELECT * FROM b")
                .ok("WITH a AS (SELECT id FROM t), b AS (SELECT id FROM a) SELECT * FROM b",
                        POSTGRESQL, MYSQL, MARIADB, SQLITE, H2, ORACLE, SQLSERVER);
    }

    @Test
    void materializedCte() {
        sql("WITH a AS MATERIALIZED (SELECT id FROM t) SELECT * FROM a")
                .ok(POSTGRESQL, "WITH a AS MATERIALIZED (SELECT id FROM t) SELECT * FROM a")
                .fails(MYSQL, "[NOT] MATERIALIZED on a CTE")
                .fails(MARIADB, "[NOT] MATERIALIZED on a CTE")
                .fails(SQLITE, "[NOT] MATERIALIZED on a CTE")
                .fails(H2, "[NOT] MATERIALIZED on a CTE")
                .fails(ORACLE, "[NOT] MATERIALIZED on a CTE")
                .fails(SQLSERVER, "[NOT] MATERIALIZED on a CTE");
    }
}
