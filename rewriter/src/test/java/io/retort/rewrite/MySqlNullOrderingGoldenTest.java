package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** Where NULLs sort, made explicit when source and target disagree (MySQL source). */
class MySqlNullOrderingGoldenTest {

    @Test
    void ascendingNullsFirstInMySql() {
        sql(MYSQL, "SELECT a FROM t ORDER BY a")
                .ok("SELECT a FROM t ORDER BY a NULLS FIRST", POSTGRESQL, ORACLE)
                .ok("SELECT a FROM t ORDER BY a", MYSQL, MARIADB, SQLITE, H2, SQLSERVER);
    }

    @Test
    void descendingNullsLastInMySql() {
        sql(MYSQL, "SELECT a FROM t ORDER BY a DESC")
                .ok("SELECT a FROM t ORDER BY a DESC NULLS LAST", POSTGRESQL, ORACLE)
                .ok("SELECT a FROM t ORDER BY a DESC", MYSQL, MARIADB, SQLITE, H2, SQLSERVER);
    }
}
