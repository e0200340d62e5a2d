package io.retort.sql;

import java.util.Objects;

/**
 * An identifier as written: its text (without quotes, with doubled quote characters undone) and
 * whether it was quoted. The quoting style is not kept: {@code "x"} in PostgreSQL and {@code `x`} in
 * MySQL are the same quoted identifier, and a dialect printer re-quotes as its database needs.
 * Equality is exact on the text; use {@link #matches(String)} for SQL's case rules.
 *
 * <pre>{@code
 * Identifier.of("user_id").matches("USER_ID");          // true: unquoted names ignore case
 * Identifier.quoted("User").matches("user");            // false
 * }</pre>
 */
public record Identifier(String text, boolean quoted) {

    public Identifier {
        Objects.requireNonNull(text, "text");
    }

    /** An unquoted identifier. */
    public static Identifier of(String text) {
        return new Identifier(text, false);
    }

    /** A quoted (delimited) identifier. */
    public static Identifier quoted(String text) {
        return new Identifier(text, true);
    }

    /**
     * Whether this identifier names {@code name} under SQL's usual rules: an unquoted identifier
     * matches ignoring case, a quoted one matches exactly.
     */
    public boolean matches(String name) {
        return quoted ? text.equals(name) : text.equalsIgnoreCase(name);
    }

    /** Whether both identifiers name the same object under SQL's usual rules. */
    public boolean matches(Identifier other) {
        if (quoted && other.quoted) {
            return text.equals(other.text);
        }
        return text.equalsIgnoreCase(other.text);
    }

    @Override
    public String toString() {
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
