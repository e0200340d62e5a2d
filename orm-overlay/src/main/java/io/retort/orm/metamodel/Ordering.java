package io.retort.orm.metamodel;

import java.util.Objects;

/**
 * One ORDER BY item.
 *
 * <pre>{@code
 * Ordering o = User_.name.desc();
 * }</pre>
 *
 * @param selection a column or an aggregate
 * @param descending DESC instead of ASC
 */
public record Ordering(Selection<?> selection, boolean descending) implements Orderable {

    public Ordering {
        Objects.requireNonNull(selection, "selection");
        if (!(selection instanceof ColumnAttribute<?, ?>) && !(selection instanceof Aggregate<?>)) {
            throw new IllegalArgumentException("order by a column or an aggregate, not " + selection);
        }
    }

    @Override
    public Ordering toOrdering() {
        return this;
    }
}
