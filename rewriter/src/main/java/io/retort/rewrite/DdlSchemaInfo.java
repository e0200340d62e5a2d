package io.retort.rewrite;

import io.retort.sql.ColumnConstraint;
import io.retort.sql.ColumnDefinition;
import io.retort.sql.ColumnIdentity;
import io.retort.sql.ColumnNullability;
import io.retort.sql.ColumnPrimaryKey;
import io.retort.sql.ColumnUnique;
import io.retort.sql.CreateTable;
import io.retort.sql.IndexColumn;
import io.retort.sql.ColumnRef;
import io.retort.sql.PrimaryKey;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import io.retort.sql.TableElement;
import io.retort.sql.UniqueKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Schema information from CREATE TABLE trees. */
final class DdlSchemaInfo implements SchemaInfo {

    private final Map<String, Map<String, ColumnInfo>> columns = new HashMap<>();
    private final Map<String, List<List<String>>> keys = new HashMap<>();

    static DdlSchemaInfo of(List<? extends Statement> statements) {
        DdlSchemaInfo info = new DdlSchemaInfo();
        for (Statement s : statements) {
            if (s instanceof CreateTable c) {
                info.add(c);
            }
        }
        return info;
    }

    private void add(CreateTable c) {
        String table = key(c.name().last().text());
        Map<String, ColumnInfo> cols = new HashMap<>();
        List<List<String>> uniques = new ArrayList<>();
        for (TableElement e : c.elements()) {
            switch (e) {
                case ColumnDefinition d -> {
                    boolean nullable = true;
                    for (ColumnConstraint k : d.constraints()) {
                        if (k instanceof ColumnNullability n && !n.nullable() || k instanceof ColumnPrimaryKey
                                || k instanceof ColumnIdentity) {
                            nullable = false;
                        }
                        if (k instanceof ColumnPrimaryKey) {
                            uniques.add(0, List.of(d.name().text()));
                        } else if (k instanceof ColumnUnique) {
                            uniques.add(List.of(d.name().text()));
                        }
                    }
                    SqlType t = d.type() == null ? null : TypeMapping.read(d.type(), SqlDialect.ANSI);
                    if (t != null && t.serial()) {
                        nullable = false;
                    }
                    cols.put(key(d.name().text()), new ColumnInfo(t == null ? TypeKind.OTHER : t.kind(), nullable,
                            t == null ? 0 : t.integerBits()));
                }
                case PrimaryKey p -> uniques.add(0, names(p.columns()));
                case UniqueKey u -> uniques.add(names(u.columns()));
                default -> {
                }
            }
        }
        columns.put(table, cols);
        keys.put(table, uniques);
    }

    private static List<String> names(List<IndexColumn> columns) {
        List<String> out = new ArrayList<>();
        for (IndexColumn c : columns) {
            if (c.expression() instanceof ColumnRef r) {
                out.add(r.column().text());
            }
        }
        return out;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public ColumnInfo column(String table, String column) {
        Map<String, ColumnInfo> cols = columns.get(key(table));
        return cols == null ? null : cols.get(key(column));
    }

    @Override
    public boolean hasTable(String table) {
        return columns.containsKey(key(table));
    }

    @Override
    public List<List<String>> uniqueKeys(String table) {
        return keys.getOrDefault(key(table), List.of());
    }
}
