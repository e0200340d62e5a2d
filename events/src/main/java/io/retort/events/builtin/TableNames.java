package io.retort.events.builtin;

import io.retort.sql.Identifier;
import io.retort.sql.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A configured list of table names, matched the way that can never miss a table: the last part
 * ignoring case, <em>whether or not the reference was quoted</em> (a quoted identifier must not be a
 * way around a rule: in SQLite and MySQL on case-insensitive file systems {@code "ORDERS"} is
 * {@code orders}), and the schema only when both the configuration and the reference name one.
 * {@code orders} matches {@code orders}, {@code ORDERS}, {@code "Orders"}, {@code shop.orders};
 * {@code shop.orders} matches {@code orders} and {@code shop.orders} but not {@code archive.orders}.
 */
final class TableNames {

    private final List<String[]> names;

    private TableNames(List<String[]> names) {
        this.names = names;
    }

    /** Names as configured: {@code orders}, {@code shop.orders}, {@code "Order Lines"}. */
    static TableNames of(List<String> configured) {
        List<String[]> out = new ArrayList<>();
        for (String c : configured) {
            String[] parts = c.trim().split("\\.");
            for (int i = 0; i < parts.length; i++) {
                parts[i] = unquote(parts[i].trim()).toLowerCase(Locale.ROOT);
                if (parts[i].isEmpty()) {
                    throw new IllegalArgumentException("'" + c + "' is not a table name");
                }
            }
            out.add(parts);
        }
        return new TableNames(List.copyOf(out));
    }

    private static String unquote(String s) {
        if (s.length() >= 2) {
            char first = s.charAt(0);
            char last = s.charAt(s.length() - 1);
            if ((first == '"' && last == '"') || (first == '`' && last == '`') || (first == '[' && last == ']')) {
                return s.substring(1, s.length() - 1);
            }
        }
        return s;
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    boolean matches(Name name) {
        List<Identifier> parts = name.parts();
        for (String[] configured : names) {
            if (matches(configured, parts)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String[] configured, List<Identifier> parts) {
        if (!parts.get(parts.size() - 1).text().equalsIgnoreCase(configured[configured.length - 1])) {
            return false;
        }
        // compare the qualifiers both sides have, from the right
        int i = configured.length - 2;
        int j = parts.size() - 2;
        while (i >= 0 && j >= 0) {
            if (!parts.get(j).text().equalsIgnoreCase(configured[i])) {
                return false;
            }
            i--;
            j--;
        }
        return true;
    }

    /** Whether {@code text} mentions any configured table's name, ignoring case (for unparsed SQL). */
    boolean mentionedIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String[] configured : names) {
            if (lower.contains(configured[configured.length - 1])) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        List<String> out = new ArrayList<>();
        for (String[] n : names) {
            out.add(String.join(".", n));
        }
        return out.toString();
    }
}
