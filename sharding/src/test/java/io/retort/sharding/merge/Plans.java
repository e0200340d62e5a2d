package io.retort.sharding.merge;

import java.util.ArrayList;
import java.util.List;

/** A test builder for {@link MergePlan}s: {@code plan().orderBy(asc(1)).limit(10).build()}. */
final class Plans {

    private int hidden;
    private final List<SortKey> orderBy = new ArrayList<>();
    private final List<ColumnSlot> groupBy = new ArrayList<>();
    private final List<AggregateColumn> aggregates = new ArrayList<>();
    private boolean distinct;
    private RowPredicate having;
    private long offset;
    private long limit = -1;
    private boolean sortedByGroup;

    static Plans plan() {
        return new Plans();
    }

    static ColumnSlot col(int i) {
        return ColumnSlot.visible(i);
    }

    static ColumnSlot hid(int i) {
        return ColumnSlot.hidden(i);
    }

    /** ASC NULLS FIRST (H2's default for ASC). */
    static SortKey asc(ColumnSlot c) {
        return new SortKey(c, false, true);
    }

    /** DESC NULLS LAST (H2's default for DESC). */
    static SortKey desc(ColumnSlot c) {
        return new SortKey(c, true, false);
    }

    static SortKey key(ColumnSlot c, boolean descending, boolean nullsFirst) {
        return new SortKey(c, descending, nullsFirst);
    }

    static AggregateColumn agg(ColumnSlot c, AggregateKind kind) {
        return new AggregateColumn(c, kind, null);
    }

    static AggregateColumn avg(ColumnSlot sum, ColumnSlot count) {
        return new AggregateColumn(sum, AggregateKind.AVG, count);
    }

    Plans hidden(int n) {
        hidden = n;
        return this;
    }

    Plans orderBy(SortKey... keys) {
        orderBy.addAll(List.of(keys));
        return this;
    }

    Plans groupBy(ColumnSlot... keys) {
        groupBy.addAll(List.of(keys));
        return this;
    }

    Plans aggregates(AggregateColumn... columns) {
        aggregates.addAll(List.of(columns));
        return this;
    }

    Plans distinct() {
        distinct = true;
        return this;
    }

    Plans having(RowPredicate p) {
        having = p;
        return this;
    }

    Plans offset(long n) {
        offset = n;
        return this;
    }

    Plans limit(long n) {
        limit = n;
        return this;
    }

    Plans sortedByGroup() {
        sortedByGroup = true;
        return this;
    }

    MergePlan build() {
        return new MergePlan(hidden, orderBy, groupBy, aggregates, distinct, having, offset, limit, sortedByGroup);
    }
}
