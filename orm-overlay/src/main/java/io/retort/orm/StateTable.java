package io.retort.orm;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The session's objects: looked up by identity, and iterated in the order they entered the session.
 * Iteration runs over a plain list (a flush scans every object; scanning an identity hash table's
 * sparse array costs more), which is compacted when objects have left.
 */
final class StateTable {

    private final IdentityHashMap<Object, EntityState> byObject = new IdentityHashMap<>();
    private ArrayList<EntityState> list = new ArrayList<>();
    private int removed;

    EntityState get(Object entity) {
        return byObject.get(entity);
    }

    boolean containsKey(Object entity) {
        return byObject.containsKey(entity);
    }

    void put(Object entity, EntityState state) {
        EntityState old = byObject.put(entity, state);
        if (old != null) {
            removed++;
        }
        list.add(state);
    }

    void remove(Object entity) {
        if (byObject.remove(entity) != null) {
            removed++;
        }
    }

    int size() {
        return byObject.size();
    }

    boolean isEmpty() {
        return byObject.isEmpty();
    }

    void clear() {
        byObject.clear();
        list = new ArrayList<>();
        removed = 0;
    }

    /** The objects' states, in the order they entered; do not change the table while iterating. */
    List<EntityState> values() {
        if (removed > 0) {
            ArrayList<EntityState> live = new ArrayList<>(byObject.size());
            for (EntityState s : list) {
                if (byObject.get(s.entity) == s) {
                    live.add(s);
                }
            }
            list = live;
            removed = 0;
        }
        return list;
    }
}
