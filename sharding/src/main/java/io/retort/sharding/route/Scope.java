package io.retort.sharding.route;

import io.retort.sql.ColumnRef;
import io.retort.sql.Identifier;
import io.retort.sql.Name;
import java.util.ArrayList;
import java.util.List;

/**
 * The names one query block's FROM clause binds (tables by alias or name, derived tables and CTE
 * references by alias), with the enclosing block's scope as parent: how the router decides which
 * table a column belongs to.
 */
final class Scope {
    final Scope parent;
    final List<Binding> bindings = new ArrayList<>();
    /** Whether a column in this block (or a block inside it) refers to a sharded table of an enclosing block. */
    boolean correlated;

    /**
     * @param alias the alias, or null for a table written without one
     * @param table the table's name as written (null for derived tables and CTE references)
     * @param occurrence the table occurrence, or null for derived tables and CTE references
     */
    record Binding(Identifier alias, Name table, Occurrence occurrence) {
        boolean matches(Name qualifier) {
            if (alias != null) {
                return qualifier.parts().size() == 1 && alias.matches(qualifier.last());
            }
            if (table == null || !table.last().matches(qualifier.last())) {
                return false;
            }
            // orders.id, public.orders.id: the written qualifier may omit the schema, never add a different one.
            return qualifier.parts().size() == 1 || table.parts().size() == 1 || table.endsWith(qualifier);
        }
    }

    Scope(Scope parent) {
        this.parent = parent;
    }

    void bind(Identifier alias, Name table, Occurrence occurrence) {
        bindings.add(new Binding(alias, table, occurrence));
    }

    /** The binding a qualifier names in this block only, or null. */
    Binding find(Name qualifier) {
        for (Binding b : bindings) {
            if (b.matches(qualifier)) {
                return b;
            }
        }
        return null;
    }

    /** The key columns a column reference denotes among this block's sharded tables. */
    List<ConditionExtractor.KeyRef> keys(ColumnRef column) {
        String name = column.column().text();
        if (column.qualifier() != null) {
            Binding b = find(column.qualifier());
            if (b == null || b.occurrence() == null || !b.occurrence().sharded()) {
                return List.of();
            }
            String key = b.occurrence().keyColumn(name);
            return key == null ? List.of() : List.of(new ConditionExtractor.KeyRef(b.occurrence().id(), key));
        }
        // Unqualified: SQL resolves it in the innermost block that has such a column; a sharded table of this
        // block whose key it names has it. Several candidates happen with JOIN ... USING (key), where they are equal.
        List<ConditionExtractor.KeyRef> out = new ArrayList<>(1);
        for (Binding b : bindings) {
            Occurrence o = b.occurrence();
            if (o != null && o.sharded()) {
                String key = o.keyColumn(name);
                if (key != null) {
                    out.add(new ConditionExtractor.KeyRef(o.id(), key));
                }
            }
        }
        return out;
    }

    /**
     * Marks the blocks from this one up to (not including) the block binding {@code column}'s
     * qualifier as correlated, when that binding is a sharded table of an enclosing block.
     */
    void noteCorrelation(ColumnRef column) {
        if (column.qualifier() == null || find(column.qualifier()) != null) {
            return;
        }
        for (Scope s = parent; s != null; s = s.parent) {
            Binding b = s.find(column.qualifier());
            if (b != null) {
                if (b.occurrence() != null && b.occurrence().sharded()) {
                    for (Scope m = this; m != s; m = m.parent) {
                        m.correlated = true;
                    }
                }
                return;
            }
        }
    }
}
