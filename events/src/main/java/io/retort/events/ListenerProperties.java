package io.retort.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The properties a listener was configured with (YAML {@code properties:}, the URL's
 * {@code Class(key=value;...)} form, or code), with typed reads and errors that name the listener,
 * the key and what was expected. A listener's {@code Map<String, String>} constructor usually starts
 * with {@link #of}, which rejects keys the listener does not know (a misspelt key is an error, not a
 * silently ignored setting).
 *
 * <pre>{@code
 * public SlowQueryLog(Map<String, String> properties) {
 *     ListenerProperties p = ListenerProperties.of(SlowQueryLog.class, properties, "thresholdMs", "logger");
 *     this.thresholdNanos = p.longValue("thresholdMs", 1000, 0, Long.MAX_VALUE) * 1_000_000;
 * }
 * }</pre>
 *
 * <p>Reads throw {@link IllegalArgumentException}; {@link ListenerLoader} turns it into a
 * SQLException naming the listener class.
 */
public final class ListenerProperties {

    private final String owner;
    private final Map<String, String> values;

    private ListenerProperties(String owner, Map<String, String> values) {
        this.owner = owner;
        this.values = values;
    }

    /**
     * The properties of listener {@code owner}, which understands exactly the keys {@code known}.
     *
     * @throws IllegalArgumentException when a key is not one of {@code known}
     */
    public static ListenerProperties of(Class<?> owner, Map<String, String> properties, String... known) {
        Objects.requireNonNull(properties, "properties");
        Set<String> allowed = new TreeSet<>(List.of(known));
        for (String key : properties.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException(owner.getSimpleName() + " has no property '" + key + "'"
                        + suggestion(key, allowed) + "; its properties are " + String.join(", ", allowed));
            }
        }
        return new ListenerProperties(owner.getSimpleName(), Collections.unmodifiableMap(new LinkedHashMap<>(properties)));
    }

    private static String suggestion(String key, Set<String> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String a : allowed) {
            int d = distance(key.toLowerCase(Locale.ROOT), a.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= 2 ? " (did you mean '" + best + "'?)" : "";
    }

    /** Levenshtein distance, for "did you mean". */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    /** Whether {@code key} was given. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** Every property as given. */
    public Map<String, String> asMap() {
        return values;
    }

    /** The text of {@code key} (trimmed), or {@code defaultValue} when absent or blank. */
    public String string(String key, String defaultValue) {
        String v = values.get(key);
        return v == null || v.isBlank() ? defaultValue : v.trim();
    }

    /** The text of {@code key} (trimmed); it must be given. */
    public String required(String key) {
        String v = string(key, null);
        if (v == null) {
            throw new IllegalArgumentException(owner + " needs the property '" + key + "'");
        }
        return v;
    }

    /** {@code true} or {@code false} (any case); {@code defaultValue} when absent. */
    public boolean bool(String key, boolean defaultValue) {
        String v = string(key, null);
        if (v == null) {
            return defaultValue;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(key, v, "true or false");
        };
    }

    /** A whole number in {@code [min, max]}; {@code defaultValue} when absent. */
    public long longValue(String key, long defaultValue, long min, long max) {
        String v = string(key, null);
        if (v == null) {
            return defaultValue;
        }
        long parsed;
        try {
            parsed = Long.parseLong(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw invalid(key, v, "a whole number");
        }
        if (parsed < min || parsed > max) {
            throw invalid(key, v, max >= Integer.MAX_VALUE ? "a whole number of at least " + min
                    : "a whole number from " + min + " to " + max);
        }
        return parsed;
    }

    /** A whole number in {@code [min, max]}; {@code defaultValue} when absent. */
    public int intValue(String key, int defaultValue, int min, int max) {
        return (int) longValue(key, defaultValue, min, max);
    }

    /** One of {@code choices} (any case; returned as written in {@code choices}); {@code defaultValue} when absent. */
    public String choice(String key, String defaultValue, String... choices) {
        String v = string(key, null);
        if (v == null) {
            return defaultValue;
        }
        for (String c : choices) {
            if (c.equalsIgnoreCase(v)) {
                return c;
            }
        }
        throw invalid(key, v, "one of " + String.join(", ", choices));
    }

    /** A comma-separated list, each element trimmed, empty elements dropped; empty when absent. */
    public List<String> list(String key) {
        String v = values.get(key);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        for (String part : v.split(",")) {
            String p = part.trim();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    private IllegalArgumentException invalid(String key, String value, String expected) {
        return new IllegalArgumentException(owner + " property '" + key + "' must be " + expected + ", not '" + value + "'");
    }

    @Override
    public String toString() {
        return owner + values.keySet();
    }
}
