package io.retort.jdbc;

import io.retort.sharding.route.TableMetadata;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Column order and primary keys of physical tables, read from {@link DatabaseMetaData} the first
 * time the router asks (it asks only while preparing a statement) and cached for the life of the
 * configuration. Table names are tried as given, then upper and lower case, since databases store
 * unquoted names in different cases.
 */
final class JdbcTableMetadata implements TableMetadata {

    private record Key(String dataSource, String table) {}

    private final ShardedRuntime runtime;
    private final Map<Key, List<String>> columns = new ConcurrentHashMap<>();
    private final Map<Key, List<String>> primaryKeys = new ConcurrentHashMap<>();

    JdbcTableMetadata(ShardedRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public List<String> columns(String dataSource, String table) throws SQLException {
        Key key = new Key(dataSource, table);
        List<String> cached = columns.get(key);
        if (cached == null) {
            cached = read(dataSource, table, false);
            columns.put(key, cached);
        }
        return cached;
    }

    @Override
    public List<String> primaryKey(String dataSource, String table) throws SQLException {
        Key key = new Key(dataSource, table);
        List<String> cached = primaryKeys.get(key);
        if (cached == null) {
            cached = read(dataSource, table, true);
            primaryKeys.put(key, cached);
        }
        return cached;
    }

    private List<String> read(String dataSource, String table, boolean primaryKey) throws SQLException {
        try (Connection c = runtime.borrow(dataSource)) {
            DatabaseMetaData md = c.getMetaData();
            String catalog = c.getCatalog();
            String schema = schemaOf(c);
            for (String name : new String[] {table, table.toUpperCase(java.util.Locale.ROOT), table.toLowerCase(java.util.Locale.ROOT)}) {
                List<String> found = primaryKey ? primaryKey(md, catalog, schema, name) : columns(md, catalog, schema, name);
                if (!found.isEmpty()) {
                    return List.copyOf(found);
                }
            }
            return List.of();
        }
    }

    private static String schemaOf(Connection c) {
        try {
            return c.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            return null;
        }
    }

    private static List<String> columns(DatabaseMetaData md, String catalog, String schema, String table) throws SQLException {
        TreeMap<Integer, String> byPosition = new TreeMap<>();
        try (ResultSet rs = md.getColumns(catalog, schema, table, null)) {
            while (rs.next()) {
                byPosition.put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
            }
        }
        return new ArrayList<>(byPosition.values());
    }

    private static List<String> primaryKey(DatabaseMetaData md, String catalog, String schema, String table) throws SQLException {
        TreeMap<Integer, String> bySequence = new TreeMap<>();
        try (ResultSet rs = md.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                bySequence.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return new ArrayList<>(bySequence.values());
    }
}
