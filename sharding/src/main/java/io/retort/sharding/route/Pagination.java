package io.retort.sharding.route;

import io.retort.sharding.merge.SortKey;
import io.retort.sql.Expression;
import java.util.List;

/**
 * What a deep-pagination strategy needs about a query that spans several nodes and has an ORDER
 * BY and a LIMIT or OFFSET. Each unit's statement is a {@code Select} asking its shard for
 * {@code offset + limit} rows from the start; a strategy may instead narrow each shard with a
 * seek predicate on {@code sortExpressions} (added as {@code retort_}-named parameters, see
 * {@link RouteUnit}) and merge by {@code sortKeys}.
 *
 * @param sortKeys the global order, as in the {@link io.retort.sharding.merge.MergePlan}
 * @param sortExpressions for each sort key, the expression the shards sort by, in the terms of
 *     the units' statements (physical tables keep the logical name as their alias, so
 *     {@code orders.id} still works there)
 * @param unique whether the sort keys identify a row: they include every column of the table's
 *     primary key (from {@link TableMetadata}) or its generated key column, so rows never tie
 *     and a keyset boundary is exact
 * @param offset the rows the application skips
 * @param limit the rows the application wants, or -1 for all
 */
public record Pagination(List<SortKey> sortKeys, List<Expression> sortExpressions, boolean unique, long offset, long limit) {
    public Pagination {
        sortKeys = List.copyOf(sortKeys);
        sortExpressions = List.copyOf(sortExpressions);
        if (sortKeys.size() != sortExpressions.size()) {
            throw new IllegalArgumentException("one expression per sort key");
        }
    }
}
