package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** String concatenation: ||, CONCAT, CONCAT_WS and +, by their NULL semantics. */
class ConcatGoldenTest {

    @Test
    void pipesGiveNullWithANullOperand() {
        sql("SELECT first_name || ' ' || last_name FROM people")
                .ok("SELECT first_name || ' ' || last_name FROM people", POSTGRESQL, SQLITE, H2)
                .ok("SELECT CONCAT(first_name, ' ', last_name) FROM people", MYSQL, MARIADB)
                .ok(ORACLE,
                        "SELECT CASE WHEN first_name IS NULL OR last_name IS NULL THEN NULL ELSE first_name || ' ' || last_name END FROM people")
                .ok(SQLSERVER,
                        "SELECT CAST(first_name AS NVARCHAR(MAX)) + ' ' + CAST(last_name AS NVARCHAR(MAX)) FROM people");
    }

    @Test
    void pipesWithoutTextOperand() {
        sql("SELECT a || b FROM t")
                .ok("SELECT a || b FROM t", POSTGRESQL, SQLITE, H2)
                .ok("SELECT CONCAT(a, b) FROM t", MYSQL, MARIADB)
                .ok(ORACLE, "SELECT CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE a || b END FROM t")
                .ok(SQLSERVER, "SELECT CAST(a AS NVARCHAR(MAX)) + CAST(b AS NVARCHAR(MAX)) FROM t");
    }

    @Test
    void concatFunctionSkipsNulls() {
        sql("SELECT concat(first_name, ' ', last_name) FROM people")
                .ok("SELECT concat(first_name, ' ', last_name) FROM people", POSTGRESQL, H2, SQLSERVER)
                .ok("SELECT CONCAT_WS('', first_name, ' ', last_name) FROM people", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT COALESCE(first_name, '') || ' ' || COALESCE(last_name, '') FROM people")
                .ok(ORACLE, "SELECT first_name || ' ' || last_name FROM people");
    }

    @Test
    void concatWsEverywhere() {
        sql("SELECT concat_ws(', ', city, country) FROM addresses")
                .ok("SELECT concat_ws(', ', city, country) FROM addresses", POSTGRESQL, MYSQL, MARIADB, H2, SQLSERVER)
                .ok(SQLITE,
                        "SELECT substr(COALESCE(', ' || city, '') || COALESCE(', ' || country, ''), length(', ') + 1) FROM addresses")
                .fails(ORACLE, "concat_ws(...)");
    }
}
