package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * CREATE TABLE. {@code kind} is null or upper case ({@code TEMPORARY}, {@code TEMP}, {@code GLOBAL TEMPORARY}, {@code
 * LOCAL TEMPORARY}, {@code UNLOGGED}); {@code options} are the table options after the element list (MySQL's {@code
 * ENGINE=InnoDB}, PostgreSQL's {@code INHERITS}/{@code TABLESPACE}/{@code WITH (...)}), in order.
 */
public record CreateTable(Name name, String kind, boolean ifNotExists, List<TableElement> elements, Query asQuery,
        PartitionOf partitionOf, Name ofType, PartitionBy partitionBy, List<Option> options,
        Comments comments) implements Statement {

    public CreateTable {
        Objects.requireNonNull(name, "name");
        elements = List.copyOf(elements);
        options = List.copyOf(options);
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public CreateTable withComments(Comments comments) {
        return new CreateTable(name, kind, ifNotExists, elements, asQuery, partitionOf, ofType, partitionBy, options,
                comments);
    }
}
