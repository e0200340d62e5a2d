package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/**
 * {@code +} and {@code -} on dates without an INTERVAL: PostgreSQL counts days ({@code date + n},
 * {@code date - date}); MySQL reads a date there as the number YYYYMMDD, SQLite as the number its text
 * begins with. Known types are translated, unknown ones that could be a date are refused.
 */
class DateArithmeticGoldenTest {

    private static final String SCHEMA = "CREATE TABLE t (id int PRIMARY KEY, d date NOT NULL, e date, ts timestamp,"
            + " tt timestamp, n int, p numeric(10, 2), tm time, dur interval)";

    @Test
    void datePlusAndMinusDays() {
        sql("SELECT d + 30, 30 + d, d - 7, d + n, d - n FROM t")
                .schema(SCHEMA)
                .ok("SELECT d + 30, 30 + d, d - 7, d + n, d - n FROM t", POSTGRESQL, ORACLE)
                .ok("SELECT DATE_ADD(d, INTERVAL 30 DAY), DATE_ADD(d, INTERVAL 30 DAY), DATE_SUB(d, INTERVAL 7 DAY),"
                        + " DATE_ADD(d, INTERVAL n DAY), DATE_SUB(d, INTERVAL n DAY) FROM t", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT date(d, '+30 days'), date(d, '+30 days'), date(d, '-7 days'), date(d, n || ' days'),"
                        + " date(d, -n || ' days') FROM t")
                .ok("SELECT DATEADD(DAY, 30, d), DATEADD(DAY, 30, d), DATEADD(DAY, -7, d), DATEADD(DAY, n, d),"
                        + " DATEADD(DAY, -n, d) FROM t", H2, SQLSERVER);
    }

    @Test
    void literalsAndCastsAreDates() {
        sql("SELECT DATE '2024-03-18' + 30, CAST(x AS DATE) - 1, CURRENT_DATE + 1")
                .ok("SELECT DATE_ADD(DATE '2024-03-18', INTERVAL 30 DAY), DATE_SUB(CAST(x AS DATE), INTERVAL 1 DAY),"
                        + " DATE_ADD(CURRENT_DATE, INTERVAL 1 DAY)", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT date('2024-03-18', '+30 days'), date(date(x), '-1 days'), date(CURRENT_DATE, '+1 days')")
                .ok(H2, "SELECT DATEADD(DAY, 30, DATE '2024-03-18'), DATEADD(DAY, -1, CAST(x AS DATE)),"
                        + " DATEADD(DAY, 1, CURRENT_DATE)");
    }

    @Test
    void dateMinusDateIsANumberOfDays() {
        sql("SELECT d - e, CURRENT_DATE - d, (d - e) / 7 FROM t")
                .schema(SCHEMA)
                .ok("SELECT d - e, CURRENT_DATE - d, (d - e) / 7 FROM t", POSTGRESQL)
                .ok("SELECT DATEDIFF(d, e), DATEDIFF(CURRENT_DATE, d), DATEDIFF(d, e) DIV 7 FROM t", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT CAST(julianday(d) - julianday(e) AS INTEGER), CAST(julianday(CURRENT_DATE) - julianday(d)"
                        + " AS INTEGER), CAST(julianday(d) - julianday(e) AS INTEGER) / 7 FROM t")
                // H2's DATEDIFF is a BIGINT: cast, so that a SUM over it stays an integer as PostgreSQL's does
                .ok(H2, "SELECT CAST(DATEDIFF(DAY, e, d) AS INTEGER), CAST(DATEDIFF(DAY, d, CURRENT_DATE) AS INTEGER),"
                        + " CAST(DATEDIFF(DAY, e, d) AS INTEGER) / 7 FROM t")
                .ok(ORACLE, "SELECT d - e, CURRENT_DATE - d, TRUNC((d - e) / 7) FROM t")
                .ok(SQLSERVER, "SELECT DATEDIFF(DAY, e, d), DATEDIFF(DAY, d, CAST(GETDATE() AS DATE)), DATEDIFF(DAY, e, d) / 7"
                        + " FROM t");
    }

    @Test
    void parametersNextToADate() {
        // date + ? can only be days; ? - date only a date (PostgreSQL reads the parameter as the date's type)
        sql("SELECT d + $1, $2 - d FROM t")
                .schema(SCHEMA)
                .ok("SELECT DATE_ADD(d, INTERVAL ? DAY), DATEDIFF(?, d) FROM t", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT date(d, ? || ' days'), CAST(julianday(?) - julianday(d) AS INTEGER) FROM t")
                .ok("SELECT DATEADD(DAY, ?, d), DATEDIFF(DAY, d, ?) FROM t", SQLSERVER);
        // date - ? is a date (an integer bound) or a number of days (a date bound)
        sql("SELECT d - $1 FROM t")
                .schema(SCHEMA)
                .ok("SELECT d - ? FROM t", POSTGRESQL, H2, ORACLE, SQLSERVER)
                .fails(MYSQL, "cast it: CAST(? AS INTEGER) or CAST(? AS DATE)")
                .fails(MARIADB, "the subtraction d - ?")
                .fails(SQLITE, "the subtraction d - ?");
    }

    @Test
    void timestampDifferencesAreIntervals() {
        sql("SELECT ts - tt, ts - d FROM t")
                .schema(SCHEMA)
                .ok("SELECT ts - tt, ts - d FROM t", POSTGRESQL, H2, ORACLE)
                .fails(MYSQL, "the difference of two dates or times ts - tt")
                .fails(MARIADB, "it is an interval in PostgreSQL, which MariaDB has no type for")
                .fails(SQLITE, "the difference of two dates or times ts - tt")
                .fails(SQLSERVER, "the difference of two dates or times ts - tt");
    }

    @Test
    void dateMinusDateFromH2IsAnInterval() {
        sql(H2, "SELECT DATE '2024-03-18' - DATE '2024-01-01'")
                .fails(POSTGRESQL, "H2 gives an INTERVAL there")
                .fails(MYSQL, "the date difference");
    }

    @Test
    void dateAndTimeAndIntervalValues() {
        sql("SELECT d + tm FROM t")
                .schema(SCHEMA)
                .ok("SELECT d + tm FROM t", POSTGRESQL, H2)
                .ok("SELECT TIMESTAMP(d, tm) FROM t", MYSQL, MARIADB)
                .fails(SQLITE, "a date plus a time")
                .fails(ORACLE, "a date plus a time");
        sql("SELECT ts + dur FROM t")
                .schema(SCHEMA)
                .ok("SELECT ts + dur FROM t", POSTGRESQL, H2, ORACLE)
                .fails(MARIADB, "arithmetic with an interval value ts + dur")
                .fails(SQLITE, "SQLite has no interval type")
                .fails(SQLSERVER, "arithmetic with an interval value");
    }

    @Test
    void whatPostgresqlRefusesIsLeftAlone() {
        // timestamp + integer and date + numeric are errors in PostgreSQL: nothing to mean differently
        sql("SELECT ts + 1, d + 1.5 FROM t")
                .schema(SCHEMA)
                .ok("SELECT ts + 1, d + 1.5 FROM t", POSTGRESQL, MYSQL, MARIADB, SQLITE, H2, ORACLE, SQLSERVER);
    }

    @Test
    void anOperandOfUnknownTypeThatMayBeADateIsRefused() {
        sql("SELECT created + 30 FROM orders")
                .ok("SELECT created + 30 FROM orders", POSTGRESQL, H2, ORACLE, SQLSERVER)
                .fails(MARIADB, "the addition created + 30")
                .fails(MARIADB, "in PostgreSQL but read the date as the number YYYYMMDD in MariaDB, and the type of"
                        + " created is unknown; cast it (CAST(created AS DATE) for a date, CAST(created AS INTEGER) or"
                        + " NUMERIC for a number) or give the translator schema information")
                .fails(MYSQL, "the addition created + 30")
                .fails(SQLITE, "read the date as the number its text begins with in SQLite");
        sql("SELECT max(a) - min(a), a - b, d + x, ts - x FROM t")
                .schema(SCHEMA)
                .fails(MYSQL, "the subtraction max(a) - min(a)");
        sql("UPDATE t SET x = x + 1")
                .fails(MARIADB, "the addition x + 1");
        sql("SELECT d + x FROM t")
                .schema(SCHEMA)
                .fails(MARIADB, "the type of x is unknown");
        sql("SELECT ts - x FROM t")
                .schema(SCHEMA)
                .fails(SQLITE, "the type of x is unknown");
    }

    @Test
    void operandsThatCannotBeDatesNeedNoTypes() {
        // numbers (literals, COUNT, decimals), products, a parameter next to a number, a number minus anything
        sql("SELECT count(*) + 1, x * 10 + 9, 100 - x, $1 + 1, x + 1.5, -x - 1, sum(x) - 1, x % 2 - 1, 'a' || x")
                .ok("SELECT count(*) + 1, x * 10 + 9, 100 - x, ? + 1, x + 1.5, -x - 1, sum(x) - 1, x % 2 - 1, CONCAT('a', x)",
                        MYSQL, MARIADB);
        sql("SELECT x + 1 FROM t")
                .schema("CREATE TABLE t (x numeric(10, 2))")
                .ok("SELECT x + 1 FROM t", MYSQL, MARIADB, SQLITE);
        sql("SELECT CAST(x AS INTEGER) + 1, x::numeric - 1")
                .ok("SELECT CAST(x AS SIGNED) + 1, CAST(x AS DECIMAL(65, 30)) - 1", MYSQL);
    }

    @Test
    void aColumnComparedWithANumberIsNoDate() {
        // in PostgreSQL a date compared with a number is an error: qty < 3 says qty is a number
        sql("UPDATE order_items SET qty = qty + 1 WHERE customer_id BETWEEN 40 AND 45 AND qty < 3")
                .ok("UPDATE order_items SET qty = qty + 1 WHERE customer_id BETWEEN 40 AND 45 AND qty < 3", MYSQL, MARIADB,
                        SQLITE);
        sql("SELECT o.a + 1, b - 1 FROM t AS o JOIN u ON u.id = o.id AND o.a > 0 WHERE b IN (1, 2)")
                .ok(MARIADB, "SELECT o.a + 1, b - 1 FROM t AS o JOIN u ON u.id = o.id AND o.a > 0 WHERE b IN (1, 2)");
        // not from another scope (a subquery's a may be another column), nor from a comparison with text
        sql("SELECT a + 1 FROM t WHERE EXISTS (SELECT 1 FROM u WHERE a > 5)")
                .fails(MARIADB, "the type of a is unknown");
        sql("SELECT a + 1 FROM t WHERE a > '2024-01-01'")
                .fails(MARIADB, "the type of a is unknown");
    }

    @Test
    void derivedTablesAndCtesAreTypedByTheirSelectLists() {
        sql("WITH RECURSIVE r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 10) SELECT n + 1 FROM r")
                .ok("WITH RECURSIVE r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 10) SELECT n + 1 FROM r",
                        MYSQL, MARIADB, SQLITE);
        sql("SELECT t.c + 1, t.m - 1 FROM (SELECT count(*) AS c, max(d) AS m FROM x) AS t")
                .schema("CREATE TABLE x (d date)")
                .ok(MYSQL, "SELECT t.c + 1, DATE_SUB(t.m, INTERVAL 1 DAY) FROM (SELECT count(*) AS c, max(d) AS m FROM x) AS t");
        sql("SELECT v.n / 2 FROM (SELECT 1 AS n UNION SELECT 2.5) AS v")
                .ok(MYSQL, "SELECT v.n / 2 FROM (SELECT 1 AS n UNION SELECT 2.5) AS v");
    }

    @Test
    void upsertNewRowIsTheTable() {
        sql("INSERT INTO t (id, n) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET n = t.n + EXCLUDED.n, d = EXCLUDED.d + 1")
                .schema(SCHEMA)
                .ok(MARIADB, "INSERT INTO t (id, n) VALUES (1, 1) ON DUPLICATE KEY UPDATE n = n + VALUES(n),"
                        + " d = DATE_ADD(VALUES(d), INTERVAL 1 DAY)");
    }

    @Test
    void fromMySqlADateInArithmeticIsANumber() {
        sql(MYSQL, "SELECT d + 1 FROM t")
                .schema(SCHEMA)
                .ok("SELECT d + 1 FROM t", MYSQL, MARIADB)
                .fails(POSTGRESQL, "MySQL reads a date in + and - as the number YYYYMMDD")
                .fails(H2, "write DATE_ADD(d, INTERVAL n DAY) or DATEDIFF(a, b) for days")
                .fails(SQLITE, "the date arithmetic d + 1");
        sql(MYSQL, "SELECT x + 1 FROM t")
                .fails(POSTGRESQL, "count days in PostgreSQL but read the date as the number YYYYMMDD in MySQL, and the"
                        + " type of x is unknown");
        sql(MYSQL, "SELECT n + 1, DATEDIFF(d, e) - 1, DAYOFWEEK(d) - 1 FROM t")
                .schema(SCHEMA)
                .ok(POSTGRESQL, "SELECT n + 1, CAST(d AS DATE) - CAST(e AS DATE) - 1, EXTRACT(DOW FROM d) + 1 - 1 FROM t");
    }

    @Test
    void mysqlDateAddKeepsADate() {
        // MySQL: a DATE plus days, months or years is a DATE; plus hours a DATETIME
        sql(MYSQL, "SELECT DATE_ADD(d, INTERVAL 30 DAY), d + INTERVAL 2 HOUR FROM t")
                .schema(SCHEMA)
                .ok(POSTGRESQL, "SELECT CAST(d + INTERVAL '30 day' AS DATE), d + INTERVAL '2 hour' FROM t")
                .ok(H2, "SELECT d + INTERVAL '30' DAY, CAST(d AS TIMESTAMP) + INTERVAL '2' HOUR FROM t")
                .ok(SQLITE, "SELECT date(d, '+30 days'), datetime(d, '+2 hours') FROM t")
                .ok(SQLSERVER, "SELECT DATEADD(DAY, 30, d), DATEADD(HOUR, 2, CAST(d AS DATETIME2)) FROM t");
        sql("SELECT d + INTERVAL '1 day' FROM t")
                .schema(SCHEMA)
                .ok(SQLSERVER, "SELECT DATEADD(DAY, 1, CAST(d AS DATETIME2)) FROM t");
    }
}
