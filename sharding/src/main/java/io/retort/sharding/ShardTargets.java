package io.retort.sharding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ordered targets an algorithm chooses from: data source names (database strategy), physical
 * table names within a data source (table strategy), or {@code ds.table} node names when one key
 * places a row on a node directly. Algorithms answer with an index into this list.
 *
 * <pre>{@code
 * int i = targets.indexOf("ds1");   // -1 if absent
 * }</pre>
 */
public final class ShardTargets {
    private final List<String> names;
    private final Map<String, Integer> indexes;

    ShardTargets(List<String> names) {
        this.names = List.copyOf(names);
        this.indexes = new HashMap<>(names.size() * 2);
        for (int i = 0; i < this.names.size(); i++) {
            indexes.putIfAbsent(this.names.get(i), i);
        }
    }

    /** Creates a target list, for tests of user algorithms. */
    public static ShardTargets of(List<String> names) {
        return new ShardTargets(names);
    }

    /** The number of targets. */
    public int size() {
        return names.size();
    }

    /** The name of target {@code index}. */
    public String name(int index) {
        return names.get(index);
    }

    /** The index of a target name, or -1. */
    public int indexOf(String name) {
        Integer i = indexes.get(name);
        return i == null ? -1 : i;
    }

    /** All names, in order. */
    public List<String> names() {
        return names;
    }

    @Override
    public String toString() {
        return names.toString();
    }
}
