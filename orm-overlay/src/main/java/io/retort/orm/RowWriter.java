package io.retort.orm;

import io.retort.dialect.Dialect;
import io.retort.dialect.RenderedSql;
import io.retort.sql.Assignment;
import io.retort.sql.ColumnRef;
import io.retort.sql.Comments;
import io.retort.sql.Delete;
import io.retort.sql.Expression;
import io.retort.sql.Identifier;
import io.retort.sql.Insert;
import io.retort.sql.Name;
import io.retort.sql.RowValue;
import io.retort.sql.Sql;
import io.retort.sql.SqlDialect;
import io.retort.sql.TableRef;
import io.retort.sql.Update;
import io.retort.sql.Values;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * UPDATEs and DELETEs by primary key in JDBC batches (one statement shape per set of changed columns),
 * with version checks, and the rows of association tables.
 */
final class RowWriter {

    /** Association-table statements, shared (they do not belong to one mapper). */
    private static final Map<Object, String> ASSOCIATION_SQL = new ConcurrentHashMap<>();

    private record UpdateShape(List<Integer> columns, boolean versioned, String shard, Dialect dialect) {
    }

    private record DeleteShape(boolean versioned, String shard, Dialect dialect) {
    }

    private record AssociationShape(String table, String a, String b, String kind, int rows, String shard, Dialect dialect) {
    }

    private RowWriter() {
    }

    /** One UPDATE to run: the object, the columns it changes, and the values to write. */
    record Change(EntityState state, int[] columns, Object[] values) {
    }

    /**
     * UPDATE ... SET changed columns [, version = old + 1] WHERE key = ? [AND version = old], batched per
     * shape. Throws {@link StaleObjectException} when a row was not found (with the version it expected).
     */
    static void update(Session s, EntityMapper<?> m, Shard shard, int[] columns, List<Change> changes) throws SQLException {
        Dialect dialect = s.dialect(shard);
        boolean versioned = m.version != null;
        List<Integer> cols = new ArrayList<>();
        for (int c : columns) {
            cols.add(c);
        }
        UpdateShape key = new UpdateShape(cols, versioned, shard.id, dialect);
        String sql = (String) m.statements.get(key);
        if (sql == null) {
            Update u = Sql.update(TableRef.of(m.tableName));
            int p = 0;
            for (int c : columns) {
                u = u.set(new Assignment(List.of(column(m.columns[c].name())), Sql.param(++p)));
            }
            if (versioned) {
                u = u.set(new Assignment(List.of(column(m.version.name())), Sql.param(++p)));
            }
            u = u.where(column(m.id.name()).eq(Sql.param(++p)));
            if (versioned) {
                u = u.where(column(m.version.name()).eq(Sql.param(++p)));
            }
            sql = checkedOrder(s.render(shard, u));
            m.statements.put(key, sql);
        }
        SqlDialect family = dialect.family();
        try (PreparedStatement ps = s.prepareSql(shard, sql)) {
            for (Change ch : changes) {
                int i = 1;
                for (int c : columns) {
                    m.columns[c].type.bind(ps, i++, ch.values()[c], family);
                }
                Object oldVersion = null;
                if (versioned) {
                    oldVersion = ch.state().snapshot[m.version.index];
                    m.version.type.bind(ps, i++, ch.values()[m.version.index], family);
                }
                m.id.type.bind(ps, i++, ch.values()[m.id.index], family);
                if (versioned) {
                    m.version.type.bind(ps, i, oldVersion, family);
                }
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            checkCounts(s, m, shard, counts, changes, "UPDATE");
        }
    }

    /** DELETE FROM t WHERE key = ? [AND version = ?], batched. */
    static void delete(Session s, EntityMapper<?> m, Shard shard, List<EntityState> rows) throws SQLException {
        Dialect dialect = s.dialect(shard);
        boolean versioned = m.version != null;
        DeleteShape key = new DeleteShape(versioned, shard.id, dialect);
        String sql = (String) m.statements.get(key);
        if (sql == null) {
            Delete d = Sql.deleteFrom(TableRef.of(m.tableName)).where(column(m.id.name()).eq(Sql.param(1)));
            if (versioned) {
                d = d.where(column(m.version.name()).eq(Sql.param(2)));
            }
            sql = checkedOrder(s.render(shard, d));
            m.statements.put(key, sql);
        }
        SqlDialect family = dialect.family();
        List<Change> changes = new ArrayList<>(rows.size());
        try (PreparedStatement ps = s.prepareSql(shard, sql)) {
            for (EntityState st : rows) {
                m.id.type.bind(ps, 1, st.snapshot[m.id.index], family);
                if (versioned) {
                    m.version.type.bind(ps, 2, st.snapshot[m.version.index], family);
                }
                ps.addBatch();
                changes.add(new Change(st, new int[0], st.snapshot));
            }
            int[] counts = ps.executeBatch();
            if (versioned) {
                checkCounts(s, m, shard, counts, changes, "DELETE");
            }
        }
    }

    private static void checkCounts(Session s, EntityMapper<?> m, Shard shard, int[] counts, List<Change> changes,
            String verb) throws SQLException {
        for (int i = 0; i < counts.length; i++) {
            int c = counts[i];
            if (c == 1) {
                continue;
            }
            if (c == java.sql.Statement.SUCCESS_NO_INFO) {
                verify(s, m, shard, changes, verb);
                return;
            }
            throw stale(s, m, shard, changes.get(i), verb, c);
        }
    }

    /** A driver that gave no row counts: read the versions back to check every row was written. */
    private static void verify(Session s, EntityMapper<?> m, Shard shard, List<Change> changes, String verb)
            throws SQLException {
        for (Change ch : changes) {
            Object[] now = currentRow(s, m, shard, ch.values()[m.id.index]);
            boolean ok = verb.equals("DELETE") ? now == null
                    : now != null && (m.version == null || m.version.type.same(now[1], ch.values()[m.version.index]));
            if (!ok) {
                throw stale(s, m, shard, ch, verb, 0);
            }
        }
    }

    private static StaleObjectException stale(Session s, EntityMapper<?> m, Shard shard, Change ch, String verb, int count)
            throws SQLException {
        Object key = ch.values()[m.id.index];
        Object expected = m.version == null ? null : ch.state().snapshot[m.version.index];
        Object[] now = currentRow(s, m, shard, key);
        Object actual = now == null || m.version == null ? null : now[1];
        String what = m.type.getSimpleName() + "#" + key + " (table " + m.table + ")";
        String message;
        if (now == null) {
            message = verb + " of " + what + " found no row: another transaction deleted it since this session loaded it"
                    + (m.version != null ? " (at version " + expected + ")" : "")
                    + "; roll back, and reload before changing it again";
        } else if (m.version != null) {
            message = verb + " of " + what + " expected version " + expected + ", but the database has version " + actual
                    + ": another transaction changed the row since this session loaded it; roll back, refresh the object"
                    + " and apply the change again";
        } else {
            message = verb + " of " + what + " changed " + count + " rows instead of 1";
        }
        return new StaleObjectException(message, ch.state().entity, expected, actual);
    }

    /** The key and version of a row (null when there is none). */
    private static Object[] currentRow(Session s, EntityMapper<?> m, Shard shard, Object key) throws SQLException {
        ColumnRef id = column(m.id.name());
        io.retort.sql.Select q = Sql.select(id, m.version != null ? column(m.version.name()) : id)
                .from(TableRef.of(m.tableName)).where(id.eq(Sql.param(1)))
                // A locking read sees the latest committed row even under REPEATABLE READ (MariaDB's default).
                .forShare();
        Binds b = new Binds();
        b.add(key, m.id.type);
        SqlDialect family = s.dialect(shard).family();
        try (PreparedStatement ps = s.prepare(shard, q, b); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            Object v = m.version != null ? m.version.type.read(rs, 2, family) : null;
            return new Object[] {key, v};
        }
    }

    /** UPDATE t SET fk = ? WHERE key = ?: foreign keys written after the inserts (post-update). */
    static void postUpdate(Session s, EntityMapper<?> m, Shard shard, ColumnProperty fk, List<Object[]> keyAndValue)
            throws SQLException {
        Dialect dialect = s.dialect(shard);
        Object shape = List.of("post-update", fk.name(), shard.id, dialect);
        String sql = (String) m.statements.get(shape);
        if (sql == null) {
            Update u = Sql.update(TableRef.of(m.tableName))
                    .set(new Assignment(List.of(column(fk.name())), Sql.param(1)))
                    .where(column(m.id.name()).eq(Sql.param(2)));
            sql = checkedOrder(s.render(shard, u));
            m.statements.put(shape, sql);
        }
        SqlDialect family = dialect.family();
        try (PreparedStatement ps = s.prepareSql(shard, sql)) {
            for (Object[] kv : keyAndValue) {
                fk.type.bind(ps, 1, kv[1], family);
                m.id.type.bind(ps, 2, kv[0], family);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** INSERT INTO association (a, b) VALUES (?, ?), ... */
    static void insertLinks(Session s, Shard shard, Relationship owning, List<Object[]> pairs) throws SQLException {
        Dialect dialect = s.dialect(shard);
        SqlDialect family = dialect.family();
        ValueType ta = owning.owner.id.type;
        ValueType tb = owning.target.id.type;
        int max = Math.min(500, s.factory.rowsPerStatement);
        for (int from = 0; from < pairs.size(); from += max) {
            int n = Math.min(max, pairs.size() - from);
            AssociationShape key = new AssociationShape(owning.joinTable, owning.ownerColumn, owning.elementColumn, "insert",
                    n, shard.id, dialect);
            String sql = ASSOCIATION_SQL.get(key);
            if (sql == null) {
                List<RowValue> rows = new ArrayList<>();
                int p = 0;
                for (int r = 0; r < n; r++) {
                    rows.add(new RowValue(List.of(Sql.param(++p), Sql.param(++p))));
                }
                Insert ins = Sql.insert(TableRef.of(Name.of(owning.joinTable)))
                        .columns(owning.ownerColumn, owning.elementColumn)
                        .withSource(new Values(null, rows, List.of(), null, Comments.NONE));
                sql = checkedOrder(s.render(shard, ins));
                ASSOCIATION_SQL.put(key, sql);
            }
            try (PreparedStatement ps = s.prepareSql(shard, sql)) {
                int i = 1;
                for (int r = 0; r < n; r++) {
                    Object[] pair = pairs.get(from + r);
                    ta.bind(ps, i++, pair[0], family);
                    tb.bind(ps, i++, pair[1], family);
                }
                ps.executeUpdate();
            }
        }
    }

    /** DELETE FROM association WHERE a = ? AND b = ?, batched. */
    static void deleteLinks(Session s, Shard shard, Relationship owning, List<Object[]> pairs) throws SQLException {
        Dialect dialect = s.dialect(shard);
        AssociationShape key = new AssociationShape(owning.joinTable, owning.ownerColumn, owning.elementColumn, "delete", 1,
                shard.id, dialect);
        String sql = ASSOCIATION_SQL.get(key);
        if (sql == null) {
            Delete d = Sql.deleteFrom(TableRef.of(Name.of(owning.joinTable)))
                    .where(column(owning.ownerColumn).eq(Sql.param(1)))
                    .where(column(owning.elementColumn).eq(Sql.param(2)));
            sql = checkedOrder(s.render(shard, d));
            ASSOCIATION_SQL.put(key, sql);
        }
        SqlDialect family = dialect.family();
        try (PreparedStatement ps = s.prepareSql(shard, sql)) {
            for (Object[] pair : pairs) {
                owning.owner.id.type.bind(ps, 1, pair[0], family);
                owning.target.id.type.bind(ps, 2, pair[1], family);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** DELETE FROM association WHERE column = ?: every link of objects being deleted. */
    static void deleteLinksOf(Session s, Shard shard, String table, String column, ValueType type, List<Object> keys)
            throws SQLException {
        Dialect dialect = s.dialect(shard);
        AssociationShape key = new AssociationShape(table, column, "", "delete-of", 1, shard.id, dialect);
        String sql = ASSOCIATION_SQL.get(key);
        if (sql == null) {
            Delete d = Sql.deleteFrom(TableRef.of(Name.of(table))).where(column(column).eq(Sql.param(1)));
            sql = checkedOrder(s.render(shard, d));
            ASSOCIATION_SQL.put(key, sql);
        }
        SqlDialect family = dialect.family();
        try (PreparedStatement ps = s.prepareSql(shard, sql)) {
            for (Object k : keys) {
                type.bind(ps, 1, k, family);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static ColumnRef column(String name) {
        return new ColumnRef(null, Identifier.of(name));
    }

    /** The rendered SQL, which must bind its parameters in the order they were built. */
    private static String checkedOrder(RenderedSql sql) {
        if (!sql.bindsInSourceOrder()) {
            throw new IllegalStateException("the dialect reordered the parameters of " + sql.sql()
                    + Arrays.toString(sql.sourceIndexes()));
        }
        return sql.sql();
    }

    static Expression param(int i) {
        return Sql.param(i);
    }
}
