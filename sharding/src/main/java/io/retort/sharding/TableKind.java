package io.retort.sharding;

/** How a logical table is placed. */
public enum TableKind {
    /** Spread over several data nodes by a sharding key. */
    SHARDED,
    /** Configured under {@code sharding.tables} with one node and no key: lives on that node. */
    SINGLE,
    /** Copied to every data source: writes go to all, reads to one. */
    BROADCAST,
    /** Not configured: lives on the default data source under its own name. */
    DEFAULT
}
