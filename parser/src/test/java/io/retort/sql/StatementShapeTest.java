package io.retort.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.parser.SqlParser;
import org.junit.jupiter.api.Test;

class StatementShapeTest {

    private static StatementShape shape(String sql) {
        return StatementShape.of(SqlParser.parse(sql, SqlDialect.POSTGRESQL));
    }

    @Test
    void literalValuesDoNotChangeTheShape() {
        assertThat(shape("SELECT * FROM t WHERE id = 1 AND name = 'a' LIMIT 10"))
                .isEqualTo(shape("SELECT * FROM t WHERE id = 42 AND name = 'bcd' LIMIT 5"))
                .hasSameHashCodeAs(shape("SELECT * FROM t WHERE id = 42 AND name = 'bcd' LIMIT 5"));
        assertThat(shape("SELECT * FROM t WHERE d = DATE '2020-01-01'")).isEqualTo(shape("SELECT * FROM t WHERE d = DATE '1999-12-31'"));
        assertThat(shape("SELECT * FROM t WHERE f = TRUE")).isEqualTo(shape("SELECT * FROM t WHERE f = FALSE"));
    }

    @Test
    void structureChangesTheShape() {
        assertThat(shape("SELECT * FROM t WHERE id = 1")).isNotEqualTo(shape("SELECT * FROM t WHERE id = '1'"));
        assertThat(shape("SELECT * FROM t WHERE id = 1")).isNotEqualTo(shape("SELECT * FROM t WHERE id = NULL"));
        assertThat(shape("SELECT * FROM t WHERE id IN (1, 2)")).isNotEqualTo(shape("SELECT * FROM t WHERE id IN (1, 2, 3)"));
        assertThat(shape("SELECT * FROM t WHERE id = 1")).isNotEqualTo(shape("SELECT * FROM u WHERE id = 1"));
        assertThat(shape("SELECT * FROM t WHERE id = $1")).isNotEqualTo(shape("SELECT * FROM t WHERE id = $2"));
        assertThat(shape("/* shard=1 */ SELECT 1")).isNotEqualTo(shape("/* shard=2 */ SELECT 1"));
    }

    @Test
    void literalsAreKeptInOrder() {
        assertThat(shape("SELECT 'x' FROM t WHERE a = 1 LIMIT 10").literals())
                .containsExactly(new StringLiteral("x", null), new NumberLiteral("1"), new NumberLiteral("10"));
    }
}
