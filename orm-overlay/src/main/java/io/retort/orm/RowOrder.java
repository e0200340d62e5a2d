package io.retort.orm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order of rows within one mapper when they point at each other through a self-referential
 * many-to-one: inserts parents first, level by level (one batch per level); deletes children first. Rows
 * in a cycle get those references written (or cleared) by separate UPDATEs.
 */
final class RowOrder {

    private RowOrder() {
    }

    /**
     * The rows of one mapper in insert levels: a row comes after the row its self-referential many-to-one
     * points at. Rows in a cycle go first, with those references deferred to post-update.
     */
    static List<List<EntityState>> insertLevels(EntityMapper<?> m, List<EntityState> rows, Set<EntityState> deferred) {
        List<Relationship> selfRefs = new ArrayList<>();
        for (Relationship r : m.relationships) {
            if (r.kind == Relationship.Kind.MANY_TO_ONE && r.target == m && !r.isPostUpdate()) {
                selfRefs.add(r);
            }
        }
        if (selfRefs.isEmpty() || rows.size() == 1) {
            return List.of(rows);
        }
        Map<Object, EntityState> pending = new IdentityHashMap<>();
        for (EntityState st : rows) {
            pending.put(st.entity, st);
        }
        Map<EntityState, List<EntityState>> children = new IdentityHashMap<>();
        Map<EntityState, Integer> waiting = new IdentityHashMap<>();
        for (EntityState st : rows) {
            int n = 0;
            for (Relationship r : selfRefs) {
                EntityState parent = pending.get(ColumnValues.target(st.entity, r));
                if (parent != null && parent != st) {
                    children.computeIfAbsent(parent, k -> new ArrayList<>()).add(st);
                    n++;
                } else if (parent == st) {
                    deferred.add(st); // points at itself: inserted with NULL, then post-updated
                }
            }
            waiting.put(st, n);
        }
        List<List<EntityState>> out = new ArrayList<>();
        List<EntityState> current = new ArrayList<>();
        for (EntityState st : rows) {
            if (waiting.get(st) == 0) {
                current.add(st);
            }
        }
        int placed = 0;
        while (!current.isEmpty()) {
            out.add(current);
            placed += current.size();
            List<EntityState> next = new ArrayList<>();
            for (EntityState st : current) {
                for (EntityState child : children.getOrDefault(st, List.of())) {
                    if (waiting.merge(child, -1, Integer::sum) == 0) {
                        next.add(child);
                    }
                }
            }
            current = next;
        }
        if (placed < rows.size()) {
            // A cycle of rows: insert them first with the references NULL, and post-update them.
            List<EntityState> cycle = new ArrayList<>();
            for (EntityState st : rows) {
                if (waiting.get(st) > 0) {
                    for (Relationship r : selfRefs) {
                        if (!r.foreignKey.nullable) {
                            throw new IllegalStateException("the new " + m.type.getSimpleName() + " objects refer to each other"
                                    + " in a cycle through " + r.path() + ", whose column " + r.foreignKey.name()
                                    + " is NOT NULL, so none can be inserted first");
                        }
                    }
                    deferred.add(st);
                    cycle.add(st);
                }
            }
            out.add(0, cycle);
        }
        return out;
    }

    /**
     * The deleted rows of one mapper in batches, children before the parents they point at through a
     * self-referential many-to-one; rows in a cycle have that reference cleared first.
     */
    static List<List<EntityState>> deleteLevels(EntityMapper<?> m, List<EntityState> rows,
            Map<EntityState, List<ColumnProperty>> clear) {
        List<Relationship> selfRefs = new ArrayList<>();
        for (Relationship r : m.relationships) {
            if (r.kind == Relationship.Kind.MANY_TO_ONE && r.target == m && !r.isPostUpdate()) {
                selfRefs.add(r);
            }
        }
        if (selfRefs.isEmpty() || rows.size() == 1) {
            return List.of(rows);
        }
        Map<Object, EntityState> byKey = new java.util.HashMap<>();
        for (EntityState st : rows) {
            byKey.put(st.snapshot[st.mapper.id.index], st);
        }
        // Edges parent -> child among the deleted rows; a row can go once none of its children remain.
        Map<EntityState, List<EntityState>> parents = new IdentityHashMap<>();
        Map<EntityState, Integer> childCount = new IdentityHashMap<>();
        for (EntityState st : rows) {
            childCount.putIfAbsent(st, 0);
            for (Relationship r : selfRefs) {
                EntityState parent = byKey.get(st.snapshot[r.foreignKey.index]);
                if (parent != null && parent != st) {
                    parents.computeIfAbsent(st, k -> new ArrayList<>()).add(parent);
                    childCount.merge(parent, 1, Integer::sum);
                } else if (parent == st) {
                    clear.computeIfAbsent(st, k -> new ArrayList<>()).add(r.foreignKey);
                }
            }
        }
        List<List<EntityState>> out = new ArrayList<>();
        ArrayDeque<EntityState> ready = new ArrayDeque<>();
        for (EntityState st : rows) {
            if (childCount.get(st) == 0) {
                ready.add(st);
            }
        }
        int placed = 0;
        while (!ready.isEmpty()) {
            List<EntityState> level = new ArrayList<>(ready);
            ready.clear();
            out.add(level);
            placed += level.size();
            for (EntityState st : level) {
                for (EntityState p : parents.getOrDefault(st, List.of())) {
                    if (childCount.merge(p, -1, Integer::sum) == 0) {
                        ready.add(p);
                    }
                }
            }
        }
        if (placed < rows.size()) {
            List<EntityState> cycle = new ArrayList<>();
            for (EntityState st : rows) {
                if (childCount.get(st) > 0) {
                    cycle.add(st);
                    for (Relationship r : selfRefs) {
                        if (st.snapshot[r.foreignKey.index] != null) {
                            clear.computeIfAbsent(st, k -> new ArrayList<>()).add(r.foreignKey);
                        }
                    }
                }
            }
            out.add(cycle);
        }
        return out;
    }

}
