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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Schema information read lazily from a database's {@link DatabaseMetaData} (columns, primary and
 * unique keys), once per table, for the translator. Thread-safe.
 *
 * <pre>{@code
 * SchemaInfo schema = JdbcSchemaInfo.of(connection);
 * SqlTranslator.translate(statement, SqlDialect.POSTGRESQL, target, TranslationOptions.of(schema));
 * }</pre>
 *
 * <p>Connections to one database can share what was read: {@link #shared()} is a cache that reads nothing
 * itself; {@link #through(Connection)} gives a view of it that reads the tables it has not seen yet
 * through that connection. A view remembers a missing table only for itself (take one per translation,
 * and a table created since is found by the next); the cache keeps the tables it found until
 * {@link #invalidate()} (after DDL), which also changes its {@link #generation()}.
 *
 * <pre>{@code
 * JdbcSchemaInfo database = JdbcSchemaInfo.shared();            // one per database
 * SchemaInfo forThisTranslation = database.through(connection);
 * }</pre>
 */
public final class JdbcSchemaInfo implements SchemaInfo {

    private record Table(Map<String, ColumnInfo> columns, List<List<String>> keys) {
    }

    private static final Table MISSING = new Table(Map.of(), List.of());

    /** The tables found, by lower-case name, and the number of invalidations so far. */
    private static final class Tables {
        final Map<String, Table> found = new ConcurrentHashMap<>();
        volatile long generation;
    }

    /** Null for a shared cache, which reads nothing itself. */
    private final Connection connection;
    private final Tables tables;
    /** Tables this view did not find; null for {@link #of}, which keeps them with the others. */
    private final Set<String> missing;

    private JdbcSchemaInfo(Connection connection, Tables tables, Set<String> missing) {
        this.connection = connection;
        this.tables = tables;
        this.missing = missing;
    }

    /** Schema information of the database {@code connection} is connected to (read as it is needed). */
    public static JdbcSchemaInfo of(Connection connection) {
        return new JdbcSchemaInfo(java.util.Objects.requireNonNull(connection, "connection"), new Tables(), null);
    }

    /** An empty cache for the connections to one database; it reads through its {@link #through views}. */
    public static JdbcSchemaInfo shared() {
        return new JdbcSchemaInfo(null, new Tables(), ConcurrentHashMap.newKeySet());
    }

    /**
     * A view of this cache that reads the tables it has not seen yet through {@code connection} and keeps
     * those it finds in the cache. The view is meant for one translation (or one thread at a time).
     */
    public JdbcSchemaInfo through(Connection connection) {
        return new JdbcSchemaInfo(java.util.Objects.requireNonNull(connection, "connection"), tables,
                ConcurrentHashMap.newKeySet());
    }

    /** Forgets every table read so far: their definitions may have changed (CREATE, ALTER, DROP). */
    public void invalidate() {
        tables.generation++;
        tables.found.clear();
    }

    /** How many times the cache was invalidated: translations made with it are valid for one generation. */
    public long generation() {
        return tables.generation;
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
        String key = name.toLowerCase(Locale.ROOT);
        if (missing == null) {
            return tables.found.computeIfAbsent(key, k -> load(name));
        }
        Table known = tables.found.get(key);
        if (known != null) {
            return known;
        }
        if (connection == null || missing.contains(key)) {
            return MISSING;
        }
        long generation = tables.generation;
        Table loaded = load(name);
        if (loaded == MISSING) {
            missing.add(key);
        } else if (tables.generation == generation) {
            // (read before an invalidation that came during the read: used for this view, not kept)
            tables.found.putIfAbsent(key, loaded);
        }
        return loaded;
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
        // sqlite-jdbc reports the column's affinity as its JDBC type (a DATE is a VARCHAR, a BIGINT an INTEGER);
        // the declared type says what the application meant
        boolean declared = "SQLite".equalsIgnoreCase(md.getDatabaseProductName());
        try (ResultSet rs = md.getColumns(catalog, schema, table, null)) {
            while (rs.next()) {
                int jdbcType = rs.getInt("DATA_TYPE");
                String typeName = rs.getString("TYPE_NAME");
                boolean nullable = rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls;
                SqlType type = declared ? declaredType(typeName) : null;
                columns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), type != null
                        ? new ColumnInfo(type.kind(), nullable, type.integerBits())
                        : new ColumnInfo(kind(jdbcType, typeName), nullable, declared ? 0 : integerBits(jdbcType)));
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

    /** A declared type name ({@code DATE}, {@code DOUBLE PRECISION}, {@code NUMERIC(10, 2)}) read as SQLite reads it. */
    private static SqlType declaredType(String typeName) {
        if (typeName == null || typeName.isBlank()) {
            return null;
        }
        int paren = typeName.indexOf('(');
        String name = (paren >= 0 ? typeName.substring(0, paren) : typeName).strip().toUpperCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
        return TypeMapping.read(io.retort.sql.DataType.of(name), io.retort.sql.SqlDialect.SQLITE);
    }

    /** The width of a JDBC integer type (what PostgreSQL's SUM result depends on); 0 for the others. */
    static int integerBits(int jdbcType) {
        return switch (jdbcType) {
            case Types.TINYINT -> 8;
            case Types.SMALLINT -> 16;
            case Types.INTEGER -> 32;
            case Types.BIGINT -> 64;
            default -> 0;
        };
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
