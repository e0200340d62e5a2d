package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** Date and time: now(), CURRENT_TIMESTAMP, interval arithmetic, EXTRACT. */
class DateTimeGoldenTest {

    @Test
    void nowAndCurrentTimestamp() {
        sql("SELECT now(), CURRENT_TIMESTAMP, CURRENT_DATE")
                .ok("SELECT now(), CURRENT_TIMESTAMP, CURRENT_DATE", POSTGRESQL, MYSQL, MARIADB, H2)
                .ok(SQLITE, "SELECT CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_DATE")
                .ok(ORACLE, "SELECT CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_DATE FROM DUAL")
                .ok(SQLSERVER, "SELECT CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CAST(GETDATE() AS DATE)");
    }

    @Test
    void intervalArithmetic() {
        sql("SELECT created + INTERVAL '1 day', created - INTERVAL '2 hours' FROM t")
                .ok(POSTGRESQL, "SELECT created + INTERVAL '1 day', created - INTERVAL '2 hours' FROM t")
                .ok("SELECT created + INTERVAL 1 DAY, created - INTERVAL 2 HOUR FROM t", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT datetime(created, '+1 days'), datetime(created, '-2 hours') FROM t")
                .ok(H2, "SELECT created + INTERVAL '1' DAY, created - INTERVAL '2' HOUR FROM t")
                .ok(ORACLE, "SELECT created + NUMTODSINTERVAL(1, 'DAY'), created + NUMTODSINTERVAL(-2, 'HOUR') FROM t")
                .ok(SQLSERVER, "SELECT DATEADD(DAY, 1, created), DATEADD(HOUR, -2, created) FROM t");
    }

    @Test
    void intervalMonths() {
        sql("SELECT created + INTERVAL '1 month' FROM t")
                .ok(POSTGRESQL, "SELECT created + INTERVAL '1 month' FROM t")
                .ok("SELECT created + INTERVAL 1 MONTH FROM t", MYSQL, MARIADB)
                .fails(SQLITE, "adding months or years to a date")
                .ok(H2, "SELECT created + INTERVAL '1' MONTH FROM t")
                .ok(ORACLE, "SELECT ADD_MONTHS(created, 1) FROM t")
                .ok(SQLSERVER, "SELECT DATEADD(MONTH, 1, created) FROM t");
    }

    @Test
    void intervalWithSeveralParts() {
        sql("SELECT created + INTERVAL '1 day 2 hours' FROM t")
                .ok(POSTGRESQL, "SELECT created + INTERVAL '1 day 2 hours' FROM t")
                .ok("SELECT created + INTERVAL 1 DAY + INTERVAL 2 HOUR FROM t", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT datetime(created, '+1 days', '+2 hours') FROM t")
                .ok(H2, "SELECT created + INTERVAL '1' DAY + INTERVAL '2' HOUR FROM t")
                .ok(ORACLE, "SELECT created + NUMTODSINTERVAL(1, 'DAY') + NUMTODSINTERVAL(2, 'HOUR') FROM t")
                .ok(SQLSERVER, "SELECT DATEADD(HOUR, 2, DATEADD(DAY, 1, created)) FROM t");
    }

    @Test
    void dateColumnPlusInterval() {
        sql("SELECT d + INTERVAL '1 day' FROM t")
                .ok(POSTGRESQL, "SELECT d + INTERVAL '1 day' FROM t")
                .ok("SELECT d + INTERVAL 1 DAY FROM t", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT datetime(d, '+1 days') FROM t")
                .ok(H2, "SELECT d + INTERVAL '1' DAY FROM t")
                .ok(ORACLE, "SELECT d + NUMTODSINTERVAL(1, 'DAY') FROM t")
                .ok(SQLSERVER, "SELECT DATEADD(DAY, 1, d) FROM t");
    }

    @Test
    void timePlusIntervalIsATime() {
        // PostgreSQL wraps at midnight: 00:30:00
        sql("SELECT TIME '23:30:00' + INTERVAL '1 hour'")
                .ok(SQLITE, "SELECT time('23:30:00', '+1 hours')")
                .ok("SELECT TIME(TIMESTAMP('2000-01-01', TIME '23:30:00') + INTERVAL 1 HOUR)", MYSQL, MARIADB)
                .ok(H2, "SELECT CAST(CAST(TIME '23:30:00' AS TIMESTAMP) + INTERVAL '1' HOUR AS TIME)")
                .ok(SQLSERVER, "SELECT DATEADD(HOUR, 1, CAST('23:30:00' AS TIME))");
    }

    @Test
    void extract() {
        sql("SELECT EXTRACT(YEAR FROM created), EXTRACT(MONTH FROM created), EXTRACT(DAY FROM created) FROM t")
                .ok("SELECT EXTRACT(YEAR FROM created), EXTRACT(MONTH FROM created), EXTRACT(DAY FROM created) FROM t",
                        POSTGRESQL, MYSQL, MARIADB, H2, ORACLE)
                .ok(SQLITE,
                        "SELECT CAST(strftime('%Y', created) AS INTEGER), CAST(strftime('%m', created) AS INTEGER), CAST(strftime('%d', created) AS INTEGER) FROM t")
                .ok(SQLSERVER,
                        "SELECT DATEPART(YEAR, created), DATEPART(MONTH, created), DATEPART(DAY, created) FROM t");
    }

    @Test
    void extractDayOfWeek() {
        sql("SELECT EXTRACT(DOW FROM created) FROM t")
                .ok(POSTGRESQL, "SELECT EXTRACT(DOW FROM created) FROM t")
                .ok("SELECT DAYOFWEEK(created) - 1 FROM t", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT CAST(strftime('%w', created) AS INTEGER) FROM t")
                .ok(H2, "SELECT EXTRACT(DOW FROM created) - 1 FROM t")
                .fails(ORACLE, "the day of the week")
                .fails(SQLSERVER, "the day of the week");
    }

    @Test
    void extractEpoch() {
        sql("SELECT EXTRACT(EPOCH FROM created) FROM t")
                .ok("SELECT EXTRACT(EPOCH FROM created) FROM t", POSTGRESQL, H2, ORACLE)
                .ok("SELECT UNIX_TIMESTAMP(created) FROM t", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT CAST(strftime('%s', created) AS INTEGER) FROM t")
                .ok(SQLSERVER, "SELECT DATEDIFF_BIG(SECOND, '1970-01-01', created) FROM t");
    }
}
