package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** Aggregates: string_agg, FILTER, window functions, grouping sets. */
class AggregateGoldenTest {

    @Test
    void stringAgg() {
        sql("SELECT g, string_agg(name, ', ' ORDER BY name) FROM t GROUP BY g")
                .ok(POSTGRESQL, "SELECT g, string_agg(name, ', ' ORDER BY name) FROM t GROUP BY g")
                .ok("SELECT g, GROUP_CONCAT(name ORDER BY name IS NULL, name SEPARATOR ', ') FROM t GROUP BY g",
                        MYSQL, MARIADB)
                .fails(SQLITE, "ORDER BY inside group_concat(...)")
                .ok(H2, "SELECT g, LISTAGG(name, ', ') WITHIN GROUP (ORDER BY name NULLS LAST) FROM t GROUP BY g")
                .ok(ORACLE, "SELECT g, LISTAGG(name, ', ') WITHIN GROUP (ORDER BY name) FROM t GROUP BY g")
                .ok(SQLSERVER,
                        "SELECT g, STRING_AGG(CAST(name AS NVARCHAR(MAX)), ', ') WITHIN GROUP (ORDER BY CASE WHEN name IS NULL THEN 1 ELSE 0 END, name) FROM t GROUP BY g");
    }

    @Test
    void stringAggDistinct() {
        sql("SELECT string_agg(DISTINCT name, ',') FROM t")
                .ok(POSTGRESQL, "SELECT string_agg(DISTINCT name, ',') FROM t")
                .ok("SELECT GROUP_CONCAT(DISTINCT name SEPARATOR ',') FROM t", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT group_concat(DISTINCT name) FROM t")
                .ok(H2, "SELECT LISTAGG(DISTINCT name, ',') FROM t")
                .fails(ORACLE, "LISTAGG(DISTINCT ...)")
                .fails(SQLSERVER, "STRING_AGG(DISTINCT ...)");
    }

    @Test
    void filterClause() {
        sql("SELECT count(*) FILTER (WHERE x > 0), sum(x) FILTER (WHERE y) FROM t")
                .ok("SELECT count(*) FILTER (WHERE x > 0), sum(x) FILTER (WHERE y) FROM t", POSTGRESQL, SQLITE, H2)
                .ok("SELECT count(CASE WHEN x > 0 THEN 1 END), sum(CASE WHEN y THEN x END) FROM t", MYSQL, MARIADB)
                .ok("SELECT count(CASE WHEN x > 0 THEN 1 END), sum(CASE WHEN y = 1 THEN x END) FROM t",
                        ORACLE, SQLSERVER);
    }

    @Test
    void countDistinctAndAverage() {
        sql("SELECT count(DISTINCT a), avg(b), sum(c), min(d), max(e) FROM t")
                .ok("SELECT count(DISTINCT a), avg(b), sum(c), min(d), max(e) FROM t",
                        POSTGRESQL, MYSQL, MARIADB, SQLITE, H2, ORACLE, SQLSERVER);
    }

    @Test
    void groupByHavingOrdinal() {
        sql("SELECT a, count(*) FROM t GROUP BY a HAVING count(*) > 1 ORDER BY 2 DESC")
                .ok("SELECT a, count(*) FROM t GROUP BY a HAVING count(*) > 1 ORDER BY 2 DESC",
                        POSTGRESQL, MYSQL, MARIADB, SQLITE, H2, ORACLE, SQLSERVER);
    }

    @Test
    void windowFunctions() {
        sql("SELECT id, row_number() OVER (PARTITION BY g ORDER BY id), sum(x) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM t")
                .ok("SELECT id, row_number() OVER (PARTITION BY g ORDER BY id), sum(x) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM t",
                        POSTGRESQL, ORACLE)
                .ok("SELECT id, row_number() OVER (PARTITION BY g ORDER BY id IS NULL, id), sum(x) OVER (ORDER BY id IS NULL, id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM t",
                        MYSQL, MARIADB)
                .ok("SELECT id, row_number() OVER (PARTITION BY g ORDER BY id NULLS LAST), sum(x) OVER (ORDER BY id NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM t",
                        SQLITE, H2)
                .ok(SQLSERVER,
                        "SELECT id, row_number() OVER (PARTITION BY g ORDER BY CASE WHEN id IS NULL THEN 1 ELSE 0 END, id), sum(x) OVER (ORDER BY CASE WHEN id IS NULL THEN 1 ELSE 0 END, id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM t");
    }

    @Test
    void groupingSets() {
        sql("SELECT a, b, count(*) FROM t GROUP BY GROUPING SETS ((a), (b), ())")
                .ok("SELECT a, b, count(*) FROM t GROUP BY GROUPING SETS (a, b, ())", POSTGRESQL, ORACLE, SQLSERVER)
                .fails(MYSQL, "GROUPING SETS")
                .fails(MARIADB, "GROUPING SETS")
                .fails(SQLITE, "GROUPING SETS")
                .fails(H2, "GROUPING SETS");
    }

    @Test
    void rollup() {
        sql("SELECT a, count(*) FROM t GROUP BY ROLLUP (a)")
                .ok("SELECT a, count(*) FROM t GROUP BY ROLLUP (a)", POSTGRESQL, ORACLE, SQLSERVER)
                .fails(MYSQL, "ROLLUP (...)")
                .fails(MARIADB, "ROLLUP (...)")
                .fails(SQLITE, "ROLLUP (...)")
                .fails(H2, "ROLLUP (...)");
    }
}
