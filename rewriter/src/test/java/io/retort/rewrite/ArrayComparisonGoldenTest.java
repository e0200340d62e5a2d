package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** PostgreSQL's comparisons with an array literal ({@code = ANY(ARRAY[...])}) where there are no arrays. */
class ArrayComparisonGoldenTest {

    @Test
    void equalsAnyIsIn() {
        sql("SELECT id FROM orders WHERE customer_id = ANY(ARRAY[6, 16, NULL]) AND status = SOME(ARRAY[$1, $2])")
                .ok("SELECT id FROM orders WHERE customer_id = ANY (ARRAY[6, 16, NULL]) AND status = SOME (ARRAY[?, ?])",
                        POSTGRESQL, H2)
                .ok("SELECT id FROM orders WHERE customer_id IN (6, 16, NULL) AND status IN (?, ?)", MYSQL, MARIADB, SQLITE,
                        ORACLE, SQLSERVER);
    }

    @Test
    void notEqualsAllIsNotIn() {
        // the same three-valued logic: a NULL element makes every non-match NULL in both
        sql("SELECT id FROM orders WHERE status <> ALL(ARRAY['new', NULL])")
                .ok("SELECT id FROM orders WHERE status <> ALL (ARRAY['new', NULL])", POSTGRESQL, H2)
                .ok("SELECT id FROM orders WHERE status NOT IN ('new', NULL)", MYSQL, MARIADB, SQLITE, ORACLE, SQLSERVER);
    }

    @Test
    void otherOperatorsExpandWhenTheOperandMayBeRepeated() {
        sql("SELECT id FROM t WHERE a > ANY(ARRAY[1, 2]) AND b <= ALL(ARRAY[$1, $2]) AND c = ALL(ARRAY[3])")
                .ok("SELECT id FROM t WHERE (a > 1 OR a > 2) AND (b <= ? AND b <= ?) AND c = 3", MYSQL, MARIADB, SQLITE)
                .ok(SQLSERVER, "SELECT id FROM t WHERE (a > 1 OR a > 2) AND (b <= ? AND b <= ?) AND c = 3");
        sql("SELECT id FROM t WHERE random() > ANY(ARRAY[0.5, 0.7])")
                .fails(MARIADB, "ANY (array)");
    }

    @Test
    void anArrayThatIsNotWrittenOutIsRefused() {
        sql("SELECT id FROM t WHERE a = ANY($1)")
                .ok("SELECT id FROM t WHERE a = ANY (?)", POSTGRESQL, H2)
                .fails(MARIADB, "ANY (array)")
                .fails(SQLITE, "ANY (array)");
    }
}
