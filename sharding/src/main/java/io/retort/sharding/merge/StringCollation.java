package io.retort.sharding.merge;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Locale;
import java.util.Objects;

/**
 * How the merger compares strings. Every shard sorts, groups and de-duplicates strings with its
 * database's collation; when the merger combines shard streams it must compare strings the same
 * way, or a merged ORDER BY comes out in the wrong order and GROUP BY / DISTINCT keep groups apart
 * that the database holds equal. Java cannot reproduce every database collation exactly, so the
 * setup chooses the nearest one:
 *
 * <ul>
 *   <li>{@link #binary()}: Unicode code point order; PostgreSQL's {@code C}/{@code POSIX} collations,
 *       MySQL/MariaDB's {@code *_bin}, SQLite's {@code BINARY}, H2's default. The default.</li>
 *   <li>{@link #caseInsensitive()}: simple case folding, code point order otherwise; close to
 *       MariaDB/MySQL {@code utf8mb4_general_ci} on ASCII text, {@code NOCASE} in SQLite.</li>
 *   <li>{@link #locale(Locale, int)}: a {@link Collator} for a locale and strength; PostgreSQL
 *       databases created with a libc or ICU locale such as {@code en_US.UTF-8}
 *       ({@code locale(Locale.US, Collator.TERTIARY)}), MariaDB's {@code utf8mb4_unicode_ci}
 *       ({@code locale(Locale.ROOT, Collator.PRIMARY)}: case- and accent-insensitive).</li>
 *   <li>{@link #padSpace()}: the same, ignoring trailing spaces ({@code 'a' = 'a  '}), as MariaDB's
 *       {@code PAD SPACE} collations do.</li>
 * </ul>
 *
 * When the choice does not match what a database does, the merger notices: a shard whose next row
 * sorts before its previous one under this collation fails the query with SQLState {@code F0000}
 * and a message naming the shard, the column and the two values, instead of returning rows in a
 * wrong order. The cure is a matching collation here, or an explicit {@code COLLATE} in the query.
 *
 * <pre>{@code
 * ResultMerger merger = new ResultMerger(StringCollation.forName("locale:en-US:tertiary"));
 * }</pre>
 *
 * Instances are immutable and thread-safe.
 */
public final class StringCollation {

    private static final StringCollation BINARY = new StringCollation("binary", Kind.BINARY, null, -1, false);
    private static final StringCollation CASE_INSENSITIVE =
            new StringCollation("case-insensitive", Kind.CASE_INSENSITIVE, null, -1, false);

    private enum Kind { BINARY, CASE_INSENSITIVE, LOCALE }

    private final String name;
    private final Kind kind;
    private final Locale locale;
    private final int strength;
    private final boolean padSpace;

    private StringCollation(String name, Kind kind, Locale locale, int strength, boolean padSpace) {
        this.name = name;
        this.kind = kind;
        this.locale = locale;
        this.strength = strength;
        this.padSpace = padSpace;
    }

    /** Unicode code point order (not UTF-16 unit order: supplementary characters sort after U+FFFF). */
    public static StringCollation binary() {
        return BINARY;
    }

    /** Code point order after simple case folding: {@code 'a'} and {@code 'A'} are equal. */
    public static StringCollation caseInsensitive() {
        return CASE_INSENSITIVE;
    }

    /** {@link Collator} order for {@code locale} at tertiary strength (case and accents matter, last). */
    public static StringCollation locale(Locale locale) {
        return locale(locale, Collator.TERTIARY);
    }

    /**
     * {@link Collator} order for {@code locale}; {@code strength} is {@link Collator#PRIMARY} (base
     * letters only), {@link Collator#SECONDARY} (accents too), {@link Collator#TERTIARY} (case too) or
     * {@link Collator#IDENTICAL}.
     */
    public static StringCollation locale(Locale locale, int strength) {
        Objects.requireNonNull(locale, "locale");
        if (strength != Collator.PRIMARY && strength != Collator.SECONDARY && strength != Collator.TERTIARY
                && strength != Collator.IDENTICAL) {
            throw new IllegalArgumentException("unknown Collator strength " + strength);
        }
        return new StringCollation("locale:" + locale.toLanguageTag() + ":" + strengthName(strength), Kind.LOCALE,
                locale, strength, false);
    }

    /**
     * Parses a configuration value: {@code binary}, {@code case-insensitive},
     * {@code locale:<BCP 47 tag>[:primary|secondary|tertiary|identical]}, each optionally followed by
     * {@code +pad-space}. Examples: {@code locale:en-US}, {@code locale:und:primary+pad-space}.
     *
     * @throws IllegalArgumentException naming the value and the accepted forms
     */
    public static StringCollation forName(String spec) {
        Objects.requireNonNull(spec, "spec");
        String text = spec.trim();
        boolean pad = false;
        if (text.endsWith("+pad-space")) {
            pad = true;
            text = text.substring(0, text.length() - "+pad-space".length());
        }
        StringCollation base;
        if (text.equalsIgnoreCase("binary")) {
            base = BINARY;
        } else if (text.equalsIgnoreCase("case-insensitive")) {
            base = CASE_INSENSITIVE;
        } else if (text.regionMatches(true, 0, "locale:", 0, 7)) {
            String[] parts = text.substring(7).split(":", -1);
            if (parts.length > 2 || parts[0].isEmpty()) {
                throw badName(spec);
            }
            Locale loc = Locale.forLanguageTag(parts[0]);
            int strength = Collator.TERTIARY;
            if (parts.length == 2) {
                strength = switch (parts[1].toLowerCase(Locale.ROOT)) {
                    case "primary" -> Collator.PRIMARY;
                    case "secondary" -> Collator.SECONDARY;
                    case "tertiary" -> Collator.TERTIARY;
                    case "identical" -> Collator.IDENTICAL;
                    default -> throw badName(spec);
                };
            }
            base = locale(loc, strength);
        } else {
            throw badName(spec);
        }
        return pad ? base.padSpace() : base;
    }

    private static IllegalArgumentException badName(String spec) {
        return new IllegalArgumentException("unknown string collation '" + spec + "'; expected binary, case-insensitive"
                + " or locale:<language tag>[:primary|secondary|tertiary|identical], optionally followed by +pad-space");
    }

    /** This collation, ignoring trailing spaces ({@code 'ab'} equals {@code 'ab  '}). */
    public StringCollation padSpace() {
        return padSpace ? this : new StringCollation(name + "+pad-space", kind, locale, strength, true);
    }

    /** The name {@link #forName} reads back, e.g. {@code locale:en-US:tertiary}. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StringCollation c && c.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /**
     * A comparator for one merge. A {@link Collator} is not safe to share between threads without
     * locking, so each merge gets its own instance.
     */
    Order newOrder() {
        Collator collator = null;
        if (kind == Kind.LOCALE) {
            collator = Collator.getInstance(locale);
            collator.setStrength(strength);
            collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        }
        return new Order(kind, collator, padSpace);
    }

    private static String strengthName(int strength) {
        return switch (strength) {
            case Collator.PRIMARY -> "primary";
            case Collator.SECONDARY -> "secondary";
            case Collator.IDENTICAL -> "identical";
            default -> "tertiary";
        };
    }

    /** A single-threaded comparator and equality key for strings under one collation. */
    static final class Order {
        private final Kind kind;
        private final Collator collator;
        private final boolean padSpace;

        private Order(Kind kind, Collator collator, boolean padSpace) {
            this.kind = kind;
            this.collator = collator;
            this.padSpace = padSpace;
        }

        int compare(String a, String b) {
            if (padSpace) {
                a = stripTrailingSpaces(a);
                b = stripTrailingSpaces(b);
            }
            return switch (kind) {
                case BINARY -> compareCodePoints(a, b, false);
                case CASE_INSENSITIVE -> compareCodePoints(a, b, true);
                case LOCALE -> collator.compare(a, b);
            };
        }

        /** A value whose equals/hashCode agree with {@code compare(a, b) == 0}. */
        Object key(String s) {
            if (padSpace) {
                s = stripTrailingSpaces(s);
            }
            return switch (kind) {
                case BINARY -> s;
                case CASE_INSENSITIVE -> fold(s);
                case LOCALE -> new CollatedKey(collator.getCollationKey(s));
            };
        }

        private static int compareCodePoints(String a, String b, boolean fold) {
            int i = 0;
            int j = 0;
            while (i < a.length() && j < b.length()) {
                int ra = a.codePointAt(i);
                int rb = b.codePointAt(j);
                i += Character.charCount(ra);
                j += Character.charCount(rb);
                int ca = fold ? foldCodePoint(ra) : ra;
                int cb = fold ? foldCodePoint(rb) : rb;
                if (ca != cb) {
                    return Integer.compare(ca, cb);
                }
            }
            return Boolean.compare(i < a.length(), j < b.length());
        }

        private static int foldCodePoint(int c) {
            return Character.toLowerCase(Character.toUpperCase(c));
        }

        private static String fold(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            s.codePoints().forEach(c -> sb.appendCodePoint(foldCodePoint(c)));
            return sb.toString();
        }

        private static String stripTrailingSpaces(String s) {
            int end = s.length();
            while (end > 0 && s.charAt(end - 1) == ' ') {
                end--;
            }
            return end == s.length() ? s : s.substring(0, end);
        }
    }

    /** {@link CollationKey} with content equality (the JDK's keys compare but do not promise equals). */
    private record CollatedKey(byte[] bytes) {
        CollatedKey(CollationKey key) {
            this(key.toByteArray());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CollatedKey k && java.util.Arrays.equals(k.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "CollatedKey" + java.util.HexFormat.of().formatHex(bytes);
        }
    }
}
