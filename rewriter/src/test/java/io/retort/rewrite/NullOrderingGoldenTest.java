package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** Where NULLs sort, made explicit when source and target disagree (PostgreSQL source). */
class NullOrderingGoldenTest {

    @Test
    void ascendingNullsLastInPostgres() {
        sql("SELECT a FROM t ORDER BY a")
                .ok("SELECT a FROM t ORDER BY a", POSTGRESQL, ORACLE)
                .ok("SELECT a FROM t ORDER BY a IS NULL, a", MYSQL, MARIADB)
                .ok("SELECT a FROM t ORDER BY a NULLS LAST", SQLITE, H2)
                .ok(SQLSERVER, "SELECT a FROM t ORDER BY CASE WHEN a IS NULL THEN 1 ELSE 0 END, a");
    }

    @Test
    void descendingNullsFirstInPostgres() {
        sql("SELECT a FROM t ORDER BY a DESC")
                .ok("SELECT a FROM t ORDER BY a DESC", POSTGRESQL, ORACLE)
                .ok("SELECT a FROM t ORDER BY a IS NULL DESC, a DESC", MYSQL, MARIADB)
                .ok("SELECT a FROM t ORDER BY a DESC NULLS FIRST", SQLITE, H2)
                .ok(SQLSERVER, "SELECT a FROM t ORDER BY CASE WHEN a IS NULL THEN 1 ELSE 0 END DESC, a DESC");
    }

    @Test
    void explicitNullsFirst() {
        // ascending, MySQL and SQL Server put NULLs first already
        sql("SELECT a FROM t ORDER BY a NULLS FIRST")
                .ok("SELECT a FROM t ORDER BY a NULLS FIRST", POSTGRESQL, SQLITE, H2, ORACLE)
                .ok("SELECT a FROM t ORDER BY a", MYSQL, MARIADB, SQLSERVER);
        sql("SELECT a FROM t ORDER BY a DESC NULLS FIRST")
                .ok("SELECT a FROM t ORDER BY a DESC NULLS FIRST", POSTGRESQL, SQLITE, H2, ORACLE)
                .ok("SELECT a FROM t ORDER BY a IS NULL DESC, a DESC", MYSQL, MARIADB)
                .ok(SQLSERVER, "SELECT a FROM t ORDER BY CASE WHEN a IS NULL THEN 1 ELSE 0 END DESC, a DESC");
    }

    @Test
    void explicitNullsLast() {
        sql("SELECT a FROM t ORDER BY a NULLS LAST, b DESC NULLS LAST")
                .ok("SELECT a FROM t ORDER BY a NULLS LAST, b DESC NULLS LAST", POSTGRESQL, SQLITE, H2, ORACLE)
                .ok("SELECT a FROM t ORDER BY a IS NULL, a, b DESC", MYSQL, MARIADB)
                .ok(SQLSERVER, "SELECT a FROM t ORDER BY CASE WHEN a IS NULL THEN 1 ELSE 0 END, a, b DESC");
    }

    @Test
    void explicitNullsOnAColumnThatCannotBeNull() {
        sql("SELECT a FROM t ORDER BY a NULLS LAST")
                .schema("CREATE TABLE t (a int NOT NULL)")
                .ok("SELECT a FROM t ORDER BY a NULLS LAST", POSTGRESQL, SQLITE, H2, ORACLE)
                .ok("SELECT a FROM t ORDER BY a", MYSQL, MARIADB, SQLSERVER);
    }

    @Test
    void explicitNullsByPositionAndAlias() {
        sql("SELECT status, count(*) AS n, max(note) AS m FROM t GROUP BY 1 ORDER BY 1 NULLS LAST, m DESC NULLS FIRST")
                .ok("SELECT status, count(*) AS n, max(note) AS m FROM t GROUP BY 1 ORDER BY status IS NULL, 1,"
                        + " max(note) IS NULL DESC, m DESC", MYSQL, MARIADB)
                .ok(SQLSERVER, "SELECT status, count(*) AS n, max(note) AS m FROM t GROUP BY status ORDER BY"
                        + " CASE WHEN status IS NULL THEN 1 ELSE 0 END, 1, CASE WHEN max(note) IS NULL THEN 1 ELSE 0 END DESC,"
                        + " m DESC")
                .ok(H2, "SELECT status, count(*) AS n, max(note) AS m FROM t GROUP BY status ORDER BY 1 NULLS LAST,"
                        + " m DESC NULLS FIRST");
    }

    @Test
    void explicitNullsInWindowsAndAggregates() {
        sql("SELECT row_number() OVER (ORDER BY a DESC NULLS LAST, b NULLS LAST), string_agg(c, ',' ORDER BY c NULLS LAST)"
                + " FROM t")
                .ok("SELECT row_number() OVER (ORDER BY a DESC, b IS NULL, b), GROUP_CONCAT(c ORDER BY c IS NULL, c"
                        + " SEPARATOR ',') FROM t", MYSQL, MARIADB)
                .ok(SQLSERVER, "SELECT row_number() OVER (ORDER BY a DESC, CASE WHEN b IS NULL THEN 1 ELSE 0 END, b),"
                        + " STRING_AGG(CAST(c AS NVARCHAR(MAX)), ',') WITHIN GROUP (ORDER BY CASE WHEN c IS NULL THEN 1 ELSE 0 END, c)"
                        + " FROM t");
    }

    @Test
    void explicitNullsInARangeWindowWithAnOffsetIsRefused() {
        sql("SELECT sum(a) OVER (ORDER BY b NULLS LAST RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM t")
                .ok("SELECT sum(a) OVER (ORDER BY b NULLS LAST RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM t",
                        POSTGRESQL, H2)
                .fails(MARIADB, "NULLS FIRST/LAST in a window with a RANGE frame of an offset")
                .fails(SQLSERVER, "NULLS FIRST/LAST in a window with a RANGE frame of an offset");
    }

    @Test
    void notNullColumnsNeedNothing() {
        sql("SELECT a, b FROM t ORDER BY a, b")
                .schema("CREATE TABLE t (a int NOT NULL, b int)")
                .ok("SELECT a, b FROM t ORDER BY a, b", POSTGRESQL, ORACLE)
                .ok("SELECT a, b FROM t ORDER BY a, b IS NULL, b", MYSQL, MARIADB)
                .ok("SELECT a, b FROM t ORDER BY a, b NULLS LAST", SQLITE, H2)
                .ok(SQLSERVER, "SELECT a, b FROM t ORDER BY a, CASE WHEN b IS NULL THEN 1 ELSE 0 END, b");
    }

    @Test
    void unionOrderedByNullableColumn() {
        sql("SELECT a FROM t UNION SELECT a FROM u ORDER BY a")
                .schema("CREATE TABLE t (a int NOT NULL, b int)")
                .ok("SELECT a FROM t UNION SELECT a FROM u ORDER BY a", POSTGRESQL, ORACLE)
                .ok("SELECT * FROM (SELECT a FROM t UNION SELECT a FROM u) AS ordered ORDER BY a IS NULL, a",
                        MYSQL, MARIADB)
                .ok("SELECT a FROM t UNION SELECT a FROM u ORDER BY a NULLS LAST", SQLITE, H2)
                .ok(SQLSERVER,
                        "SELECT * FROM (SELECT a FROM t UNION SELECT a FROM u) AS ordered ORDER BY CASE WHEN a IS NULL THEN 1 ELSE 0 END, a");
    }
}
