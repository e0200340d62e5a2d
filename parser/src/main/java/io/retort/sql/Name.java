package io.retort.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A possibly qualified name: {@code t_order}, {@code public.t_order}, {@code db1.schema1.t}.
 *
 * <pre>{@code
 * Name n = Name.of("public", "t_order");
 * n.last().text();        // "t_order"
 * n.qualifier();          // Name[public]
 * }</pre>
 */
public record Name(List<Identifier> parts) {

    public Name {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a name needs at least one part");
        }
    }

    /** A name from unquoted parts. */
    public static Name of(String... parts) {
        List<Identifier> ids = new ArrayList<>(parts.length);
        for (String p : parts) {
            ids.add(Identifier.of(p));
        }
        return new Name(ids);
    }

    public static Name of(Identifier... parts) {
        return new Name(List.of(parts));
    }

    /** The last part: the object's own name. */
    public Identifier last() {
        return parts.get(parts.size() - 1);
    }

    /** The parts before the last (schema, catalog), or null when the name is not qualified. */
    public Name qualifier() {
        return parts.size() == 1 ? null : new Name(parts.subList(0, parts.size() - 1));
    }

    /** This name with one more part appended. */
    public Name append(Identifier part) {
        List<Identifier> list = new ArrayList<>(parts);
        list.add(Objects.requireNonNull(part));
        return new Name(list);
    }

    /** Whether the last parts of this name match {@code other}'s under SQL's case rules. */
    public boolean endsWith(Name other) {
        if (other.parts.size() > parts.size()) {
            return false;
        }
        int offset = parts.size() - other.parts.size();
        for (int i = 0; i < other.parts.size(); i++) {
            if (!parts.get(offset + i).matches(other.parts.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(parts.get(i));
        }
        return sb.toString();
    }
}
