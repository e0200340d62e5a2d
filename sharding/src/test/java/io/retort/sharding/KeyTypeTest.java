package io.retort.sharding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLDataException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeyTypeTest {

    @Test
    void integerAcceptsIntegralNumbersAndNumericStrings() throws SQLDataException {
        assertThat(KeyType.INTEGER.coerce(42)).isEqualTo(42L);
        assertThat(KeyType.INTEGER.coerce(" 42 ")).isEqualTo(42L);
        assertThat(KeyType.INTEGER.coerce(new BigDecimal("42.000"))).isEqualTo(42L);
        assertThat(KeyType.INTEGER.coerce(42.0d)).isEqualTo(42L);
        assertThat(KeyType.INTEGER.coerce("123456789012345678901234567890"))
                .isEqualTo(new BigInteger("123456789012345678901234567890"));
        for (Object bad : new Object[] {"4x", new BigDecimal("4.5"), "", true, LocalDate.EPOCH}) {
            assertThatThrownBy(() -> KeyType.INTEGER.coerce(bad)).isInstanceOf(SQLDataException.class)
                    .hasMessageContaining("is not a valid integer")
                    .extracting(e -> ((SQLDataException) e).getSQLState()).isEqualTo("22018");
        }
    }

    @Test
    void stringTurnsNumbersIntoTheirSqlText() throws SQLDataException {
        assertThat(KeyType.STRING.coerce(42)).isEqualTo("42");
        assertThat(KeyType.STRING.coerce(new BigDecimal("4.50"))).isEqualTo("4.50");
        UUID u = UUID.randomUUID();
        assertThat(KeyType.STRING.coerce(u)).isEqualTo(u.toString());
        assertThat(KeyType.STRING.coerce(LocalDate.of(2024, 3, 1))).isEqualTo("2024-03-01");
        assertThatThrownBy(() -> KeyType.STRING.coerce(1.5d)).isInstanceOf(SQLDataException.class);
    }

    @Test
    void temporalAndUuidParsing() throws SQLDataException {
        assertThat(KeyType.DATE.coerce("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(KeyType.DATE.coerce(java.sql.Date.valueOf("2024-02-29"))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(KeyType.TIME.coerce("10:15")).isEqualTo(LocalTime.of(10, 15));
        assertThat(KeyType.TIMESTAMP.coerce("2024-02-29 10:15:30.5")).isEqualTo(LocalDateTime.of(2024, 2, 29, 10, 15, 30, 500_000_000));
        assertThat(KeyType.TIMESTAMP.coerce("2024-02-29T10:15")).isEqualTo(LocalDateTime.of(2024, 2, 29, 10, 15));
        assertThat(KeyType.TIMESTAMP.coerce("2024-02-29")).isEqualTo(LocalDateTime.of(2024, 2, 29, 0, 0));
        assertThat(KeyType.TIMESTAMP.coerce(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDateTime.of(2024, 2, 29, 0, 0));
        UUID u = new UUID(0x0123456789abcdefL, 0xfedcba9876543210L);
        assertThat(KeyType.UUID.coerce(u.toString())).isEqualTo(u);
        assertThat(KeyType.UUID.coerce(new byte[] {1, 35, 69, 103, -119, -85, -51, -17, -2, -36, -70, -104, 118, 84, 50, 16}))
                .isEqualTo(u);
        assertThatThrownBy(() -> KeyType.DATE.coerce("2024-02-30")).hasMessageContaining("not a valid date");
        assertThatThrownBy(() -> KeyType.UUID.coerce("nope")).hasMessageContaining("not a valid uuid");
    }

    @Test
    void autoKeepsValuesAndNullIsRefused() throws SQLDataException {
        Object o = new Object();
        assertThat(KeyType.AUTO.coerce(o)).isSameAs(o);
        assertThatThrownBy(() -> KeyType.INTEGER.coerce(null)).isInstanceOf(SQLDataException.class)
                .extracting(e -> ((SQLDataException) e).getSQLState()).isEqualTo("22004");
        assertThat(KeyType.fromYamlName("timestamp")).isEqualTo(KeyType.TIMESTAMP);
        assertThat(KeyType.fromYamlName("TIMESTAMP")).isNull();
    }
}
