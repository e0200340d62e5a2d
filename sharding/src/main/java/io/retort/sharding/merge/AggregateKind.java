package io.retort.sharding.merge;

/** How one output column of a grouped or aggregate query combines across shards. */
public enum AggregateKind {
    /** Sum of the shards' counts. */
    COUNT,
    /** Sum of the shards' sums (NULL when every shard's sum is NULL). */
    SUM,
    MIN,
    MAX,
    /** The column holds each shard's SUM, {@link AggregateColumn#count()} its COUNT; the result is sum / count. */
    AVG,
    /** The shards return the distinct values of the argument (grouped by it); the merger counts distinct values per group. */
    COUNT_DISTINCT,
    /** A group key, or a column functionally dependent on it: any shard's value. */
    ANY_VALUE
}
