package io.retort.sharding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.SQLDataException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins the placement contract of HASHING.md. If a test here fails, data already stored under
 * {@code hash-mod} would be looked for on the wrong node: never change an expected value.
 */
class HashingSpecTest {

    /** Published MurmurHash3 x86_32 vectors (seeds 0 and 0x9747b28c), checked against Guava's murmur3_32_fixed. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0x00000000|''|0x00000000",
        "0x00000000|a|0x3c2569b2",
        "0x00000000|abc|0xb3dd93fa",
        "0x00000000|abcd|0x43ed676a",
        "0x00000000|Hello, world!|0xc0363e43",
        "0x00000000|The quick brown fox jumps over the lazy dog|0x2e4ff723",
        "0x9747b28c|''|0xebb6c228",
        "0x9747b28c|a|0x7fa09ea6",
        "0x9747b28c|ab|0x74875592",
        "0x9747b28c|abc|0xc84a62dd",
        "0x9747b28c|abcd|0xf0478627",
        "0x9747b28c|Hello, world!|0x24884cba",
        "0x9747b28c|The quick brown fox jumps over the lazy dog|0x2fa826cd",
    })
    void murmur3MatchesReferenceVectors(String seed, String text, String expected) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        int s = Integer.parseUnsignedInt(seed.substring(2), 16);
        assertThat(Murmur3.hash32(b, b.length, s)).isEqualTo(Integer.parseUnsignedInt(expected.substring(2), 16));
    }

    private static void pinned(Object value, CanonicalValue.Family family, String hexBytes, String hash, int mod4, int mod8)
            throws SQLDataException {
        CanonicalValue c = CanonicalValue.of(value);
        assertThat(c.family()).isEqualTo(family);
        assertThat(HexFormat.of().formatHex(c.bytes())).isEqualTo(hexBytes);
        assertThat(String.format("%08x", c.hash())).isEqualTo(hash);
        assertThat(CanonicalValue.hash(value)).isEqualTo(c.hash());
        assertThat(Integer.remainderUnsigned(c.hash(), 4)).isEqualTo(mod4);
        assertThat(Integer.remainderUnsigned(c.hash(), 8)).isEqualTo(mod8);
    }

    @Test
    void integerVectorsNeverChange() throws SQLDataException {
        pinned(0L, CanonicalValue.Family.INTEGER, "0100", "95b73b8a", 2, 2);
        pinned(1L, CanonicalValue.Family.INTEGER, "0101", "42081a9b", 3, 3);
        pinned(-1L, CanonicalValue.Family.INTEGER, "01ff", "ff65e56a", 2, 2);
        pinned(42L, CanonicalValue.Family.INTEGER, "012a", "19d845df", 3, 7);
        pinned(127L, CanonicalValue.Family.INTEGER, "017f", "e43cc10b", 3, 3);
        pinned(128L, CanonicalValue.Family.INTEGER, "010080", "e6d8d90a", 2, 2);
        pinned(255L, CanonicalValue.Family.INTEGER, "0100ff", "7d5c5aa6", 2, 6);
        pinned(256L, CanonicalValue.Family.INTEGER, "010100", "530e7e1f", 3, 7);
        pinned(-128L, CanonicalValue.Family.INTEGER, "0180", "d73bbf12", 2, 2);
        pinned(-129L, CanonicalValue.Family.INTEGER, "01ff7f", "d4d007b1", 1, 1);
        pinned(Long.MAX_VALUE, CanonicalValue.Family.INTEGER, "017fffffffffffffff", "a4363a51", 1, 1);
        pinned(Long.MIN_VALUE, CanonicalValue.Family.INTEGER, "018000000000000000", "3784e305", 1, 5);
        pinned(new BigInteger("18446744073709551616"), CanonicalValue.Family.INTEGER, "01010000000000000000", "472826ed", 1, 5);
        pinned(new BigDecimal("1E+3"), CanonicalValue.Family.INTEGER, "0103e8", "10e5abb5", 1, 5);
    }

    @Test
    void decimalStringUuidVectorsNeverChange() throws SQLDataException {
        pinned(new BigDecimal("42.5"), CanonicalValue.Family.DECIMAL, "020000000101a9", "2eaa2f9e", 2, 6);
        pinned(new BigDecimal("-0.001"), CanonicalValue.Family.DECIMAL, "0200000003ff", "fe971ccf", 3, 7);
        pinned("", CanonicalValue.Family.STRING, "03", "5e2a8076", 2, 6);
        pinned("a", CanonicalValue.Family.STRING, "0361", "b2ef885d", 1, 5);
        pinned("abc", CanonicalValue.Family.STRING, "03616263", "fdb8d381", 1, 1);
        pinned("42", CanonicalValue.Family.STRING, "033432", "ee7060d5", 1, 5);
        pinned("h\u00e9llo", CanonicalValue.Family.STRING, "0368c3a96c6c6f", "01e8bf47", 3, 7);
        pinned("\u65e5\u672c", CanonicalValue.Family.STRING, "03e697a5e69cac", "383f05ff", 3, 7);
        pinned("\uD83D\uDE00", CanonicalValue.Family.STRING, "03f09f9880", "8481c839", 1, 1);
        pinned(new UUID(0, 0), CanonicalValue.Family.UUID, "0400000000000000000000000000000000", "6a2bb6c4", 0, 4);
        pinned(UUID.fromString("0191e3b2-5c2a-7d3e-8f4b-2a9c1e0b7d44"), CanonicalValue.Family.UUID,
                "040191e3b25c2a7d3e8f4b2a9c1e0b7d44", "527f5d30", 0, 0);
    }

    @Test
    void dateTimeBooleanBytesVectorsNeverChange() throws SQLDataException {
        pinned(LocalDate.of(1970, 1, 1), CanonicalValue.Family.DATE, "050000000000000000", "1eda80a6", 2, 6);
        pinned(LocalDate.of(2024, 2, 29), CanonicalValue.Family.DATE, "050000000000004d46", "8c28401a", 2, 2);
        pinned(LocalDate.of(1969, 12, 31), CanonicalValue.Family.DATE, "05ffffffffffffffff", "759655cc", 0, 4);
        pinned(LocalTime.MIDNIGHT, CanonicalValue.Family.TIME, "060000000000000000", "762ccea5", 1, 5);
        pinned(LocalTime.of(13, 45, 30, 123_000_000), CanonicalValue.Family.TIME, "0600002d0c216318c0", "5a5d54ce", 2, 6);
        pinned(LocalDateTime.of(2024, 1, 1, 0, 0), CanonicalValue.Family.TIMESTAMP, "07000000006592008000000000", "4f94d70a", 2, 2);
        pinned(LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_789), CanonicalValue.Family.TIMESTAMP,
                "070000000065e08a7a075bcd15", "8e20ff68", 0, 0);
        pinned(Instant.parse("2024-01-01T00:00:00Z"), CanonicalValue.Family.TIMESTAMP_TZ, "08000000006592008000000000", "1fccc49d", 1, 5);
        pinned(true, CanonicalValue.Family.BOOLEAN, "0901", "b161a39f", 3, 7);
        pinned(false, CanonicalValue.Family.BOOLEAN, "0900", "2615cb06", 2, 6);
        pinned(new byte[0], CanonicalValue.Family.BYTES, "0a", "924ee0ab", 3, 3);
        pinned(new byte[] {1, 2, 3}, CanonicalValue.Family.BYTES, "0a010203", "798222f0", 0, 0);
    }

    @Test
    void everyJdbcNumberTypeOf42IsOneValue() throws SQLDataException {
        Object[] all = {42, 42L, (short) 42, (byte) 42, BigInteger.valueOf(42), new BigDecimal("42"),
            new BigDecimal("42.00"), new BigDecimal("4.2E+1"), 42.0d, 42.0f, new AtomicLong(42)};
        for (Object v : all) {
            assertThat(CanonicalValue.of(v)).as("%s (%s)", v, v.getClass()).isEqualTo(CanonicalValue.of(42L));
            assertThat(CanonicalValue.hash(v)).isEqualTo(0x19d845df);
        }
    }

    @Test
    void floatingPointUsesItsShortestDecimalText() throws SQLDataException {
        assertThat(CanonicalValue.of(0.1d)).isEqualTo(CanonicalValue.of(new BigDecimal("0.1")));
        assertThat(CanonicalValue.of(0.1f)).isEqualTo(CanonicalValue.of(new BigDecimal("0.1")));
        assertThatThrownBy(() -> CanonicalValue.of(Double.NaN)).isInstanceOf(SQLDataException.class)
                .extracting(e -> ((SQLDataException) e).getSQLState()).isEqualTo("22023");
    }

    @Test
    void instantsAreEqualWhateverTheirOffset() throws SQLDataException {
        Instant i = Instant.parse("2024-01-01T00:00:00Z");
        assertThat(CanonicalValue.of(OffsetDateTime.parse("2024-01-01T02:00:00+02:00"))).isEqualTo(CanonicalValue.of(i));
        assertThat(CanonicalValue.of(ZonedDateTime.ofInstant(i, ZoneId.of("America/New_York")))).isEqualTo(CanonicalValue.of(i));
    }

    @Test
    void jdbcDateTypesEqualTheirJavaTimeCounterparts() throws SQLDataException {
        assertThat(CanonicalValue.of(java.sql.Date.valueOf("2024-02-29"))).isEqualTo(CanonicalValue.of(LocalDate.of(2024, 2, 29)));
        assertThat(CanonicalValue.of(java.sql.Time.valueOf("13:45:30"))).isEqualTo(CanonicalValue.of(LocalTime.of(13, 45, 30)));
        assertThat(CanonicalValue.of(java.sql.Timestamp.valueOf("2024-02-29 13:45:30.123456789")))
                .isEqualTo(CanonicalValue.of(LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_789)));
        assertThat(CanonicalValue.of('x')).isEqualTo(CanonicalValue.of("x"));
        assertThat(CanonicalValue.of(new StringBuilder("ab"))).isEqualTo(CanonicalValue.of("ab"));
    }

    @Test
    void familiesNeverCollide() throws SQLDataException {
        assertThat(CanonicalValue.of("42")).isNotEqualTo(CanonicalValue.of(42));
        assertThat(CanonicalValue.of(true)).isNotEqualTo(CanonicalValue.of(1));
        assertThat(CanonicalValue.of(LocalDateTime.of(2024, 1, 1, 0, 0)))
                .isNotEqualTo(CanonicalValue.of(Instant.parse("2024-01-01T00:00:00Z")));
    }

    @Test
    void nullAndUnsupportedTypesAreRejected() {
        assertThatThrownBy(() -> CanonicalValue.of(null)).isInstanceOf(SQLDataException.class)
                .hasMessageContaining("NULL").extracting(e -> ((SQLDataException) e).getSQLState()).isEqualTo("22004");
        assertThatThrownBy(() -> CanonicalValue.of(new Object())).isInstanceOf(SQLDataException.class)
                .hasMessageContaining("java.lang.Object");
    }

    @Test
    void comparisonFollowsTheFamily() throws SQLDataException {
        assertThat(CanonicalValue.of(2).compareTo(CanonicalValue.of(new BigDecimal("10.5")))).isNegative();
        assertThat(CanonicalValue.of(new BigInteger("99999999999999999999")).compareTo(CanonicalValue.of(Long.MAX_VALUE))).isPositive();
        // code point order: U+FFFD sorts before U+1F600 although its UTF-16 unit is larger
        assertThat(CanonicalValue.of("\uFFFD").compareTo(CanonicalValue.of("\uD83D\uDE00"))).isNegative();
        assertThat(CanonicalValue.of(new UUID(-1, 0)).compareTo(CanonicalValue.of(new UUID(1, 0)))).isPositive();
        assertThat(CanonicalValue.of("a").isComparableTo(CanonicalValue.of(1))).isFalse();
        assertThatThrownBy(() -> CanonicalValue.of("a").compareTo(CanonicalValue.of(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void integralValuesHashAlikeInEveryRepresentation(@ForAll long v, @ForAll @IntRange(min = 0, max = 5) int zeros)
            throws SQLDataException {
        int expected = CanonicalValue.hash(v);
        assertThat(CanonicalValue.hash(BigInteger.valueOf(v))).isEqualTo(expected);
        assertThat(CanonicalValue.hash(new BigDecimal(BigInteger.valueOf(v)).setScale(zeros))).isEqualTo(expected);
        assertThat(CanonicalValue.of(v).bytes()).isEqualTo(concat(new byte[] {1}, BigInteger.valueOf(v).toByteArray()));
        if (v == (int) v) {
            assertThat(CanonicalValue.hash((int) v)).isEqualTo(expected);
        }
    }

    @Property
    void decimalsHashAlikeWithTrailingZeros(@ForAll long unscaled, @ForAll @IntRange(min = -5, max = 12) int scale,
            @ForAll @IntRange(min = 0, max = 4) int zeros) throws SQLDataException {
        BigDecimal d = BigDecimal.valueOf(unscaled, scale);
        assertThat(CanonicalValue.hash(d.setScale(scale + zeros))).isEqualTo(CanonicalValue.hash(d));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
