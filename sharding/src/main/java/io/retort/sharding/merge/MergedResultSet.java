package io.retort.sharding.merge;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;
import javax.sql.rowset.serial.SerialBlob;
import javax.sql.rowset.serial.SerialClob;

/**
 * The result set the application reads: the end of the merge pipeline, restricted to the visible
 * columns. When the current row passes through from a shard, every getter calls that shard's
 * result set directly (its driver converts, nothing is copied); when the merge built the row, the
 * getters convert the merged values with {@link JdbcValues}.
 */
final class MergedResultSet extends ReadOnlyForwardOnlyResultSet {

    private final RowSource source;
    private final ShardSet shards;
    private final MergedMetaData metaData;
    private final int visible;
    private final AutoCloseable onClose;
    private final int holdability;
    private int fetchSize;

    private boolean closed;
    private long row;
    private boolean exhausted;
    private boolean peeked;
    private boolean peekedRow;
    /** The shard result set the last getter read, whose wasNull() answers; null after a merged value. */
    private ResultSet lastShard;
    private boolean lastWasNull;

    MergedResultSet(RowSource source, ShardSet shards, MergedMetaData metaData, AutoCloseable onClose) {
        this.source = source;
        this.shards = shards;
        this.metaData = metaData;
        this.visible = metaData.getColumnCount();
        this.onClose = onClose;
        int f = 0;
        try {
            f = shards.get(0).getFetchSize();
        } catch (SQLException | RuntimeException e) {
            // a driver that does not say keeps the JDBC default
        }
        // Not asked of the shards: PostgreSQL's driver throws SQLFeatureNotSupportedException (0A000)
        // for ResultSet.getHoldability(), and HikariCP then evicts the connection as broken — inside a
        // transaction, its work is lost. Shard results are closed with their transaction anyway.
        this.holdability = CLOSE_CURSORS_AT_COMMIT;
        this.fetchSize = f;
    }

    @Override
    void checkOpen() throws SQLException {
        if (closed) {
            throw new SQLException("the merged result set is closed", "24000");
        }
    }

    // ---------------------------------------------------------------- moving

    @Override
    public boolean next() throws SQLException {
        checkOpen();
        if (exhausted) {
            return false;
        }
        boolean has;
        if (peeked) {
            peeked = false;
            has = peekedRow;
        } else {
            has = source.next();
        }
        lastShard = null;
        if (has) {
            row++;
            return true;
        }
        exhausted = true;
        return false;
    }

    @Override
    public boolean isBeforeFirst() throws SQLException {
        checkOpen();
        if (row > 0 || exhausted) {
            return false;
        }
        if (!peeked) {
            // JDBC answers false for an empty result, so look at the first row without moving onto it
            peekedRow = source.next();
            peeked = true;
        }
        return peekedRow;
    }

    @Override
    public boolean isAfterLast() throws SQLException {
        checkOpen();
        return exhausted && row > 0;
    }

    @Override
    public boolean isFirst() throws SQLException {
        checkOpen();
        return row == 1 && !exhausted;
    }

    @Override
    public int getRow() throws SQLException {
        checkOpen();
        return exhausted || row > Integer.MAX_VALUE ? 0 : (int) row;
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        SQLException failure = null;
        try {
            source.close();
            shards.closeAll();
        } catch (SQLException e) {
            failure = e;
        }
        if (onClose != null) {
            try {
                onClose.close();
            } catch (Exception e) {
                SQLException s = e instanceof SQLException se ? se
                        : new SQLException("closing the shards' statements failed: " + e, "HY000", e);
                if (failure == null) {
                    failure = s;
                } else {
                    failure.addSuppressed(s);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    // ---------------------------------------------------------------- the current row

    /** The shard result set to read column {@code i} from, or null when the row was built by the merge. */
    private ResultSet shardFor(int column) throws SQLException {
        checkOpen();
        if (row == 0 || exhausted) {
            throw new SQLException("no current row: " + (row == 0 ? "call next() first" : "the result has no more rows"),
                    "24000");
        }
        if (column < 1 || column > visible) {
            throw badIndex(column, visible);
        }
        ResultSet rs = source.passThrough();
        lastShard = rs;
        return rs;
    }

    private Object merged(int column) throws SQLException {
        Object v = source.value(column);
        lastWasNull = v == null;
        return v;
    }

    @Override
    public boolean wasNull() throws SQLException {
        checkOpen();
        return lastShard != null ? lastShard.wasNull() : lastWasNull;
    }

    @Override
    public String getString(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getString(i) : JdbcValues.toText(merged(i));
    }

    @Override
    public String getNString(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getNString(i) : JdbcValues.toText(merged(i));
    }

    @Override
    public boolean getBoolean(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getBoolean(i) : JdbcValues.toBoolean(merged(i));
    }

    @Override
    public byte getByte(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getByte(i) : (byte) JdbcValues.toLong(merged(i), "byte", Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    @Override
    public short getShort(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getShort(i) : (short) JdbcValues.toLong(merged(i), "short", Short.MIN_VALUE, Short.MAX_VALUE);
    }

    @Override
    public int getInt(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getInt(i) : (int) JdbcValues.toLong(merged(i), "int", Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Override
    public long getLong(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getLong(i) : JdbcValues.toLong(merged(i), "long", Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Override
    public float getFloat(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getFloat(i) : (float) JdbcValues.toDouble(merged(i));
    }

    @Override
    public double getDouble(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getDouble(i) : JdbcValues.toDouble(merged(i));
    }

    @Override
    public BigDecimal getBigDecimal(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getBigDecimal(i) : JdbcValues.toBigDecimal(merged(i));
    }

    @Deprecated
    @Override
    public BigDecimal getBigDecimal(int i, int scale) throws SQLException {
        ResultSet rs = shardFor(i);
        if (rs != null) {
            return rs.getBigDecimal(i, scale);
        }
        BigDecimal d = JdbcValues.toBigDecimal(merged(i));
        return d == null ? null : d.setScale(scale, RoundingMode.HALF_UP);
    }

    @Override
    public byte[] getBytes(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getBytes(i) : JdbcValues.toBytes(merged(i));
    }

    @Override
    public Date getDate(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getDate(i) : JdbcValues.toDate(merged(i), null);
    }

    @Override
    public Date getDate(int i, Calendar cal) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getDate(i, cal) : JdbcValues.toDate(merged(i), cal);
    }

    @Override
    public Time getTime(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getTime(i) : JdbcValues.toTime(merged(i), null);
    }

    @Override
    public Time getTime(int i, Calendar cal) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getTime(i, cal) : JdbcValues.toTime(merged(i), cal);
    }

    @Override
    public Timestamp getTimestamp(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getTimestamp(i) : JdbcValues.toTimestamp(merged(i), null);
    }

    @Override
    public Timestamp getTimestamp(int i, Calendar cal) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getTimestamp(i, cal) : JdbcValues.toTimestamp(merged(i), cal);
    }

    @Override
    public Object getObject(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getObject(i) : merged(i);
    }

    @Override
    public <T> T getObject(int i, Class<T> type) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getObject(i, type) : JdbcValues.convert(merged(i), type);
    }

    /** The type map applies to user-defined types, which a merged value never is: the value is returned as is. */
    @Override
    public Object getObject(int i, Map<String, Class<?>> map) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getObject(i, map) : merged(i);
    }

    @Override
    public InputStream getAsciiStream(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        if (rs != null) {
            return rs.getAsciiStream(i);
        }
        String s = JdbcValues.toText(merged(i));
        return s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Deprecated
    @Override
    public InputStream getUnicodeStream(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        if (rs != null) {
            return rs.getUnicodeStream(i);
        }
        String s = JdbcValues.toText(merged(i));
        return s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_16BE));
    }

    @Override
    public InputStream getBinaryStream(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        if (rs != null) {
            return rs.getBinaryStream(i);
        }
        byte[] b = JdbcValues.toBytes(merged(i));
        return b == null ? null : new ByteArrayInputStream(b);
    }

    @Override
    public Reader getCharacterStream(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        if (rs != null) {
            return rs.getCharacterStream(i);
        }
        String s = JdbcValues.toText(merged(i));
        return s == null ? null : new StringReader(s);
    }

    @Override
    public Reader getNCharacterStream(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        if (rs != null) {
            return rs.getNCharacterStream(i);
        }
        String s = JdbcValues.toText(merged(i));
        return s == null ? null : new StringReader(s);
    }

    @Override
    public Blob getBlob(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        if (rs != null) {
            return rs.getBlob(i);
        }
        Object v = merged(i);
        return v == null || v instanceof Blob ? (Blob) v : new SerialBlob(JdbcValues.toBytes(v));
    }

    @Override
    public Clob getClob(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        if (rs != null) {
            return rs.getClob(i);
        }
        Object v = merged(i);
        return v == null || v instanceof Clob ? (Clob) v : new SerialClob(JdbcValues.toText(v).toCharArray());
    }

    @Override
    public NClob getNClob(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getNClob(i) : instance(merged(i), NClob.class, "NClob");
    }

    @Override
    public Ref getRef(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getRef(i) : instance(merged(i), Ref.class, "Ref");
    }

    @Override
    public Array getArray(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getArray(i) : instance(merged(i), Array.class, "Array");
    }

    @Override
    public RowId getRowId(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getRowId(i) : instance(merged(i), RowId.class, "RowId");
    }

    @Override
    public SQLXML getSQLXML(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        return rs != null ? rs.getSQLXML(i) : instance(merged(i), SQLXML.class, "SQLXML");
    }

    @Override
    public URL getURL(int i) throws SQLException {
        ResultSet rs = shardFor(i);
        if (rs != null) {
            return rs.getURL(i);
        }
        Object v = merged(i);
        return v == null ? null : JdbcValues.toUrl(v);
    }

    private static <T> T instance(Object v, Class<T> type, String name) throws SQLException {
        if (v == null || type.isInstance(v)) {
            return type.cast(v);
        }
        throw JdbcValues.cannot(v, name);
    }

    // ---------------------------------------------------------------- the rest of ResultSet

    @Override
    public int findColumn(String columnLabel) throws SQLException {
        checkOpen();
        int i = columnLabel == null ? 0 : metaData.find(columnLabel);
        if (i == 0) {
            StringBuilder labels = new StringBuilder();
            for (int c = 1; c <= visible; c++) {
                labels.append(c == 1 ? "" : ", ").append(metaData.getColumnLabel(c));
            }
            throw new SQLException("the result has no column labelled '" + columnLabel + "'; its columns are " + labels,
                    "S0022");
        }
        return i;
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        return metaData;
    }

    /** Null: the driver wraps this result set and answers with the application's statement. */
    @Override
    public Statement getStatement() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        SQLWarning first = null;
        SQLWarning last = null;
        for (int s = 0; s < shards.size(); s++) {
            if (shards.isClosed(s)) {
                continue;
            }
            for (SQLWarning w = shards.get(s).getWarnings(); w != null; w = w.getNextWarning()) {
                SQLWarning copy = new SQLWarning(shards.describe(s) + ": " + w.getMessage(), w.getSQLState(), w.getErrorCode(), w);
                if (first == null) {
                    first = copy;
                } else {
                    last.setNextWarning(copy);
                }
                last = copy;
            }
        }
        return first;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
        for (int s = 0; s < shards.size(); s++) {
            if (!shards.isClosed(s)) {
                shards.get(s).clearWarnings();
            }
        }
    }

    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        if (rows < 0) {
            throw new SQLException("fetch size must be 0 or more, not " + rows, "HY024");
        }
        fetchSize = rows;
        for (int s = 0; s < shards.size(); s++) {
            if (!shards.isClosed(s)) {
                shards.get(s).setFetchSize(rows);
            }
        }
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkOpen();
        return fetchSize;
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return holdability;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("a merged sharded result set does not wrap a " + iface.getName()
                + "; it reads several shards' result sets at once", "HY000");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
