package io.retort.jdbc;

import io.retort.dialect.Dialect;
import io.retort.dialect.RenderedSql;
import io.retort.sql.ColumnRef;
import io.retort.sql.Comments;
import io.retort.sql.Expression;
import io.retort.sql.Identifier;
import io.retort.sql.Insert;
import io.retort.sql.Query;
import io.retort.sql.Sql;
import io.retort.sql.Statement;
import io.retort.sql.Values;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code sharding.federation: true} for {@code INSERT INTO t ... SELECT} that cannot run per shard
 * (the rows read do not live where the rows written go): the SELECT runs through this logical
 * connection (routed, or federated in turn), and its rows are inserted in batches of
 * {@value #BATCH} through the same connection, each routed to its node, all in one transaction
 * (the connection's own, or one made for the statement in auto-commit).
 */
final class FederatedInserts {

    private static final int BATCH = 500;

    private FederatedInserts() {}

    /** An INSERT ... SELECT without RETURNING, ON CONFLICT or ON DUPLICATE KEY UPDATE. */
    static boolean applies(ShardedRuntime runtime, Statement model) {
        return runtime.config.sharding().federation() && model instanceof Insert i && i.source() instanceof Query q
                && !(q instanceof Values) && i.with() == null && i.returning().isEmpty() && i.onConflict() == null
                && i.onDuplicateKeyUpdate().isEmpty();
    }

    static ShardedExecution.Result run(ShardedConnection connection, Insert insert, List<?> parameters) throws SQLException {
        Dialect dialect = Dialect.of(connection.runtime.appDialect);
        RenderedSql read = dialect.render((Statement) insert.source());
        List<ColumnRef> columns = insert.columns().isEmpty() ? tableColumns(connection, insert) : insert.columns();
        List<Expression> markers = new ArrayList<>(columns.size());
        for (int i = 1; i <= columns.size(); i++) {
            markers.add(Sql.param(i));
        }
        Insert write = new Insert(null, insert.verb(), insert.modifiers(), insert.table(), columns,
                new Values(null, List.of(), List.of(), null, Comments.NONE).row(markers.toArray()), null, List.of(), null,
                List.of(), List.of(), Comments.NONE);
        boolean ownTransaction = connection.getAutoCommit();
        if (ownTransaction) {
            connection.setAutoCommit(false);
        }
        try {
            long count = copy(connection, read, parameters, dialect.render(write).sql(), columns.size(),
                    readsTarget(insert));
            if (ownTransaction) {
                connection.commit();
            }
            return new ShardedExecution.Result(null, count, null);
        } catch (SQLException | RuntimeException e) {
            if (ownTransaction) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
            }
            throw e;
        } finally {
            if (ownTransaction) {
                connection.setAutoCommit(true);
            }
        }
    }

    private static long copy(ShardedConnection connection, RenderedSql read, List<?> parameters, String writeSql, int width,
            boolean materialize) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(read.sql());
                PreparedStatement insert = connection.prepareStatement(writeSql)) {
            List<Object> values = FederatedQueries.inTextOrder(read, parameters);
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                if (rs.getMetaData().getColumnCount() != width) {
                    throw new SQLException("INSERT ... SELECT writes " + width + " columns but its SELECT returns "
                            + rs.getMetaData().getColumnCount(), "42601");
                }
                long count = 0;
                while (rs.next()) {
                    Object[] row = new Object[width];
                    for (int i = 0; i < width; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                    // Reading the table it writes, the SELECT must finish first; otherwise rows go out in batches.
                    if (!materialize && rows.size() == BATCH) {
                        count += write(insert, rows);
                    }
                }
                return count + write(insert, rows);
            }
        }
    }

    private static long write(PreparedStatement insert, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                insert.setObject(i + 1, row[i]);
            }
            insert.addBatch();
        }
        rows.clear();
        long count = 0;
        for (long n : insert.executeLargeBatch()) {
            count += n >= 0 ? n : 1; // SUCCESS_NO_INFO: one row
        }
        return count;
    }

    /** Whether the SELECT reads the table the INSERT writes. */
    private static boolean readsTarget(Insert insert) {
        String target = insert.table().name().parts().getLast().text().toLowerCase(Locale.ROOT);
        for (List<String> table : FederatedQueries.tables((Statement) insert.source())) {
            if (table.getLast().toLowerCase(Locale.ROOT).equals(target)) {
                return true;
            }
        }
        return false;
    }

    /** An INSERT without a column list writes every column of the table, in the table's order. */
    private static List<ColumnRef> tableColumns(ShardedConnection connection, Insert insert) throws SQLException {
        List<String> name = insert.table().name().parts().stream().map(Identifier::text).toList();
        List<ColumnRef> out = new ArrayList<>();
        for (io.retort.sharding.federation.TableSource.Column c : FederatedQueries.scans(connection).columns(name)) {
            out.add(Sql.column(c.name()));
        }
        return out;
    }
}
