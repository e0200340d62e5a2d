package io.retort.sql;

/** What the Core API accepts in a select list: an expression, or an expression with an alias. */
public sealed interface Selectable permits Expression, SelectItem {
    SelectItem toSelectItem();
}
