package io.retort.rewrite;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Schema information read lazily from a database's {@link DatabaseMetaData} (columns, primary and
 * unique keys), once per table, for the translator. Thread-safe.
 *
 * <pre>{@code
 * SchemaInfo schema = JdbcSchemaInfo.of(connection);
 * SqlTranslator.translate(statement, SqlDialect.POSTGRESQL, target, TranslationOptions.of(schema));
 * }</pre>
 */
public final class JdbcSchemaInfo implements SchemaInfo {

    private record Table(Map<String, ColumnInfo> columns, List<List<String>> keys) {
    }

    private static final Table MISSING = new Table(Map.of(), List.of());

    private final Connection connection;
    private final Map<String, Table> tables = new ConcurrentHashMap<>();

    private JdbcSchemaInfo(Connection connection) {
        this.connection = connection;
    }

    /** Schema information of the database {@code connection} is connected to (read as it is needed). */
    public static JdbcSchemaInfo of(Connection connection) {
        return new JdbcSchemaInfo(connection);
    }

    @Override
    public ColumnInfo column(String table, String column) {
        return table(table).columns().get(column.toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean hasTable(String table) {
        return table(table) != MISSING;
    }

    @Override
    public List<List<String>> uniqueKeys(String table) {
        return table(table).keys();
    }

    private Table table(String name) {
        return tables.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> load(name));
    }

    private Table load(String name) {
        try {
            DatabaseMetaData md = connection.getMetaData();
            String catalog = connection.getCatalog();
            String schema = schemaOrNull();
            for (String candidate : new String[] {name, name.toLowerCase(Locale.ROOT), name.toUpperCase(Locale.ROOT)}) {
                Table t = read(md, catalog, schema, candidate);
                if (t != null) {
                    return t;
                }
            }
            return MISSING;
        } catch (SQLException e) {
            // Unknown schema: the translator then assumes the worst, as without schema information.
            return MISSING;
        }
    }

    private String schemaOrNull() {
        try {
            return connection.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            return null;
        }
    }

    private static Table read(DatabaseMetaData md, String catalog, String schema, String table) throws SQLException {
        Map<String, ColumnInfo> columns = new HashMap<>();
        try (ResultSet rs = md.getColumns(catalog, schema, table, null)) {
            while (rs.next()) {
                columns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        new ColumnInfo(kind(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME")),
                                rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
            }
        }
        if (columns.isEmpty()) {
            return null;
        }
        List<List<String>> keys = new ArrayList<>();
        List<String> primary = new ArrayList<>();
        try (ResultSet rs = md.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                primary.add(rs.getString("COLUMN_NAME"));
            }
        }
        if (!primary.isEmpty()) {
            keys.add(primary);
        }
        Map<String, List<String>> unique = new LinkedHashMap<>();
        try (ResultSet rs = md.getIndexInfo(catalog, schema, table, true, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (index != null && column != null) {
                    unique.computeIfAbsent(index, k -> new ArrayList<>()).add(column);
                }
            }
        }
        for (List<String> cols : unique.values()) {
            if (!cols.equals(primary)) {
                keys.add(cols);
            }
        }
        return new Table(columns, keys);
    }

    static TypeKind kind(int jdbcType, String typeName) {
        return switch (jdbcType) {
            case Types.BOOLEAN -> TypeKind.BOOLEAN;
            case Types.BIT -> typeName != null && typeName.equalsIgnoreCase("bool") ? TypeKind.BOOLEAN : TypeKind.OTHER;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> TypeKind.INTEGER;
            case Types.DECIMAL, Types.NUMERIC -> TypeKind.DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> TypeKind.FLOAT;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                    Types.CLOB, Types.NCLOB -> TypeKind.TEXT;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> TypeKind.BINARY;
            case Types.DATE -> TypeKind.DATE;
            case Types.TIME, Types.TIME_WITH_TIMEZONE -> TypeKind.TIME;
            case Types.TIMESTAMP -> typeName != null && typeName.toLowerCase(Locale.ROOT).contains("tz")
                    ? TypeKind.TIMESTAMP_TZ : TypeKind.TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> TypeKind.TIMESTAMP_TZ;
            default -> {
                String n = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
                if (n.startsWith("json")) {
                    yield TypeKind.JSON;
                }
                yield n.equals("uuid") ? TypeKind.UUID : n.startsWith("interval") ? TypeKind.INTERVAL : TypeKind.OTHER;
            }
        };
    }
}
