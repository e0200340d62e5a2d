package io.retort.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import javax.sql.rowset.CachedRowSet;
import javax.sql.rowset.RowSetMetaDataImpl;
import javax.sql.rowset.RowSetProvider;

/**
 * A small result set Retort makes itself (EXPLAIN ROUTE, keys Retort generated), on the JDK's
 * own in-memory {@link CachedRowSet}, so it is a complete JDBC result set.
 */
final class InMemoryResults {

    private InMemoryResults() {}

    /** A column: its label and its {@link Types} code. */
    record Column(String label, int type) {}

    static ResultSet of(List<Column> columns, List<List<Object>> rows) throws SQLException {
        CachedRowSet set = RowSetProvider.newFactory().createCachedRowSet();
        RowSetMetaDataImpl md = new RowSetMetaDataImpl();
        md.setColumnCount(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            md.setColumnName(i + 1, c.label());
            md.setColumnLabel(i + 1, c.label());
            md.setColumnType(i + 1, c.type());
            md.setNullable(i + 1, java.sql.ResultSetMetaData.columnNullable);
        }
        set.setMetaData(md);
        // CachedRowSet inserts each row after the current one; before the first row that is the
        // front, so rows inserted last to first come out in order.
        for (List<Object> row : rows.reversed()) {
            set.moveToInsertRow();
            for (int i = 0; i < columns.size(); i++) {
                set.updateObject(i + 1, row.get(i));
            }
            set.insertRow();
            set.moveToCurrentRow();
        }
        set.beforeFirst();
        return set;
    }

    static Column text(String label) {
        return new Column(label, Types.VARCHAR);
    }

    static Column type(String label, int type) {
        return new Column(label, type);
    }
}
