package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** MySQL aggregates: GROUP_CONCAT and WITH ROLLUP. */
class MySqlAggregateGoldenTest {

    @Test
    void groupConcat() {
        sql(MYSQL, "SELECT g, GROUP_CONCAT(name ORDER BY name SEPARATOR ';') FROM t GROUP BY g")
                .ok(POSTGRESQL,
                        "SELECT g, string_agg(CAST(name AS TEXT), ';' ORDER BY name NULLS FIRST) FROM t GROUP BY g")
                .ok("SELECT g, GROUP_CONCAT(name ORDER BY name SEPARATOR ';') FROM t GROUP BY g", MYSQL, MARIADB)
                .fails(SQLITE, "ORDER BY inside group_concat(...)")
                .ok(H2, "SELECT g, LISTAGG(name, ';') WITHIN GROUP (ORDER BY name) FROM t GROUP BY g")
                .ok(ORACLE, "SELECT g, LISTAGG(name, ';') WITHIN GROUP (ORDER BY name NULLS FIRST) FROM t GROUP BY g")
                .ok(SQLSERVER,
                        "SELECT g, STRING_AGG(CAST(name AS NVARCHAR(MAX)), ';') WITHIN GROUP (ORDER BY name) FROM t GROUP BY g");
    }

    @Test
    void groupConcatDefaultSeparator() {
        sql(MYSQL, "SELECT GROUP_CONCAT(DISTINCT name) FROM t")
                .ok(POSTGRESQL, "SELECT string_agg(DISTINCT CAST(name AS TEXT), ',') FROM t")
                .ok("SELECT GROUP_CONCAT(DISTINCT name) FROM t", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT group_concat(DISTINCT name) FROM t")
                .ok(H2, "SELECT LISTAGG(DISTINCT name, ',') FROM t")
                .fails(ORACLE, "LISTAGG(DISTINCT ...)")
                .fails(SQLSERVER, "STRING_AGG(DISTINCT ...)");
    }

    @Test
    void withRollup() {
        sql(MYSQL, "SELECT a, COUNT(*) FROM t GROUP BY a WITH ROLLUP")
                .fails(POSTGRESQL, "GROUP BY ... WITH ROLLUP")
                .ok("SELECT a, COUNT(*) FROM t GROUP BY a WITH ROLLUP", MYSQL, MARIADB)
                .fails(SQLITE, "GROUP BY ... WITH ROLLUP")
                .fails(H2, "GROUP BY ... WITH ROLLUP")
                .fails(ORACLE, "GROUP BY ... WITH ROLLUP")
                .fails(SQLSERVER, "GROUP BY ... WITH ROLLUP");
    }
}
