package io.retort.orm;

import io.retort.dialect.Capability;
import io.retort.dialect.Dialect;
import io.retort.orm.metamodel.Assignment;
import io.retort.sql.BinaryOp;
import io.retort.sql.BinaryOperator;
import io.retort.sql.ColumnRef;
import io.retort.sql.Comments;
import io.retort.sql.Expression;
import io.retort.sql.Insert;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** ORM-enabled bulk INSERT, UPDATE and DELETE, and how they keep the session's objects true. */
final class Bulk {

    private Bulk() {
    }

    // ------------------------------------------------------------------ INSERT

    static int insert(Session s, BulkInsert<?> ins) throws SQLException {
        EntityMapper<?> m = s.registry.mapper(ins.entity);
        if (m.readOnly) {
            throw new IllegalArgumentException(m.type.getSimpleName() + " is mapped read-only; it cannot be inserted");
        }
        s.autoflush();
        int count = 0;
        if (!ins.objects.isEmpty()) {
            count += insertObjects(s, m, ins.objects);
        }
        // Rows that set the same columns go into one statement.
        Map<TreeSet<Integer>, List<Object[]>> groups = new LinkedHashMap<>();
        for (List<? extends Assignment<?>> row : ins.rows) {
            Object[] values = new Object[m.columns.length];
            TreeSet<Integer> set = new TreeSet<>();
            for (Assignment<?> a : row) {
                if (a.column().entityType() != m.type) {
                    throw new IllegalArgumentException(a.column() + " is not a column of " + m.type.getSimpleName());
                }
                ColumnProperty c = column(m, a.column().name());
                values[c.index] = c.type.coerce(a.value());
                set.add(c.index);
            }
            fillGenerated(s, m, values, set);
            groups.computeIfAbsent(set, k -> new ArrayList<>()).add(values);
        }
        for (Map.Entry<TreeSet<Integer>, List<Object[]>> g : groups.entrySet()) {
            count += insertRows(s, m, new ArrayList<>(g.getKey()), g.getValue());
        }
        return count;
    }

    private static ColumnProperty column(EntityMapper<?> m, String attribute) {
        ColumnProperty c = m.columnsByAttribute.get(attribute);
        if (c == null) {
            throw new IllegalArgumentException(m.type.getSimpleName() + " has no column " + attribute);
        }
        return c;
    }

    /** Keys from generators and the first version, for columns the row leaves out. */
    private static void fillGenerated(Session s, EntityMapper<?> m, Object[] values, TreeSet<Integer> set) throws SQLException {
        if (!set.contains(m.id.index) && m.generation != null && m.generation != io.retort.orm.annotation.GenerationType.IDENTITY) {
            values[m.id.index] = switch (m.generation) {
                case SNOWFLAKE -> s.factory.snowflake.nextLong();
                case UUID_V7 -> s.factory.uuids.nextUuid();
                case SEQUENCE -> {
                    String ds = s.factory.dataSources.keySet().iterator().next();
                    yield m.id.type.coerce(s.factory.sequence(ds, m.sequence, m.allocationSize)
                            .next(s.connection(ds), s.factory.dialect(ds)));
                }
                case IDENTITY -> throw new AssertionError();
            };
            set.add(m.id.index);
        }
        if (m.version != null && !set.contains(m.version.index)) {
            values[m.version.index] = m.version.type.coerce(1);
            set.add(m.version.index);
        }
    }

    private static int insertRows(Session s, EntityMapper<?> m, List<Integer> columns, List<Object[]> rows) throws SQLException {
        Map<Shard, List<Object[]>> byShard = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byShard.computeIfAbsent(s.routing.shardForNew(m, null, row), k -> new ArrayList<>()).add(row);
        }
        int count = 0;
        for (Map.Entry<Shard, List<Object[]>> e : byShard.entrySet()) {
            Shard shard = e.getKey();
            Dialect d = s.dialect(shard);
            int max = Math.max(1, Math.min(s.factory.rowsPerStatement, 30000 / Math.max(1, columns.size())));
            List<Object[]> list = e.getValue();
            for (int from = 0; from < list.size(); from += max) {
                List<Object[]> part = list.subList(from, Math.min(list.size(), from + max));
                String[] names = new String[columns.size()];
                for (int i = 0; i < names.length; i++) {
                    names[i] = m.columns[columns.get(i)].name();
                }
                Binds b = new Binds();
                List<RowValue> values = new ArrayList<>();
                for (Object[] row : part) {
                    List<Expression> r = new ArrayList<>();
                    for (int c : columns) {
                        r.add(b.add(row[c], m.columns[c].type));
                    }
                    values.add(new RowValue(r));
                }
                Insert insert = Sql.insert(TableRef.of(m.tableName)).columns(names)
                        .withSource(new Values(null, values, List.of(), null, Comments.NONE));
                if (!d.supports(Capability.SUPPORTS_MULTI_ROW_VALUES) && part.size() > 1) {
                    throw new java.sql.SQLFeatureNotSupportedException(d.displayName() + " has no multi-row VALUES", "0A000");
                }
                try (PreparedStatement ps = s.prepare(shard, insert, b)) {
                    count += ps.executeUpdate();
                }
            }
        }
        return count;
    }

    /** Objects inserted as rows, outside the session; their generated keys are set. */
    private static int insertObjects(Session s, EntityMapper<?> m, List<?> objects) throws SQLException {
        List<EntityState> rows = new ArrayList<>(objects.size());
        List<Object[]> values = new ArrayList<>(objects.size());
        for (Object o : objects) {
            EntityState st = new EntityState(o, m, EntityState.Status.PENDING);
            Object[] row = new Object[m.columns.length];
            TreeSet<Integer> set = new TreeSet<>();
            for (ColumnProperty c : m.columns) {
                Object v = ColumnValues.value(o, c);
                if (v == ColumnValues.UNKNOWN) {
                    throw new SQLException(m.describe(o) + "." + c.reference.name + " refers to an object without a key;"
                            + " bulk inserts do not insert related objects", "23502");
                }
                row[c.index] = v;
                if (v != null) {
                    set.add(c.index);
                }
            }
            fillGenerated(s, m, row, set);
            if (row[m.id.index] != null && m.id.field.get(o) == null) {
                m.id.field.set(o, row[m.id.index]);
            }
            if (m.version != null) {
                m.version.field.set(o, row[m.version.index]);
            }
            rows.add(st);
            values.add(row);
        }
        Map<Shard, List<Integer>> byShard = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byShard.computeIfAbsent(s.routing.shardForNew(m, rows.get(i).entity, values.get(i)), k -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<Shard, List<Integer>> e : byShard.entrySet()) {
            List<EntityState> r = new ArrayList<>();
            List<Object[]> v = new ArrayList<>();
            for (int i : e.getValue()) {
                r.add(rows.get(i));
                v.add(values.get(i));
            }
            InsertBatcher.insert(s, m, e.getKey(), r, v);
        }
        return objects.size();
    }

    // ------------------------------------------------------------------ UPDATE and DELETE

    static int update(Session s, BulkUpdate<?> u) throws SQLException {
        EntityMapper<?> m = s.registry.mapper(u.entity);
        if (m.readOnly) {
            throw new IllegalArgumentException(m.type.getSimpleName() + " is mapped read-only; it cannot be updated");
        }
        if (u.set.isEmpty()) {
            throw new IllegalArgumentException("a bulk UPDATE of " + m.type.getSimpleName() + " sets nothing; add set(...)");
        }
        s.autoflush();
        int count = 0;
        for (Shard shard : s.routing.shardsForQuery(m, u.where, null)) {
            List<Object> keys = affectedKeys(s, m, shard, u.where);
            Binds b = new Binds();
            ConditionCompiler cc = new ConditionCompiler(s.registry, s.dialect(shard), b, true);
            Update stmt = Sql.update(TableRef.of(m.tableName));
            for (Assignment<?> a : u.set) {
                ColumnProperty c = column(m, a.column().name());
                if (c.id) {
                    throw new IllegalArgumentException("a bulk UPDATE cannot change the key " + m.type.getSimpleName() + "." + c.attribute);
                }
                stmt = stmt.set(new io.retort.sql.Assignment(List.of(new ColumnRef(null, c.column)), b.add(c.type.coerce(a.value()), c.type)));
            }
            if (m.version != null) {
                ColumnRef v = new ColumnRef(null, m.version.column);
                stmt = stmt.set(new io.retort.sql.Assignment(List.of(v), new BinaryOp(v, BinaryOperator.PLUS, Sql.number(1))));
            }
            if (u.where != null) {
                stmt = stmt.where(cc.condition(u.where));
            }
            try (PreparedStatement ps = s.prepare(shard, stmt, b)) {
                count += ps.executeUpdate();
            }
            // Objects of the session whose rows changed are read again (the session flushed before, so they had no changes).
            for (Object key : keys) {
                EntityState st = s.identityMap.get(new IdentityKey(m, key, shard));
                if (st != null && st.isPersistent()) {
                    s.beforeWrite(st);
                    Loading.refresh(s, st);
                }
            }
        }
        return count;
    }

    static int delete(Session s, BulkDelete<?> d) throws SQLException {
        EntityMapper<?> m = s.registry.mapper(d.entity);
        if (m.readOnly) {
            throw new IllegalArgumentException(m.type.getSimpleName() + " is mapped read-only; it cannot be deleted");
        }
        s.autoflush();
        int count = 0;
        for (Shard shard : s.routing.shardsForQuery(m, d.where, null)) {
            List<Object> keys = affectedKeys(s, m, shard, d.where);
            Binds b = new Binds();
            ConditionCompiler cc = new ConditionCompiler(s.registry, s.dialect(shard), b, true);
            io.retort.sql.Delete stmt = Sql.deleteFrom(TableRef.of(m.tableName));
            if (d.where != null) {
                stmt = stmt.where(cc.condition(d.where));
            }
            try (PreparedStatement ps = s.prepare(shard, stmt, b)) {
                count += ps.executeUpdate();
            }
            int depth = s.depth();
            for (Object key : keys) {
                IdentityKey ik = new IdentityKey(m, key, shard);
                EntityState st = s.identityMap.get(ik);
                if (st != null && (st.isPersistent() || st.status == EntityState.Status.DELETED)) {
                    s.beforeWrite(st);
                    st.status = EntityState.Status.REMOVED;
                    st.deleted(s.epoch, depth);
                    s.removed.add(st);
                    s.identityMap.remove(ik);
                }
            }
        }
        return count;
    }

    /** The keys of the rows a bulk statement will touch (to bring the session's objects in step afterwards). */
    private static List<Object> affectedKeys(Session s, EntityMapper<?> m, Shard shard,
            io.retort.orm.metamodel.Condition where) throws SQLException {
        List<Object> keys = new ArrayList<>();
        boolean any = false;
        for (EntityState st : s.states.values()) {
            if (st.mapper == m) {
                any = true;
                break;
            }
        }
        if (!any) {
            return keys; // no object of this entity in the session: nothing to bring in step
        }
        Binds b = new Binds();
        ConditionCompiler cc = new ConditionCompiler(s.registry, s.dialect(shard), b, true);
        io.retort.sql.Select q = Sql.select(new ColumnRef(null, m.id.column)).from(TableRef.of(m.tableName));
        if (where != null) {
            q = q.where(cc.condition(where));
        }
        SqlDialect family = s.dialect(shard).family();
        try (PreparedStatement ps = s.prepare(shard, q, b); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.add(m.id.type.read(rs, 1, family));
            }
        }
        return keys;
    }
}
