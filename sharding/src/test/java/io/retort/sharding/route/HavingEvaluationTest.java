package io.retort.sharding.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.sharding.merge.ColumnSlot;
import io.retort.sharding.merge.RowPredicate;
import io.retort.sql.SqlDialect;
import java.math.BigDecimal;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HAVING evaluated over merged rows: SQL's NULL semantics, numbers of any type, dialect rules for division. */
class HavingEvaluationTest {
    private static final ColumnSlot A = ColumnSlot.hidden(1);

    private static RowPredicate having(String condition, SqlDialect dialect, Object... parameters) throws SQLException {
        RouterFixture f = RouterFixture.shop(dialect);
        return f.route("SELECT status FROM orders GROUP BY status HAVING " + condition, parameters).merge().having();
    }

    private static boolean test(RowPredicate p, Object a) throws SQLException {
        Map<ColumnSlot, Object> values = new HashMap<>();
        values.put(A, a);
        return p.test(values::get);
    }

    @Test
    void comparisonsWithNullAreUnknownAndUnknownDropsTheRow() throws SQLException {
        RowPredicate p = having("SUM(total) > 10", SqlDialect.POSTGRESQL);
        assertThat(test(p, 11L)).isTrue();
        assertThat(test(p, new BigDecimal("10.5"))).isTrue();
        assertThat(test(p, 10)).isFalse();
        assertThat(test(p, null)).isFalse();
        assertThat(test(having("NOT SUM(total) > 10", SqlDialect.POSTGRESQL), null)).isFalse();
        assertThat(test(having("SUM(total) IS NULL", SqlDialect.POSTGRESQL), null)).isTrue();
        assertThat(test(having("SUM(total) > 10 OR TRUE", SqlDialect.POSTGRESQL), null)).isTrue();
        assertThat(test(having("(SUM(total) > 10) IS UNKNOWN", SqlDialect.POSTGRESQL), null)).isTrue();
    }

    @Test
    void inAndBetweenFollowSql() throws SQLException {
        RowPredicate in = having("SUM(total) IN (1, 2, NULL)", SqlDialect.POSTGRESQL);
        assertThat(test(in, 2L)).isTrue();
        assertThat(test(in, 3L)).isFalse(); // unknown
        assertThat(test(having("SUM(total) NOT IN (1, NULL)", SqlDialect.POSTGRESQL), 3L)).isFalse(); // unknown
        assertThat(test(having("SUM(total) NOT IN (1, 2)", SqlDialect.POSTGRESQL), 3L)).isTrue();
        RowPredicate between = having("SUM(total) BETWEEN ? AND ?", SqlDialect.POSTGRESQL, 5, new BigDecimal("7.5"));
        assertThat(test(between, 5.0)).isTrue();
        assertThat(test(between, 7.6)).isFalse();
        assertThat(test(having("SUM(total) NOT BETWEEN 1 AND 3", SqlDialect.POSTGRESQL), 4)).isTrue();
    }

    @Test
    void arithmeticAndDivisionFollowTheApplicationDialect() throws SQLException {
        // PostgreSQL: 7 / 2 = 3 for integers; MySQL: 3.5000
        assertThat(test(having("SUM(total) / 2 = 3", SqlDialect.POSTGRESQL), 7L)).isTrue();
        assertThat(test(having("SUM(total) / 2 = 3.5", SqlDialect.MYSQL), 7L)).isTrue();
        assertThat(test(having("SUM(total) * 2 + 1 - 3 = 12", SqlDialect.POSTGRESQL), 7)).isTrue();
        assertThat(test(having("SUM(total) % 4 = 3", SqlDialect.POSTGRESQL), 7)).isTrue();
        assertThat(test(having("-SUM(total) < 0", SqlDialect.POSTGRESQL), new BigDecimal("0.1"))).isTrue();
        // division by zero: an error in PostgreSQL, NULL in MySQL
        assertThatThrownBy(() -> test(having("SUM(total) / 0 > 1", SqlDialect.POSTGRESQL), 7L))
                .isInstanceOf(SQLDataException.class).extracting("SQLState").isEqualTo("22012");
        assertThat(test(having("SUM(total) / 0 IS NULL", SqlDialect.MYSQL), 7L)).isTrue();
    }

    @Test
    void valuesOfDifferentJavaTypesCompareByValue() throws SQLException {
        assertThat(SqlValues.compare(1, 1L)).isZero();
        assertThat(SqlValues.compare(new BigDecimal("1.0"), 1)).isZero();
        assertThat(SqlValues.compare(2.5, new BigDecimal("2"))).isPositive();
        assertThat(SqlValues.compare("10", 9)).isPositive();
        assertThat(SqlValues.compare(Timestamp.valueOf("2024-01-01 00:00:00"), LocalDateTime.of(2024, 1, 1, 0, 0))).isZero();
        assertThat(SqlValues.compare(null, 1)).isNull();
        assertThatThrownBy(() -> SqlValues.compare("abc", 1)).isInstanceOf(SQLDataException.class);
        assertThat(SqlValues.arithmetic('+', Long.MAX_VALUE, 1L, SqlDialect.POSTGRESQL))
                .isEqualTo(new java.math.BigInteger("9223372036854775808"));
    }

    @Test
    void nullSafeEqualityAndDistinctness() throws SQLException {
        assertThat(test(having("SUM(total) IS NOT DISTINCT FROM NULL", SqlDialect.POSTGRESQL), null)).isTrue();
        assertThat(test(having("SUM(total) IS DISTINCT FROM 1", SqlDialect.POSTGRESQL), null)).isTrue();
        assertThat(test(having("SUM(total) <=> 2", SqlDialect.MYSQL), 2L)).isTrue();
        assertThat(List.of(1)).isNotEmpty();
    }
}
