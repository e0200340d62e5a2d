package io.retort.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The {@code retort.*} options of one connection, from the URL's query parameters and the
 * connection properties (the URL wins when both give one, as in the PostgreSQL driver). Immutable
 * and validated: an unknown name or a bad value is an error, never ignored.
 *
 * <ul>
 *   <li>{@code retort.dialect}: the SQL dialect the application writes ({@link #DIALECTS}).
 *   <li>{@code retort.listeners}: listener classes, comma-separated, each optionally with properties
 *       in parentheses: {@code SlowQueryLog(thresholdMs=200), com.example.Audit}.
 *   <li>{@code retort.strict}: {@code true} or {@code false}: a statement the parser cannot read is a
 *       syntax error instead of running as written.
 * </ul>
 */
final class RetortOptions {

    static final String DIALECT = "retort.dialect";
    static final String LISTENERS = "retort.listeners";
    static final String STRICT = "retort.strict";
    static final List<String> KNOWN = List.of(DIALECT, LISTENERS, STRICT);
    static final List<String> DIALECTS = List.of("postgresql", "mysql", "mariadb", "sqlite", "h2", "oracle", "sqlserver");

    static final RetortOptions NONE = new RetortOptions(null, "", false);

    private static final String PREFIX = "retort.";

    private final String dialect;
    private final String listeners;
    private final boolean strict;

    private RetortOptions(String dialect, String listeners, boolean strict) {
        this.dialect = dialect;
        this.listeners = listeners;
        this.strict = strict;
    }

    /** Whether a URL parameter or property name belongs to Retort (any case, so typos are caught too). */
    static boolean isOption(String name) {
        return name.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /**
     * The options of a connection.
     *
     * @param fromUrl the URL's {@code retort.*} parameters
     * @param info the connection properties (may be null)
     * @param maskedUrl the URL for messages
     */
    static RetortOptions of(Map<String, String> fromUrl, Properties info, String maskedUrl) throws SQLException {
        Map<String, String> raw = new LinkedHashMap<>();
        if (info != null) {
            for (String name : info.stringPropertyNames()) {
                if (isOption(name)) {
                    raw.put(name, info.getProperty(name));
                    check(name, "the connection properties", maskedUrl);
                }
            }
        }
        for (Map.Entry<String, String> e : fromUrl.entrySet()) {
            check(e.getKey(), "the URL", maskedUrl);
            raw.put(e.getKey(), e.getValue());
        }
        if (raw.isEmpty()) {
            return NONE;
        }
        String dialect = null;
        String listeners = "";
        boolean strict = false;
        for (Map.Entry<String, String> e : raw.entrySet()) {
            String value = e.getValue().trim();
            switch (e.getKey()) {
                case DIALECT -> dialect = dialect(value, maskedUrl);
                case LISTENERS -> listeners = value;
                case STRICT -> strict = bool(STRICT, value, maskedUrl);
                default -> throw new AssertionError(e.getKey());
            }
        }
        return new RetortOptions(dialect, listeners, strict);
    }

    /** The properties for the real driver: {@code info} itself when it has no Retort option, else a copy without them. */
    static Properties withoutOptions(Properties info) {
        if (info == null) {
            return new Properties();
        }
        boolean any = false;
        for (String name : info.stringPropertyNames()) {
            if (isOption(name)) {
                any = true;
                break;
            }
        }
        if (!any) {
            return info;
        }
        Properties copy = new Properties();
        for (String name : info.stringPropertyNames()) { // includes defaults
            if (!isOption(name)) {
                copy.setProperty(name, info.getProperty(name));
            }
        }
        for (Map.Entry<Object, Object> e : info.entrySet()) { // non-String entries some drivers read
            if (!(e.getKey() instanceof String k && isOption(k))) {
                copy.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        return copy;
    }

    /** The dialect the application writes, lower case; null means the database's own. */
    String dialect() {
        return dialect;
    }

    /** The {@code retort.listeners} value ({@link io.retort.events.ListenerLoader#fromSpec}); empty when none. */
    String listeners() {
        return listeners;
    }

    boolean strict() {
        return strict;
    }

    /** The dialect of a URL's subprotocol, null when Retort does not know it. */
    static String nativeDialect(String subprotocol) {
        return DIALECTS.contains(subprotocol) ? subprotocol : null;
    }

    private static void check(String name, String where, String maskedUrl) throws SQLException {
        if (!KNOWN.contains(name)) {
            String hint = closest(name);
            throw RetortErrors.cannotConnect("unknown Retort option " + name + " in " + where + " of " + maskedUrl
                    + (hint == null ? "" : " (did you mean " + hint + "?)") + "; known options: "
                    + String.join(", ", KNOWN));
        }
    }

    private static String dialect(String value, String maskedUrl) throws SQLException {
        String d = value.toLowerCase(Locale.ROOT);
        if (!DIALECTS.contains(d)) {
            throw RetortErrors.cannotConnect("unknown dialect " + DIALECT + "=" + value + " in " + maskedUrl
                    + "; known dialects: " + String.join(", ", DIALECTS));
        }
        return d;
    }

    private static boolean bool(String name, String value, String maskedUrl) throws SQLException {
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw RetortErrors.cannotConnect(name + "=" + value + " in " + maskedUrl + ": expected true or false");
    }

    /** The known option nearest to a misspelt one (edit distance at most 3), or null. */
    private static String closest(String name) {
        String best = null;
        int bestDistance = 4;
        for (String known : KNOWN) {
            int d = distance(name.toLowerCase(Locale.ROOT), known);
            if (d < bestDistance) {
                bestDistance = d;
                best = known;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    @Override
    public String toString() {
        return "RetortOptions[dialect=" + dialect + ", listeners=" + listeners + ", strict=" + strict + "]";
    }
}
