package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * A table in FROM (and the target of INSERT/UPDATE/DELETE): name, optional alias and column aliases, PostgreSQL's
 * {@code ONLY}, MySQL's {@code PARTITION (p, ...)} and index hints.
 */
public record TableRef(Name name, Identifier alias, List<Identifier> columnAliases, boolean only,
        List<Identifier> partitions, List<IndexHint> indexHints) implements FromItem {

    public TableRef {
        Objects.requireNonNull(name, "name");
        columnAliases = List.copyOf(columnAliases);
        partitions = List.copyOf(partitions);
        indexHints = List.copyOf(indexHints);
    }

    /** A plain table reference without alias. */
    public static TableRef of(Name name) {
        return new TableRef(name, null, List.of(), false, List.of(), List.of());
    }

    /** This table with an alias, {@code t AS alias}. */
    public TableRef as(String alias) {
        return new TableRef(name, Identifier.of(alias), columnAliases, only, partitions, indexHints);
    }

    /** A column of this table, qualified by its alias when it has one, else by its name. */
    public ColumnRef col(String column) {
        return new ColumnRef(alias != null ? new Name(List.of(alias)) : name, Identifier.of(column));
    }
}
