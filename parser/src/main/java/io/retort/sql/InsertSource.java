package io.retort.sql;

/** What an INSERT inserts: a {@link Query} (VALUES or SELECT), MySQL's {@link InsertSet}, or {@link DefaultValues}. */
public sealed interface InsertSource permits Query, InsertSet, DefaultValues {
}
