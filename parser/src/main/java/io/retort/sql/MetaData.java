package io.retort.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A collection of {@link Table}s and indexes (SQLAlchemy's {@code MetaData}): the schema an application
 * declares in code. {@link #createAll()} gives the DDL in an order that satisfies foreign keys.
 *
 * <pre>{@code
 * MetaData metadata = new MetaData();
 * Table users = metadata.table("users", ColumnDefinition.of("id", DataType.INTEGER).primaryKey());
 * Table orders = metadata.table("orders",
 *         ColumnDefinition.of("id", DataType.INTEGER).primaryKey(),
 *         ColumnDefinition.of("user_id", DataType.INTEGER).notNull().references(users.col("id")));
 * metadata.index("ix_orders_user", orders, "user_id");
 * List<Statement> ddl = metadata.createAll();   // CREATE TABLE users, CREATE TABLE orders, CREATE INDEX
 * }</pre>
 * Not thread-safe while tables are being added; tables themselves are immutable.
 */
public final class MetaData {

    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final List<CreateIndex> indexes = new ArrayList<>();

    /**
     * Declares a table.
     *
     * @throws IllegalArgumentException when a table of that name is already declared
     */
    public Table table(String name, TableElement... elements) {
        return table(Name.of(name), elements);
    }

    public Table table(Name name, TableElement... elements) {
        String key = key(name);
        if (tables.containsKey(key)) {
            throw new IllegalArgumentException("table " + name + " is already declared in this MetaData");
        }
        Table t = new Table(name, List.of(elements));
        tables.put(key, t);
        return t;
    }

    /** The declared table named {@code name} (case-insensitive), or null. */
    public Table table(String name) {
        return tables.get(key(Name.of(name)));
    }

    /** The declared tables, in declaration order. */
    public List<Table> tables() {
        return List.copyOf(tables.values());
    }

    /** Declares {@code CREATE INDEX name ON table (columns)}. */
    public CreateIndex index(String name, Table table, String... columns) {
        return addIndex(name, table, null, columns);
    }

    /** Declares {@code CREATE UNIQUE INDEX name ON table (columns)}. */
    public CreateIndex uniqueIndex(String name, Table table, String... columns) {
        return addIndex(name, table, "UNIQUE", columns);
    }

    private CreateIndex addIndex(String name, Table table, String kind, String... columns) {
        List<IndexColumn> list = new ArrayList<>(columns.length);
        for (String c : columns) {
            list.add(new IndexColumn(new ColumnRef(null, table.column(c).name()), null, null, null));
        }
        CreateIndex index = new CreateIndex(Identifier.of(name), table.name(), kind, false, false, null, list, List.of(), null,
                List.of(), Comments.NONE);
        indexes.add(index);
        return index;
    }

    /**
     * CREATE TABLE for every table, referenced tables before the tables that reference them, then the
     * CREATE INDEX statements. A foreign-key cycle keeps declaration order for the tables in the cycle.
     */
    public List<Statement> createAll() {
        List<Statement> out = new ArrayList<>();
        for (Table t : sorted()) {
            out.add(t.toCreateTable());
        }
        out.addAll(indexes);
        return out;
    }

    /** DROP TABLE for every table, referencing tables first. */
    public List<Statement> dropAll() {
        List<Table> order = sorted();
        List<Statement> out = new ArrayList<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            out.add(order.get(i).toDropTable());
        }
        return out;
    }

    private List<Table> sorted() {
        Set<String> done = new LinkedHashSet<>();
        Set<String> visiting = new LinkedHashSet<>();
        List<Table> out = new ArrayList<>();
        for (String k : tables.keySet()) {
            visit(k, done, visiting, out);
        }
        return out;
    }

    private void visit(String key, Set<String> done, Set<String> visiting, List<Table> out) {
        if (done.contains(key) || !visiting.add(key)) {
            return;
        }
        Table t = tables.get(key);
        for (Name ref : t.referencedTables()) {
            String r = key(ref);
            if (tables.containsKey(r) && !r.equals(key)) {
                visit(r, done, visiting, out);
            }
        }
        visiting.remove(key);
        if (done.add(key)) {
            out.add(t);
        }
    }

    private static String key(Name name) {
        StringBuilder sb = new StringBuilder();
        for (Identifier part : name.parts()) {
            sb.append(part.quoted() ? part.text() : part.text().toLowerCase(Locale.ROOT)).append('.');
        }
        return sb.toString();
    }
}
