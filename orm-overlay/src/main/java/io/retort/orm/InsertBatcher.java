package io.retort.orm;

import io.retort.dialect.Capability;
import io.retort.dialect.Dialect;
import io.retort.dialect.RenderedSql;
import io.retort.sql.Cast;
import io.retort.sql.CastSyntax;
import io.retort.sql.ColumnRef;
import io.retort.sql.Comments;
import io.retort.sql.DerivedTable;
import io.retort.sql.Expression;
import io.retort.sql.Identifier;
import io.retort.sql.Insert;
import io.retort.sql.Name;
import io.retort.sql.NumberLiteral;
import io.retort.sql.RowValue;
import io.retort.sql.Select;
import io.retort.sql.SelectItem;
import io.retort.sql.Sql;
import io.retort.sql.SqlDialect;
import io.retort.sql.Values;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntBinaryOperator;

/**
 * Inserts the new objects of one mapper on one shard, in as few statements as the database allows.
 *
 * <p>When the database generates the keys, they must be matched to their objects by something the
 * database guarantees, not by the order RETURNING happens to use (PostgreSQL does not promise it):
 * <ul>
 *   <li>PostgreSQL, SQLite, H2: {@code INSERT INTO t (a, b) SELECT v.a, v.b FROM (VALUES (?, ?, 0),
 *       (?, ?, 1), ...) AS v (a, b, ord) ORDER BY v.ord RETURNING id} (on H2 through its delta table). The
 *       rows are inserted in the order of the client-side ordering key {@code ord}, so the identity values
 *       increase in that order: the returned keys, sorted, belong to the rows in {@code ord} order,
 *       whatever order the RETURNING rows come back in.</li>
 *   <li>MariaDB: {@code INSERT ... VALUES (...), (...) RETURNING id}: MySQL and MariaDB insert a multi-row
 *       VALUES list in its order and give the rows increasing AUTO_INCREMENT values (what
 *       {@code LAST_INSERT_ID()} is defined by), so the sorted keys belong to the rows in VALUES order.</li>
 *   <li>Elsewhere: a JDBC batch with {@code getGeneratedKeys()}, one row per execution, in batch order.</li>
 * </ul>
 * Keys the application or a key generator assigned need no matching: plain multi-row VALUES.
 */
final class InsertBatcher {

    enum Kind { ORDERED_SELECT_RETURNING, VALUES_RETURNING, BATCH_GENERATED_KEYS, VALUES, BATCH }

    /**
     * Test hooks: the ordering key of VALUES position {@code (position, rows)} (a permutation of 0..rows-1;
     * the default is the position itself), and a shuffle of the returned keys.
     */
    static volatile IntBinaryOperator testOrdinals;
    static volatile java.util.function.Consumer<List<Object>> testReturnedKeys;

    private record Shape(Kind kind, int rows, boolean withId, String shard, Dialect dialect) {
    }

    private record Prepared(String sql, int[] order) {
    }

    private InsertBatcher() {
    }

    /**
     * Inserts the rows; {@code values.get(i)} are the column values of {@code rows.get(i)} in column order.
     * Database-generated keys are written into {@code values} (and the objects) afterwards.
     */
    static void insert(Session s, EntityMapper<?> m, Shard shard, List<EntityState> rows, List<Object[]> values)
            throws SQLException {
        boolean generated = m.databaseGeneratedId();
        int idSlot = m.id.index;
        int n = rows.size();
        int[] needKeys = new int[n];
        int[] haveKeys = new int[n];
        int need = 0;
        int have = 0;
        for (int i = 0; i < n; i++) {
            if (generated && values.get(i)[idSlot] == null) {
                needKeys[need++] = i;
            } else {
                haveKeys[have++] = i;
            }
        }
        Dialect dialect = s.dialect(shard);
        if (have > 0) {
            Kind kind = dialect.supports(Capability.SUPPORTS_MULTI_ROW_VALUES) ? Kind.VALUES : Kind.BATCH;
            run(s, m, shard, dialect, kind, true, rows, values, java.util.Arrays.copyOf(haveKeys, have));
        }
        if (need > 0) {
            run(s, m, shard, dialect, returningKind(dialect), false, rows, values, java.util.Arrays.copyOf(needKeys, need));
        }
    }

    static Kind returningKind(Dialect d) {
        return switch (d.family()) {
            case POSTGRESQL, SQLITE -> d.supports(Capability.SUPPORTS_RETURNING) ? Kind.ORDERED_SELECT_RETURNING
                    : Kind.BATCH_GENERATED_KEYS;
            case H2 -> Kind.ORDERED_SELECT_RETURNING;
            case MARIADB -> d.supports(Capability.SUPPORTS_RETURNING) ? Kind.VALUES_RETURNING : Kind.BATCH_GENERATED_KEYS;
            default -> Kind.BATCH_GENERATED_KEYS;
        };
    }

    private static int parameterLimit(SqlDialect family) {
        return switch (family) {
            case POSTGRESQL -> 32767;
            case SQLITE -> 32766;
            case SQLSERVER -> 2100;
            default -> 65535;
        };
    }

    private static void run(Session s, EntityMapper<?> m, Shard shard, Dialect dialect, Kind kind, boolean withId,
            List<EntityState> rows, List<Object[]> values, int[] which) throws SQLException {
        List<ColumnProperty> columns = m.insertColumns(withId);
        int perRow = Math.max(1, columns.size());
        int max = kind == Kind.BATCH || kind == Kind.BATCH_GENERATED_KEYS ? 1
                : Math.max(1, Math.min(s.factory.rowsPerStatement, parameterLimit(dialect.family()) / perRow));
        SqlDialect family = dialect.family();
        if (kind == Kind.BATCH || kind == Kind.BATCH_GENERATED_KEYS) {
            runBatch(s, m, shard, dialect, kind, withId, columns, rows, values, which);
            return;
        }
        for (int from = 0; from < which.length; from += max) {
            int n = Math.min(max, which.length - from);
            Prepared p = prepared(s, m, shard, dialect, kind, withId, columns, n);
            try (PreparedStatement ps = s.prepareSql(shard, p.sql())) {
                bindRows(ps, p, columns, values, which, from, n, family);
                if (kind == Kind.VALUES) {
                    ps.executeUpdate();
                } else {
                    try (ResultSet rs = ps.executeQuery()) {
                        assignKeys(m, rs, kind, rows, values, which, from, n, family);
                    }
                }
            }
        }
    }

    private static void bindRows(PreparedStatement ps, Prepared p, List<ColumnProperty> columns, List<Object[]> values,
            int[] which, int from, int n, SqlDialect family) throws SQLException {
        int cols = columns.size();
        if (p.order() == null) {
            int index = 1;
            for (int r = 0; r < n; r++) {
                Object[] row = values.get(which[from + r]);
                for (int c = 0; c < cols; c++) {
                    ColumnProperty col = columns.get(c);
                    col.type.bind(ps, index++, row[col.index], family);
                }
            }
            return;
        }
        int[] order = p.order();
        for (int j = 0; j < order.length; j++) {
            int source = order[j] - 1;
            ColumnProperty col = columns.get(source % cols);
            col.type.bind(ps, j + 1, values.get(which[from + source / cols])[col.index], family);
        }
    }

    /** Reads the generated keys and gives each row its own. */
    private static void assignKeys(EntityMapper<?> m, ResultSet rs, Kind kind, List<EntityState> rows, List<Object[]> values,
            int[] which, int from, int n, SqlDialect family) throws SQLException {
        List<Object> keys = new ArrayList<>(n);
        while (rs.next()) {
            keys.add(m.id.type.read(rs, 1, family));
        }
        if (keys.size() != n) {
            throw new SQLException("INSERT INTO " + m.table + " ... RETURNING returned " + keys.size() + " keys for " + n
                    + " rows; the keys cannot be matched to the new objects", "21000");
        }
        java.util.function.Consumer<List<Object>> hook = testReturnedKeys;
        if (hook != null) {
            hook.accept(keys);
        }
        Object[] sorted = keys.toArray();
        Arrays.sort(sorted);
        IntBinaryOperator ordinals = kind == Kind.ORDERED_SELECT_RETURNING ? testOrdinals : null;
        for (int r = 0; r < n; r++) {
            int rank = ordinals == null ? r : ordinals.applyAsInt(r, n);
            setKey(m, rows.get(which[from + r]), values.get(which[from + r]), sorted[rank]);
        }
    }

    private static void setKey(EntityMapper<?> m, EntityState st, Object[] row, Object key) {
        row[m.id.index] = key;
        m.id.field.set(st.entity, key);
        st.keyGenerated = true;
    }

    private static void runBatch(Session s, EntityMapper<?> m, Shard shard, Dialect dialect, Kind kind, boolean withId,
            List<ColumnProperty> columns, List<EntityState> rows, List<Object[]> values, int[] which)
            throws SQLException {
        Prepared p = prepared(s, m, shard, dialect, Kind.BATCH, withId, columns, 1);
        SqlDialect family = dialect.family();
        String sql = p.sql();
        if (Session.SQL_LOG.isDebugEnabled()) {
            Session.SQL_LOG.debug("[{}] {} (batch of {})", shard.id, sql, which.length);
        }
        PreparedStatement ps = kind == Kind.BATCH_GENERATED_KEYS
                ? family.isMySqlFamily() ? s.connection(shard).prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                        : s.connection(shard).prepareStatement(sql, new String[] {m.id.name()})
                : s.connection(shard).prepareStatement(sql);
        try (ps) {
            int chunk = s.factory.rowsPerStatement;
            for (int from = 0; from < which.length; from += chunk) {
                int n = Math.min(chunk, which.length - from);
                for (int r = 0; r < n; r++) {
                    bindRows(ps, p, columns, values, which, from + r, 1, family);
                    ps.addBatch();
                }
                ps.executeBatch();
                if (kind == Kind.BATCH_GENERATED_KEYS) {
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        for (int r = 0; r < n; r++) {
                            if (!keys.next()) {
                                throw new SQLException("the driver returned fewer generated keys than rows inserted into "
                                        + m.table, "21000");
                            }
                            setKey(m, rows.get(which[from + r]), values.get(which[from + r]),
                                    m.id.type.read(keys, 1, family));
                        }
                    }
                }
            }
        }
    }

    private static Prepared prepared(Session s, EntityMapper<?> m, Shard shard, Dialect dialect, Kind kind, boolean withId,
            List<ColumnProperty> columns, int rows) throws SQLException {
        IntBinaryOperator ordinals = testOrdinals;
        Shape key = new Shape(kind, rows, withId, shard.id, dialect);
        if (ordinals == null) {
            Object cached = m.statements.get(key);
            if (cached != null) {
                return (Prepared) cached;
            }
        }
        Insert insert = build(m, dialect, kind, columns, rows, ordinals);
        io.retort.sql.Statement physical = shard.rename(insert);
        RenderedSql sql = dialect.render(physical);
        s.handOff(shard, sql, dialect, physical);
        Prepared p = new Prepared(sql.sql(), sql.bindsInSourceOrder() ? null : sql.sourceIndexes());
        if (ordinals == null) {
            m.statements.put(key, p);
        }
        return p;
    }

    private static Insert build(EntityMapper<?> m, Dialect dialect, Kind kind, List<ColumnProperty> columns, int rows,
            IntBinaryOperator ordinals) throws SQLException {
        String[] names = new String[columns.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = columns.get(i).name();
        }
        Insert insert = Sql.insert(io.retort.sql.TableRef.of(m.tableName)).columns(names);
        int p = 0;
        if (kind == Kind.ORDERED_SELECT_RETURNING) {
            boolean sqlite = dialect.family() == SqlDialect.SQLITE;
            // PostgreSQL and H2 type a VALUES column from its first row: cast the first row's parameters.
            boolean cast = !sqlite;
            List<RowValue> list = new ArrayList<>(rows);
            for (int r = 0; r < rows; r++) {
                List<Expression> row = new ArrayList<>(names.length + 1);
                for (ColumnProperty c : columns) {
                    Expression e = Sql.param(++p);
                    if (cast && r == 0) {
                        e = new Cast(e, TargetTypes.of(c.ddlType, dialect), CastSyntax.CAST);
                    }
                    row.add(e);
                }
                row.add(new NumberLiteral(Integer.toString(ordinals == null ? r : ordinals.applyAsInt(r, rows))));
                list.add(new RowValue(row));
            }
            Values values = new Values(null, list, List.of(), null, Comments.NONE);
            List<Identifier> aliases = new ArrayList<>();
            List<SelectItem> items = new ArrayList<>();
            Name v = Name.of("v");
            for (int i = 0; i < names.length; i++) {
                String col = sqlite ? "column" + (i + 1) : "c" + (i + 1);
                aliases.add(Identifier.of(col));
                items.add(new SelectItem(new ColumnRef(v, Identifier.of(col)), null));
            }
            String ord = sqlite ? "column" + (names.length + 1) : "ord";
            aliases.add(Identifier.of(ord));
            DerivedTable derived = new DerivedTable(values, Identifier.of("v"), sqlite ? List.of() : aliases, false);
            Select select = Sql.select(items.toArray(new SelectItem[0])).from(derived)
                    .orderBy(new ColumnRef(v, Identifier.of(ord)));
            return insert.select(select).returning(Sql.column(m.id.name()));
        }
        List<RowValue> list = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            List<Expression> row = new ArrayList<>(names.length);
            for (int i = 0; i < names.length; i++) {
                row.add(Sql.param(++p));
            }
            list.add(new RowValue(row));
        }
        Insert out = insert.withSource(new Values(null, list, List.of(), null, Comments.NONE));
        return kind == Kind.VALUES_RETURNING ? out.returning(Sql.column(m.id.name())) : out;
    }
}
