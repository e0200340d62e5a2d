package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import io.retort.dialect.DatabaseVersion;
import io.retort.dialect.Dialect;
import org.junit.jupiter.api.Test;

/** Parameters become JDBC markers bound in the order the rendered SQL needs. */
class ParameterGoldenTest {

    @Test
    void numberedParametersBecomeMarkersInRenderedOrder() {
        sql("SELECT id FROM t WHERE a = $2 AND b = $1")
                .ok(POSTGRESQL, "SELECT id FROM t WHERE a = ? AND b = ?", 2, 1)
                .ok(MYSQL, "SELECT id FROM t WHERE a = ? AND b = ?", 2, 1);
    }

    @Test
    void aParameterUsedTwiceIsBoundTwice() {
        sql("SELECT id FROM t WHERE a = $1 OR b = $1")
                .ok(H2, "SELECT id FROM t WHERE a = ? OR b = ?", 1, 1);
    }

    @Test
    void namedParameters() {
        sql(MYSQL, "SELECT id FROM t WHERE a = :first AND b = :second AND c = :first")
                .ok(POSTGRESQL, "SELECT id FROM t WHERE a = ? AND b = ? AND c = ?", 1, 2, 1);
    }

    @Test
    void mysqlLimitOffsetKeepsItsParameterOrder() {
        // MySQL's LIMIT offset, count binds the offset first: every target writes the offset first too.
        sql(MYSQL, "SELECT id FROM t LIMIT ?, ?")
                .ok(POSTGRESQL, "SELECT id FROM t OFFSET ? LIMIT ?", 1, 2)
                .ok(SQLITE, "SELECT id FROM t LIMIT ?, ?", 1, 2)
                .ok(H2, "SELECT id FROM t OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", 1, 2)
                .ok(SQLSERVER, "SELECT id FROM t ORDER BY (SELECT NULL) OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", 1, 2);
    }

    @Test
    void aParameterRepeatedByAnEmulationIsBoundEachTime() {
        // Oracle's || skips NULLs: the NULL test repeats the parameter.
        sql("SELECT $1 || name FROM t")
                .ok(ORACLE, "SELECT CASE WHEN ? IS NULL OR name IS NULL THEN NULL ELSE ? || name END FROM t", 1, 1);
    }

    @Test
    void postgresJsonOperatorsWithQuestionMarksAreDoubledForJdbc() {
        Fixture.tree(POSTGRESQL, new io.retort.sql.Select(null, java.util.List.of(), false, java.util.List.of(),
                java.util.List.of(new io.retort.sql.SelectItem(new io.retort.sql.BinaryOp(io.retort.sql.Sql.column("j"),
                        io.retort.sql.BinaryOperator.JSON_HAS_KEY, io.retort.sql.Sql.string("k")), null)), null,
                java.util.List.of(io.retort.sql.Sql.table("t")), null, java.util.List.of(), false, null,
                java.util.List.of(), java.util.List.of(), null, java.util.List.of(), io.retort.sql.Comments.NONE))
                .ok(POSTGRESQL, "SELECT j ?? 'k' FROM t")
                .ok(MYSQL, "SELECT JSON_CONTAINS_PATH(j, 'one', '$.k') FROM t");
    }

    @Test
    void versionsDecide() {
        sql(MYSQL, "INSERT INTO t (id, name) VALUES (1, 'a') AS new ON DUPLICATE KEY UPDATE name = new.name")
                .fails(MYSQL, "a row alias")
                .ok(Dialect.of(MYSQL, DatabaseVersion.of(8, 0, 19)), "INSERT INTO t (id, name) VALUES (1, 'a') AS new ON DUPLICATE KEY UPDATE name = new.name");
        sql("SELECT id FROM t ORDER BY id FETCH FIRST 3 ROWS WITH TIES")
                .fails(POSTGRESQL, "WITH TIES")
                .ok(Dialect.of(POSTGRESQL, 13, 0), "SELECT id FROM t ORDER BY id FETCH FIRST 3 ROWS WITH TIES");
    }
}
