package io.retort.sharding.merge;

/** A row after the merge (a merged group, for grouped queries), as HAVING sees it. */
public interface MergedRow {

    /** The merged value of a column (visible or hidden), as a JDBC object ({@code getObject}). */
    Object value(ColumnSlot column);
}
