package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** MySQL date functions: DATE_ADD, YEAR(), CURDATE(), DATEDIFF, DAYOFWEEK. */
class MySqlDateTimeGoldenTest {

    @Test
    void dateAddAndIntervals() {
        sql(MYSQL, "SELECT DATE_ADD(created, INTERVAL 1 DAY), created - INTERVAL 3 MONTH, DATE_SUB(created, INTERVAL ? HOUR) FROM t")
                .ok(POSTGRESQL,
                        "SELECT created + INTERVAL '1 day', created - INTERVAL '3 month', created - ? * INTERVAL '1 hour' FROM t")
                .ok("SELECT DATE_ADD(created, INTERVAL 1 DAY), created - INTERVAL 3 MONTH, DATE_SUB(created, INTERVAL ? HOUR) FROM t",
                        MYSQL, MARIADB)
                .fails(SQLITE, "adding months or years to a date")
                .ok(H2,
                        "SELECT created + INTERVAL '1' DAY, created - INTERVAL '3' MONTH, DATEADD(HOUR, -?, created) FROM t")
                .ok(ORACLE,
                        "SELECT created + NUMTODSINTERVAL(1, 'DAY'), ADD_MONTHS(created, -3), created + NUMTODSINTERVAL(-?, 'HOUR') FROM t")
                .ok(SQLSERVER,
                        "SELECT DATEADD(DAY, 1, created), DATEADD(MONTH, -3, created), DATEADD(HOUR, -?, created) FROM t");
    }

    @Test
    void yearMonthDay() {
        sql(MYSQL, "SELECT YEAR(created), MONTH(created), DAY(created), HOUR(created) FROM t")
                .ok("SELECT EXTRACT(YEAR FROM created), EXTRACT(MONTH FROM created), EXTRACT(DAY FROM created), EXTRACT(HOUR FROM created) FROM t",
                        POSTGRESQL, H2, ORACLE)
                .ok("SELECT YEAR(created), MONTH(created), DAY(created), HOUR(created) FROM t", MYSQL, MARIADB)
                .ok(SQLITE,
                        "SELECT CAST(strftime('%Y', created) AS INTEGER), CAST(strftime('%m', created) AS INTEGER), CAST(strftime('%d', created) AS INTEGER), CAST(strftime('%H', created) AS INTEGER) FROM t")
                .ok(SQLSERVER,
                        "SELECT DATEPART(YEAR, created), DATEPART(MONTH, created), DATEPART(DAY, created), DATEPART(HOUR, created) FROM t");
    }

    @Test
    void curdateAndDatediff() {
        sql(MYSQL, "SELECT CURDATE(), DATEDIFF(a, b), DAYOFWEEK(created) FROM t")
                .ok(POSTGRESQL,
                        "SELECT CURRENT_DATE, CAST(a AS DATE) - CAST(b AS DATE), EXTRACT(DOW FROM created) + 1 FROM t")
                .ok("SELECT CURDATE(), DATEDIFF(a, b), DAYOFWEEK(created) FROM t", MYSQL, MARIADB)
                .ok(SQLITE,
                        "SELECT CURRENT_DATE, CAST(julianday(date(a)) - julianday(date(b)) AS INTEGER), CAST(strftime('%w', created) AS INTEGER) + 1 FROM t")
                .ok(H2,
                        "SELECT CURRENT_DATE, DATEDIFF(DAY, CAST(b AS DATE), CAST(a AS DATE)), EXTRACT(DOW FROM created) FROM t")
                .fails(ORACLE, "the day of the week")
                .fails(SQLSERVER, "the day of the week");
    }
}
