package io.retort.rewrite;

import io.retort.dialect.UnsupportedConstruct;
import io.retort.sql.*;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The order of SET assignments. The standard (and PostgreSQL, SQLite, H2) evaluate every right-hand
 * side on the old row; MySQL and MariaDB evaluate them left to right, each seeing the values assigned
 * before it. {@link #simultaneous} turns MySQL's meaning into the standard's by substituting earlier
 * right-hand sides; {@link #sequential} orders standard assignments so that MySQL reads old values
 * (and refuses a cycle such as a swap, which MySQL cannot express).
 */
final class SetOrder {

    private SetOrder() {
    }

    /** MySQL's left-to-right assignments with the same effect when evaluated on the old row. */
    static List<Assignment> simultaneous(List<Assignment> set) {
        List<Assignment> out = new ArrayList<>();
        List<Assignment> done = new ArrayList<>();
        for (Assignment a : set) {
            Expression value = substitute(a.value(), done);
            Assignment mapped = value == a.value() ? a : new Assignment(a.columns(), value);
            out.add(mapped);
            done.add(mapped);
        }
        return out;
    }

    private static Expression substitute(Expression e, List<Assignment> earlier) {
        if (earlier.isEmpty()) {
            return e;
        }
        return (Expression) substituteIn(e, earlier);
    }

    private static Node substituteIn(Node n, List<Assignment> earlier) {
        if (n instanceof InsertedValue) {
            return n;
        }
        if (n instanceof ColumnRef c) {
            for (int i = earlier.size() - 1; i >= 0; i--) {
                Assignment a = earlier.get(i);
                if (a.columns().size() == 1 && sameColumn(a.columns().get(0), c)
                        && !(c.qualifier() != null && c.qualifier().last().matches("excluded"))) {
                    return a.value();
                }
            }
            return n;
        }
        return n.mapChildren(child -> substituteIn(child, earlier));
    }

    /**
     * Standard (simultaneous) assignments ordered so that MySQL, evaluating left to right, reads the
     * old value of every column it reads: an assignment that reads a column goes before the one that
     * changes it. Also checks {@code condition} (read with every assignment) reads no assigned column.
     */
    static List<Assignment> sequential(List<Assignment> set, List<Expression> alsoRead) {
        List<Assignment> remaining = new ArrayList<>(set);
        List<Assignment> out = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Assignment next = null;
            for (Assignment candidate : remaining) {
                boolean readByOther = false;
                for (Assignment other : remaining) {
                    if (other != candidate) {
                        for (ColumnRef c : candidate.columns()) {
                            readByOther |= reads(other.value(), c);
                        }
                    }
                }
                if (!readByOther) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                throw new UnsupportedConstruct("SET assignments that read each other's columns (such as a swap)",
                        "MySQL evaluates SET left to right, so no order reads only old values");
            }
            out.add(next);
            remaining.remove(next);
        }
        // A condition read by every assignment (IF(cond, ...)) must not see any assignment but the last.
        for (Expression e : alsoRead) {
            for (int i = 0; i < out.size() - 1; i++) {
                for (ColumnRef c : out.get(i).columns()) {
                    if (reads(e, c)) {
                        throw new UnsupportedConstruct("a condition on a column the same UPDATE assigns",
                                "MySQL evaluates SET left to right, so it would read the new value");
                    }
                }
            }
        }
        return out;
    }

    /** Whether {@code e} reads column {@code c} of the updated row (unqualified or same qualifier). */
    static boolean reads(Node e, ColumnRef c) {
        if (e instanceof InsertedValue) {
            return false; // the value being inserted, not the row's
        }
        if (e instanceof ColumnRef r) {
            return !(r.qualifier() != null && r.qualifier().last().matches("excluded")) && sameColumn(r, c);
        }
        for (Node child : e.children()) {
            if (reads(child, c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameColumn(ColumnRef a, ColumnRef b) {
        if (!a.column().matches(b.column())) {
            return false;
        }
        if (a.qualifier() == null || b.qualifier() == null) {
            return true;
        }
        return a.qualifier().last().matches(b.qualifier().last());
    }

    static Set<String> names(List<Assignment> set) {
        Set<String> out = new HashSet<>();
        for (Assignment a : set) {
            for (ColumnRef c : a.columns()) {
                out.add(c.column().text().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
