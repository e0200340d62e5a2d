package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** {@code GROUP BY 1}: a select item's position in PostgreSQL, MySQL and SQLite; a constant in H2. */
class GroupByPositionGoldenTest {

    @Test
    void positionsBecomeTheirExpressions() {
        sql("SELECT status, upper(note), count(*) FROM orders GROUP BY 1, 2 ORDER BY 1")
                .schema("CREATE TABLE orders (status text NOT NULL, note text NOT NULL)")
                .ok("SELECT status, upper(note), count(*) FROM orders GROUP BY 1, 2 ORDER BY 1", POSTGRESQL, MYSQL, MARIADB,
                        SQLITE)
                .ok("SELECT status, upper(note), count(*) FROM orders GROUP BY status, upper(note) ORDER BY 1", H2, ORACLE,
                        SQLSERVER);
    }

    @Test
    void positionsMixWithExpressions() {
        sql("SELECT a, b, count(*) FROM t GROUP BY 2, a")
                .ok("SELECT a, b, count(*) FROM t GROUP BY b, a", H2, ORACLE, SQLSERVER);
    }

    @Test
    void anItemWithAParameterIsNamedByItsAliasOnH2() {
        sql("SELECT substr(name, $1, 2) AS k, count(*) FROM t GROUP BY 1")
                .ok(H2, "SELECT SUBSTRING(name FROM GREATEST(?, 1) FOR GREATEST(? + 2 - GREATEST(?, 1), 0)) AS k, count(*)"
                        + " FROM t GROUP BY k")
                .fails(SQLSERVER, "GROUP BY 1 naming an expression with a parameter");
        sql("SELECT substr(name, $1, 2), count(*) FROM t GROUP BY 1")
                .fails(H2, "GROUP BY 1 naming an expression with a parameter");
    }

    @Test
    void aPositionOutsideTheSelectListIsRefused() {
        sql("SELECT a FROM t GROUP BY 2").fails(H2, "the select list has 1 items");
        sql("SELECT * FROM t GROUP BY 1").fails(H2, "GROUP BY 1 naming *");
    }

    @Test
    void fromH2ANumberIsAConstant() {
        sql(H2, "SELECT count(*) FROM t GROUP BY 1")
                .fails(POSTGRESQL, "H2 reads it as a constant, PostgreSQL as the position of a select item")
                .fails(MYSQL, "GROUP BY 1");
    }
}
