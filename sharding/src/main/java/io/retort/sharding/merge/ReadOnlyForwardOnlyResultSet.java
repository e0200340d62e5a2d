package io.retort.sharding.merge;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;

/**
 * What every read-only, forward-only result set of the merge answers the same way: updaters,
 * scrolling and positioned updates fail with {@link SQLFeatureNotSupportedException} (SQLState
 * 0A000) and a message saying why, which is the JDBC answer for a cursor of type
 * {@code TYPE_FORWARD_ONLY} and concurrency {@code CONCUR_READ_ONLY}; getters by label resolve the
 * label with {@link #findColumn} and call the getter by index.
 */
abstract class ReadOnlyForwardOnlyResultSet extends ReadOnlyUpdaters {

    /** Fails when the result set is closed. */
    abstract void checkOpen() throws SQLException;

    static SQLFeatureNotSupportedException forwardOnly(String method) {
        return new SQLFeatureNotSupportedException(method + " is not supported: a merged sharded result streams"
                + " forward only (TYPE_FORWARD_ONLY); read it with next(), or run the query again", "0A000");
    }

    static SQLException badIndex(int column, int count) {
        return new SQLException("column index " + column + " is out of range: the result has " + count + " columns"
                + " (1 to " + count + ")", "S1002");
    }

    // ---------------------------------------------------------------- cursor type and position

    @Override
    public final int getType() throws SQLException {
        checkOpen();
        return TYPE_FORWARD_ONLY;
    }

    @Override
    public final int getConcurrency() throws SQLException {
        checkOpen();
        return CONCUR_READ_ONLY;
    }

    @Override
    public final void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != FETCH_FORWARD) {
            throw new SQLException("fetch direction " + direction + " is not possible on a forward-only merged result;"
                    + " only FETCH_FORWARD (" + FETCH_FORWARD + ")", "HY106");
        }
    }

    @Override
    public final int getFetchDirection() throws SQLException {
        checkOpen();
        return FETCH_FORWARD;
    }

    /** Optional for TYPE_FORWARD_ONLY in JDBC; answering would mean reading ahead across every shard. */
    @Override
    public final boolean isLast() throws SQLException {
        checkOpen();
        throw new SQLFeatureNotSupportedException("isLast is not supported on a forward-only merged result (JDBC makes"
                + " it optional for TYPE_FORWARD_ONLY): call next() and check for false instead", "0A000");
    }

    @Override
    public final void beforeFirst() throws SQLException {
        throw forwardOnly("beforeFirst");
    }

    @Override
    public final void afterLast() throws SQLException {
        throw forwardOnly("afterLast");
    }

    @Override
    public final boolean first() throws SQLException {
        throw forwardOnly("first");
    }

    @Override
    public final boolean last() throws SQLException {
        throw forwardOnly("last");
    }

    @Override
    public final boolean absolute(int row) throws SQLException {
        throw forwardOnly("absolute");
    }

    @Override
    public final boolean relative(int rows) throws SQLException {
        throw forwardOnly("relative");
    }

    @Override
    public final boolean previous() throws SQLException {
        throw forwardOnly("previous");
    }

    @Override
    public final String getCursorName() throws SQLException {
        checkOpen();
        throw new SQLFeatureNotSupportedException("getCursorName is not supported: a merged sharded result spans several"
                + " database cursors, so positioned UPDATE/DELETE (WHERE CURRENT OF) cannot name one", "0A000");
    }

    @Override
    public final boolean rowUpdated() throws SQLException {
        checkOpen();
        return false;
    }

    @Override
    public final boolean rowInserted() throws SQLException {
        checkOpen();
        return false;
    }

    @Override
    public final boolean rowDeleted() throws SQLException {
        checkOpen();
        return false;
    }

    @Override
    public final void insertRow() throws SQLException {
        throw readOnly("insertRow");
    }

    @Override
    public final void updateRow() throws SQLException {
        throw readOnly("updateRow");
    }

    @Override
    public final void deleteRow() throws SQLException {
        throw readOnly("deleteRow");
    }

    @Override
    public final void refreshRow() throws SQLException {
        throw readOnly("refreshRow");
    }

    @Override
    public final void cancelRowUpdates() throws SQLException {
        throw readOnly("cancelRowUpdates");
    }

    @Override
    public final void moveToInsertRow() throws SQLException {
        throw readOnly("moveToInsertRow");
    }

    @Override
    public final void moveToCurrentRow() throws SQLException {
        throw readOnly("moveToCurrentRow");
    }

    // ---------------------------------------------------------------- getters by label

    @Override
    public final String getString(String columnLabel) throws SQLException {
        return getString(findColumn(columnLabel));
    }

    @Override
    public final boolean getBoolean(String columnLabel) throws SQLException {
        return getBoolean(findColumn(columnLabel));
    }

    @Override
    public final byte getByte(String columnLabel) throws SQLException {
        return getByte(findColumn(columnLabel));
    }

    @Override
    public final short getShort(String columnLabel) throws SQLException {
        return getShort(findColumn(columnLabel));
    }

    @Override
    public final int getInt(String columnLabel) throws SQLException {
        return getInt(findColumn(columnLabel));
    }

    @Override
    public final long getLong(String columnLabel) throws SQLException {
        return getLong(findColumn(columnLabel));
    }

    @Override
    public final float getFloat(String columnLabel) throws SQLException {
        return getFloat(findColumn(columnLabel));
    }

    @Override
    public final double getDouble(String columnLabel) throws SQLException {
        return getDouble(findColumn(columnLabel));
    }

    @Deprecated
    @SuppressWarnings("deprecation")
    @Override
    public final BigDecimal getBigDecimal(String columnLabel, int scale) throws SQLException {
        return getBigDecimal(findColumn(columnLabel), scale);
    }

    @Override
    public final byte[] getBytes(String columnLabel) throws SQLException {
        return getBytes(findColumn(columnLabel));
    }

    @Override
    public final Date getDate(String columnLabel) throws SQLException {
        return getDate(findColumn(columnLabel));
    }

    @Override
    public final Time getTime(String columnLabel) throws SQLException {
        return getTime(findColumn(columnLabel));
    }

    @Override
    public final Timestamp getTimestamp(String columnLabel) throws SQLException {
        return getTimestamp(findColumn(columnLabel));
    }

    @Override
    public final InputStream getAsciiStream(String columnLabel) throws SQLException {
        return getAsciiStream(findColumn(columnLabel));
    }

    @Deprecated
    @SuppressWarnings("deprecation")
    @Override
    public final InputStream getUnicodeStream(String columnLabel) throws SQLException {
        return getUnicodeStream(findColumn(columnLabel));
    }

    @Override
    public final InputStream getBinaryStream(String columnLabel) throws SQLException {
        return getBinaryStream(findColumn(columnLabel));
    }

    @Override
    public final Object getObject(String columnLabel) throws SQLException {
        return getObject(findColumn(columnLabel));
    }

    @Override
    public final Reader getCharacterStream(String columnLabel) throws SQLException {
        return getCharacterStream(findColumn(columnLabel));
    }

    @Override
    public final BigDecimal getBigDecimal(String columnLabel) throws SQLException {
        return getBigDecimal(findColumn(columnLabel));
    }

    @Override
    public final Object getObject(String columnLabel, Map<String, Class<?>> map) throws SQLException {
        return getObject(findColumn(columnLabel), map);
    }

    @Override
    public final Ref getRef(String columnLabel) throws SQLException {
        return getRef(findColumn(columnLabel));
    }

    @Override
    public final Blob getBlob(String columnLabel) throws SQLException {
        return getBlob(findColumn(columnLabel));
    }

    @Override
    public final Clob getClob(String columnLabel) throws SQLException {
        return getClob(findColumn(columnLabel));
    }

    @Override
    public final Array getArray(String columnLabel) throws SQLException {
        return getArray(findColumn(columnLabel));
    }

    @Override
    public final Date getDate(String columnLabel, Calendar cal) throws SQLException {
        return getDate(findColumn(columnLabel), cal);
    }

    @Override
    public final Time getTime(String columnLabel, Calendar cal) throws SQLException {
        return getTime(findColumn(columnLabel), cal);
    }

    @Override
    public final Timestamp getTimestamp(String columnLabel, Calendar cal) throws SQLException {
        return getTimestamp(findColumn(columnLabel), cal);
    }

    @Override
    public final URL getURL(String columnLabel) throws SQLException {
        return getURL(findColumn(columnLabel));
    }

    @Override
    public final RowId getRowId(String columnLabel) throws SQLException {
        return getRowId(findColumn(columnLabel));
    }

    @Override
    public final NClob getNClob(String columnLabel) throws SQLException {
        return getNClob(findColumn(columnLabel));
    }

    @Override
    public final SQLXML getSQLXML(String columnLabel) throws SQLException {
        return getSQLXML(findColumn(columnLabel));
    }

    @Override
    public final String getNString(String columnLabel) throws SQLException {
        return getNString(findColumn(columnLabel));
    }

    @Override
    public final Reader getNCharacterStream(String columnLabel) throws SQLException {
        return getNCharacterStream(findColumn(columnLabel));
    }

    @Override
    public final <T> T getObject(String columnLabel, Class<T> type) throws SQLException {
        return getObject(findColumn(columnLabel), type);
    }
}
