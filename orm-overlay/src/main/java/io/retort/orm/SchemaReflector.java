package io.retort.orm;

import io.retort.parser.SqlParser;
import io.retort.sql.ColumnDefinition;
import io.retort.sql.ColumnRef;
import io.retort.sql.DataType;
import io.retort.sql.Expression;
import io.retort.sql.ForeignKey;
import io.retort.sql.ForeignKeyReference;
import io.retort.sql.Identifier;
import io.retort.sql.IndexColumn;
import io.retort.sql.MetaData;
import io.retort.sql.Name;
import io.retort.sql.PrimaryKey;
import io.retort.sql.ReferentialAction;
import io.retort.sql.SqlDialect;
import io.retort.sql.Table;
import io.retort.sql.TableElement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a live database's tables into the Core model through JDBC's {@link DatabaseMetaData}: the
 * tables of the connection's current catalog and schema, their columns (type with length or precision,
 * NOT NULL, DEFAULT where the parser can read it, identity), primary keys, foreign keys and indexes.
 */
final class SchemaReflector {

    private SchemaReflector() {
    }

    private record Scope(String catalog, String schema) {
    }

    private static Scope scope(Connection c) throws SQLException {
        String catalog = null;
        String schema = null;
        try {
            catalog = c.getCatalog();
        } catch (SQLException | AbstractMethodError e) {
            // The driver has no catalogs: search them all.
        }
        try {
            schema = c.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            // Likewise for schemas.
        }
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("sqlite")) {
            return new Scope(null, null);
        }
        return new Scope(catalog, schema);
    }

    static List<String> tableNames(Connection c) throws SQLException {
        Scope s = scope(c);
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(s.catalog(), s.schema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.startsWith("sqlite_")) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    static MetaData reflect(Connection c) throws SQLException {
        Scope s = scope(c);
        DatabaseMetaData meta = c.getMetaData();
        SqlDialect dialect = io.retort.dialect.Dialect.forConnection(meta).family();
        MetaData md = new MetaData();
        for (String table : tableNames(c)) {
            List<String> pk = primaryKey(meta, s, table);
            Map<String, String> declared = dialect == SqlDialect.SQLITE ? sqliteDeclaredTypes(c, table) : Map.of();
            List<TableElement> elements = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(s.catalog(), s.schema(), table, "%")) {
                while (rs.next()) {
                    elements.add(column(rs, pk, dialect, declared));
                }
            }
            if (pk.size() > 1) {
                List<IndexColumn> cols = new ArrayList<>();
                for (String p : pk) {
                    cols.add(new IndexColumn(new ColumnRef(null, Identifier.of(p)), null, null, null));
                }
                elements.add(new PrimaryKey(null, cols, List.of()));
            }
            elements.addAll(foreignKeys(meta, s, table));
            Table t = md.table(table, elements.toArray(new TableElement[0]));
            indexes(md, meta, s, t, pk);
        }
        return md;
    }

    private static List<String> primaryKey(DatabaseMetaData meta, Scope s, String table) throws SQLException {
        Map<Integer, String> byPosition = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(s.catalog(), s.schema(), table)) {
            while (rs.next()) {
                byPosition.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return new ArrayList<>(byPosition.values());
    }

    /**
     * SQLite's types as declared ({@code NUMERIC(12, 2)}): its driver reports only the name, and sizes of its
     * own making.
     */
    private static Map<String, String> sqliteDeclaredTypes(Connection c, String table) throws SQLException {
        Map<String, String> out = new java.util.HashMap<>();
        try (java.sql.Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA table_info(\"" + table.replace("\"", "\"\"") + "\")")) {
            while (rs.next()) {
                out.put(rs.getString("name").toLowerCase(Locale.ROOT), rs.getString("type"));
            }
        }
        return out;
    }

    private static ColumnDefinition column(ResultSet rs, List<String> pk, SqlDialect dialect, Map<String, String> declared)
            throws SQLException {
        String name = rs.getString("COLUMN_NAME");
        String typeName = rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT);
        int size = rs.getInt("COLUMN_SIZE");
        boolean sized = !rs.wasNull();
        int digits = rs.getInt("DECIMAL_DIGITS");
        String written = declared.get(name.toLowerCase(Locale.ROOT));
        DataType type = written != null && !written.isBlank() ? MapperFactory.parseType(written, name)
                : dataType(typeName, sized ? size : -1, digits);
        ColumnDefinition d = new ColumnDefinition(Identifier.of(name), type, List.of());
        boolean key = pk.size() == 1 && pk.get(0).equalsIgnoreCase(name);
        String auto = safeString(rs, "IS_AUTOINCREMENT");
        if (key && "YES".equalsIgnoreCase(auto)) {
            d = d.identity();
        }
        if (key) {
            d = d.primaryKey();
        } else if (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls) {
            d = d.notNull();
        }
        String def = rs.getString("COLUMN_DEF");
        Expression value = def == null || "YES".equalsIgnoreCase(auto) ? null : defaultValue(def, dialect);
        if (value != null) {
            d = d.defaultValue(value);
        }
        return d;
    }

    private static String safeString(ResultSet rs, String column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            return null;
        }
    }

    /** A column type with the arguments that matter: lengths of character types, precision and scale of decimals. */
    static DataType dataType(String typeName, int size, int digits) {
        String t = typeName.replace("\"", "");
        boolean chars = t.equals("VARCHAR") || t.equals("CHAR") || t.equals("CHARACTER VARYING") || t.equals("CHARACTER")
                || t.equals("NVARCHAR") || t.equals("BPCHAR");
        boolean decimal = t.equals("NUMERIC") || t.equals("DECIMAL");
        if (chars && size > 0 && size < Integer.MAX_VALUE) {
            return DataType.of(t, size);
        }
        if (decimal && size > 0 && size < 1000) {
            return DataType.of(t, size, Math.max(0, digits));
        }
        return DataType.of(t);
    }

    /** The expression of a DEFAULT as the database reports it, when the parser reads it (else none). */
    private static Expression defaultValue(String text, SqlDialect dialect) {
        try {
            return SqlParser.parseExpression(text, dialect);
        } catch (SQLException | RuntimeException e) {
            // A default the parser does not read is left out of the reflected model.
        }
        return null;
    }

    private static List<TableElement> foreignKeys(DatabaseMetaData meta, Scope s, String table) throws SQLException {
        record Part(int seq, String fkColumn, String pkTable, String pkColumn, int deleteRule) {
        }
        Map<String, List<Part>> byName = new java.util.LinkedHashMap<>();
        try (ResultSet rs = meta.getImportedKeys(s.catalog(), s.schema(), table)) {
            int unnamed = 0;
            while (rs.next()) {
                String name = rs.getString("FK_NAME");
                int seq = rs.getInt("KEY_SEQ");
                if (name == null || name.isEmpty()) {
                    name = "#" + (seq == 1 ? ++unnamed : unnamed);
                }
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Part(seq, rs.getString("FKCOLUMN_NAME"),
                        rs.getString("PKTABLE_NAME"), rs.getString("PKCOLUMN_NAME"), rs.getInt("DELETE_RULE")));
            }
        }
        List<TableElement> out = new ArrayList<>();
        for (Map.Entry<String, List<Part>> e : byName.entrySet()) {
            List<Part> parts = new ArrayList<>(e.getValue());
            parts.sort(java.util.Comparator.comparingInt(Part::seq));
            List<Identifier> cols = new ArrayList<>();
            List<Identifier> refs = new ArrayList<>();
            for (Part p : parts) {
                cols.add(Identifier.of(p.fkColumn()));
                refs.add(Identifier.of(p.pkColumn()));
            }
            ReferentialAction onDelete = switch (parts.get(0).deleteRule()) {
                case DatabaseMetaData.importedKeyCascade -> ReferentialAction.CASCADE;
                case DatabaseMetaData.importedKeySetNull -> ReferentialAction.SET_NULL;
                case DatabaseMetaData.importedKeySetDefault -> ReferentialAction.SET_DEFAULT;
                case DatabaseMetaData.importedKeyRestrict -> ReferentialAction.RESTRICT;
                default -> null;
            };
            Identifier name = e.getKey().startsWith("#") ? null : Identifier.of(e.getKey());
            out.add(new ForeignKey(name, cols, new ForeignKeyReference(Name.of(parts.get(0).pkTable()), refs, onDelete,
                    null, null)));
        }
        return out;
    }

    private static void indexes(MetaData md, DatabaseMetaData meta, Scope s, Table t, List<String> pk) throws SQLException {
        record Index(boolean unique, TreeMap<Integer, String> columns) {
        }
        Map<String, Index> byName = new java.util.LinkedHashMap<>();
        try (ResultSet rs = meta.getIndexInfo(s.catalog(), s.schema(), t.name().last().text(), false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (name == null || column == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                    continue;
                }
                boolean unique = !rs.getBoolean("NON_UNIQUE");
                byName.computeIfAbsent(name, k -> new Index(unique, new TreeMap<>()))
                        .columns().put(rs.getInt("ORDINAL_POSITION"), column);
            }
        }
        for (Map.Entry<String, Index> e : byName.entrySet()) {
            List<String> cols = new ArrayList<>(e.getValue().columns().values());
            if (e.getValue().unique() && sameColumns(cols, pk)) {
                continue; // the primary key's own index
            }
            String[] names = cols.toArray(new String[0]);
            if (e.getValue().unique()) {
                md.uniqueIndex(e.getKey(), t, names);
            } else {
                md.index(e.getKey(), t, names);
            }
        }
    }

    private static boolean sameColumns(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equalsIgnoreCase(b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
