package io.retort.sql;

/**
 * Anything that can be put in a FROM clause by the Core API: a {@link FromItem}, or a metadata
 * {@link Table} (which becomes a {@link TableRef}).
 */
public interface FromSource {
    FromItem toFromItem();
}
