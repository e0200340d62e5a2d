package io.retort.sql;

import java.util.Objects;

/** One item of a select list or RETURNING list: an expression with an optional alias. */
public record SelectItem(Expression expression, Identifier alias) implements Clause, Selectable {

    public SelectItem {
        Objects.requireNonNull(expression, "expression");
    }

    @Override
    public SelectItem toSelectItem() {
        return this;
    }
}
