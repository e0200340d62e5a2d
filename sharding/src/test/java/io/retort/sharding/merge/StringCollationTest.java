package io.retort.sharding.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StringCollationTest {

    private static List<String> sorted(StringCollation c, String... words) {
        ValueComparator values = new ValueComparator(c);
        List<String> list = new ArrayList<>(List.of(words));
        list.sort((a, b) -> {
            try {
                return values.compare(a, b);
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
        });
        return list;
    }

    private static boolean equal(StringCollation c, String a, String b) throws SQLException {
        ValueComparator values = new ValueComparator(c);
        boolean same = values.compare(a, b) == 0;
        assertThat(values.key(a).equals(values.key(b))).as("key agrees with compare for %s / %s", a, b).isEqualTo(same);
        return same;
    }

    @Test
    void binaryIsCodePointOrder() throws SQLException {
        // U+FFFD sorts after U+10000 in UTF-16 unit order but before it in code point (and UTF-8 byte) order
        String supplementary = new String(Character.toChars(0x10000));
        assertThat("\uFFFD".compareTo(supplementary)).isPositive();
        assertThat(sorted(StringCollation.binary(), supplementary, "\uFFFD", "b", "B", "a"))
                .containsExactly("B", "a", "b", "\uFFFD", supplementary);
        assertThat(equal(StringCollation.binary(), "a", "A")).isFalse();
    }

    @Test
    void caseInsensitive() throws SQLException {
        StringCollation ci = StringCollation.caseInsensitive();
        assertThat(sorted(ci, "banana", "Apple", "apricot", "BANANA2")).containsExactly("Apple", "apricot", "banana", "BANANA2");
        assertThat(equal(ci, "Straße", "STRASSE")).as("simple folding, not full case mapping").isFalse();
        assertThat(equal(ci, "ÄBC", "äbc")).isTrue();
        assertThat(equal(ci, "a", "b")).isFalse();
    }

    @Test
    void localeCollatorWithStrength() throws SQLException {
        StringCollation primary = StringCollation.locale(Locale.ROOT, Collator.PRIMARY);
        assertThat(equal(primary, "resume", "Résumé")).isTrue();
        StringCollation tertiary = StringCollation.locale(Locale.US);
        assertThat(equal(tertiary, "resume", "Résumé")).isFalse();
        assertThat(sorted(tertiary, "b", "A", "a", "B")).containsExactly("a", "A", "b", "B");
        assertThat(tertiary.name()).isEqualTo("locale:en-US:tertiary");
    }

    @Test
    void padSpaceIgnoresTrailingSpaces() throws SQLException {
        assertThat(equal(StringCollation.binary().padSpace(), "ab", "ab   ")).isTrue();
        assertThat(equal(StringCollation.binary(), "ab", "ab ")).isFalse();
        assertThat(equal(StringCollation.caseInsensitive().padSpace(), "AB ", "ab")).isTrue();
        assertThat(equal(StringCollation.binary().padSpace(), " ab", "ab")).isFalse();
    }

    @Test
    void forNameReadsWhatNameWrites() {
        for (StringCollation c : List.of(StringCollation.binary(), StringCollation.caseInsensitive(),
                StringCollation.locale(Locale.GERMANY, Collator.SECONDARY), StringCollation.locale(Locale.ROOT).padSpace())) {
            assertThat(StringCollation.forName(c.name())).isEqualTo(c);
        }
        assertThat(StringCollation.forName("locale:und:primary+pad-space").name()).isEqualTo("locale:und:primary+pad-space");
        assertThatThrownBy(() -> StringCollation.forName("utf8mb4_general_ci")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown string collation 'utf8mb4_general_ci'").hasMessageContaining("case-insensitive");
        assertThatThrownBy(() -> StringCollation.forName("locale:en:loud")).isInstanceOf(IllegalArgumentException.class);
    }
}
