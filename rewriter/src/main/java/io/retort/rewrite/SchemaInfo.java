package io.retort.rewrite;

import java.util.List;

/**
 * What the translator may know about the tables a statement uses. Some constructs mean different
 * things depending on column types that the SQL text does not show: {@code a / b} divides integers in
 * PostgreSQL but not in MySQL, {@code ORDER BY c} puts NULLs last in PostgreSQL and first in MySQL
 * (which matters only when {@code c} is nullable), and MySQL's {@code ON DUPLICATE KEY UPDATE} names no
 * key where PostgreSQL's {@code ON CONFLICT} must. Without schema information the translator assumes
 * the worst and says what it needs.
 *
 * <pre>{@code
 * SchemaInfo schema = JdbcSchemaInfo.of(connection);                  // from DatabaseMetaData
 * SchemaInfo fromDdl = SchemaInfo.fromDdl(List.of(createTable));      // from CREATE TABLE trees
 * }</pre>
 */
public interface SchemaInfo {

    /** Knows nothing. */
    SchemaInfo NONE = new SchemaInfo() {
        @Override
        public ColumnInfo column(String table, String column) {
            return null;
        }

        @Override
        public List<List<String>> uniqueKeys(String table) {
            return List.of();
        }

        @Override
        public boolean hasTable(String table) {
            return false;
        }
    };

    /**
     * The column {@code column} of {@code table} (names compared without case), or null when unknown.
     *
     * @param table the table's name as written, without schema
     */
    ColumnInfo column(String table, String column);

    /** Whether the table is known at all (an unknown table's columns may be anything). */
    boolean hasTable(String table);

    /** The table's primary key and unique keys (primary key first), each a list of column names; empty when unknown. */
    List<List<String>> uniqueKeys(String table);

    /** Schema information read from CREATE TABLE statements (e.g. a migration script). */
    static SchemaInfo fromDdl(List<? extends io.retort.sql.Statement> statements) {
        return DdlSchemaInfo.of(statements);
    }
}
