package io.retort.sharding.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValueComparatorTest {

    private final ValueComparator values = new ValueComparator(StringCollation.binary());

    private int sign(Object a, Object b) throws SQLException {
        return Integer.signum(values.compare(a, b));
    }

    @Test
    void numbersCompareByValueWhateverTheirClass() throws SQLException {
        assertThat(sign(7, 7L)).isZero();
        assertThat(sign(7, new BigDecimal("7.000"))).isZero();
        assertThat(sign((short) 7, BigInteger.valueOf(7))).isZero();
        assertThat(sign((byte) -1, 0L)).isNegative();
        assertThat(sign(Long.MAX_VALUE, new BigDecimal("9223372036854775807.5"))).isNegative();
        assertThat(sign(0.1, new BigDecimal("0.1"))).as("a double is its exact binary value").isPositive();
        assertThat(sign(2.5, new BigDecimal("2.5"))).isZero();
        assertThat(sign(3, 2.9999)).isPositive();
        assertThat(sign(1e300, Long.MAX_VALUE)).isPositive();
        assertThat(sign(Double.NaN, Double.POSITIVE_INFINITY)).as("NaN sorts above every number").isPositive();
        assertThat(sign(Double.NaN, new BigDecimal("1e400"))).isPositive();
        assertThat(sign(Double.NEGATIVE_INFINITY, Long.MIN_VALUE)).isNegative();
        assertThat(sign(-0.0, 0.0)).isZero();
        assertThat(sign(1.5f, 1.5)).isZero();
        assertThat(sign(true, 1)).isZero();
        assertThat(sign(false, true)).isNegative();
    }

    @Test
    void keysAgreeWithCompare() throws SQLException {
        Random r = new Random(1);
        List<Object> pool = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long n = r.nextInt(20) - 10;
            pool.add(switch (r.nextInt(7)) {
                case 0 -> (int) n;
                case 1 -> n;
                case 2 -> BigDecimal.valueOf(n).setScale(r.nextInt(4));
                case 3 -> (double) n / (1 + r.nextInt(2));
                case 4 -> BigInteger.valueOf(n);
                case 5 -> new BigDecimal(n).movePointLeft(1);
                default -> (short) n;
            });
        }
        for (Object a : pool) {
            for (Object b : pool) {
                boolean equal = values.compare(a, b) == 0;
                assertThat(values.key(a).equals(values.key(b))).as("%s (%s) vs %s (%s)", a, a.getClass(), b, b.getClass())
                        .isEqualTo(equal);
                if (equal) {
                    assertThat(values.key(a).hashCode()).isEqualTo(values.key(b).hashCode());
                }
            }
        }
    }

    @Test
    void datesAndTimes() throws SQLException {
        assertThat(sign(java.sql.Date.valueOf("2024-01-02"), LocalDate.of(2024, 1, 2))).isZero();
        assertThat(sign(java.sql.Date.valueOf("2024-01-02"), LocalDateTime.of(2024, 1, 2, 0, 0))).isZero();
        assertThat(sign(java.sql.Date.valueOf("2024-01-02"), Timestamp.valueOf("2024-01-02 00:00:01"))).isNegative();
        assertThat(sign(Timestamp.valueOf("2024-01-02 10:00:00.000000001"), LocalDateTime.of(2024, 1, 2, 10, 0))).isPositive();
        assertThat(sign(Time.valueOf("10:00:00"), LocalTime.of(9, 59))).isPositive();
        assertThat(sign(OffsetDateTime.of(2024, 1, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2)),
                OffsetDateTime.of(2024, 1, 1, 11, 0, 0, 0, ZoneOffset.UTC))).as("offset date-times by instant").isNegative();
        assertThat(sign(Instant.EPOCH, OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))).isZero();
        assertThat(values.key(java.sql.Date.valueOf("2024-01-02"))).isEqualTo(values.key(LocalDate.of(2024, 1, 2)));
    }

    @Test
    void uuidsBytesAndStrings() throws SQLException {
        UUID low = new UUID(0x7fffffffffffffffL, 0);
        UUID high = new UUID(0x8000000000000000L, 0);
        assertThat(low.compareTo(high)).as("Java's order is signed").isPositive();
        assertThat(sign(low, high)).as("databases compare unsigned").isNegative();
        assertThat(sign(high, high.toString())).isZero();
        assertThat(sign(new byte[] {(byte) 0x80}, new byte[] {0x7f})).isPositive();
        assertThat(sign(new byte[] {1, 2}, new byte[] {1, 2, 0})).isNegative();
        assertThat(values.key(new byte[] {1, 2})).isEqualTo(values.key(new byte[] {1, 2}));
        assertThat(sign("b", "a")).isPositive();
        assertThat(sign('a', "a")).isZero();
    }

    @Test
    void incomparableTypesFailClearly() {
        assertThatThrownBy(() -> values.compare(1, "1")).isInstanceOf(SQLDataException.class)
                .hasMessageContaining("cannot compare a java.lang.Integer (1) with a java.lang.String (1)")
                .hasMessageContaining("the shards return different types for one column");
    }

    @Test
    void sameTreatsNullAsEqualToNull() throws SQLException {
        assertThat(values.same(null, null)).isTrue();
        assertThat(values.same(null, 0)).isFalse();
        assertThat(values.same(1, 1.0)).isTrue();
        assertThat(values.key(null)).isEqualTo(values.key(null)).isNotEqualTo(values.key(0));
    }
}
