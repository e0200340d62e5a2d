package io.retort.sharding.merge;

import static io.retort.sharding.merge.Plans.asc;
import static io.retort.sharding.merge.Plans.col;
import static io.retort.sharding.merge.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The merged result set as a JDBC object. Getter conversions are checked differentially: the same
 * rows read once passing through from H2 (H2's driver converts) and once as merged groups (the
 * merger converts) must give the same answers.
 */
class MergedResultSetTest {

    private static H2Shards db;
    private static final ResultMerger MERGER = new ResultMerger();
    private static final String COLUMNS = "k, dec, s, d, ts, t, b, bin, u, tz, n";
    private static final int WIDTH = 11;

    @BeforeAll
    static void load() throws SQLException {
        db = new H2Shards(2);
        db.everywhere("CREATE TABLE v (k INT, dec DECIMAL(10,3), s VARCHAR(20), d DATE, ts TIMESTAMP(6), t TIME,"
                + " b BOOLEAN, bin VARBINARY(8), u UUID, tz TIMESTAMP WITH TIME ZONE, n INT)");
        db.on(0, "INSERT INTO v VALUES (1, 12.345, '42', DATE '2024-02-29', TIMESTAMP '2024-02-29 23:59:58.123456',"
                + " TIME '07:08:09', TRUE, X'00ff10', '0f0e0d0c-0b0a-0908-0706-050403020100',"
                + " TIMESTAMP WITH TIME ZONE '2024-06-01 10:00:00+02:00', NULL)");
        db.on(1, "INSERT INTO v VALUES (2, -2.25, 'true', DATE '1999-12-31', TIMESTAMP '2000-01-01 00:00:00', TIME '23:00:00',"
                + " FALSE, X'', 'ffffffff-0000-0000-0000-000000000001', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00Z', 7)");
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    /** Rows passing through (k-way merge). */
    private static ResultSet passingThrough() throws SQLException {
        return MERGER.merge(db.query("SELECT " + COLUMNS + " FROM v ORDER BY k"), plan().orderBy(asc(col(1))).build());
    }

    /** The same rows as merged groups (every column a group key), re-sorted by k. */
    private static ResultSet grouped() throws SQLException {
        List<ColumnSlot> keys = new ArrayList<>();
        for (int i = 1; i <= WIDTH; i++) {
            keys.add(col(i));
        }
        return MERGER.merge(db.query("SELECT " + COLUMNS + " FROM v"),
                plan().groupBy(keys.toArray(ColumnSlot[]::new)).orderBy(asc(col(1))).build());
    }

    private interface Getter {
        Object get(ResultSet rs, int column) throws SQLException;
    }

    private static Object attempt(Getter g, ResultSet rs, int column) {
        try {
            Object v = g.get(rs, column);
            if (v instanceof byte[] b) {
                return java.util.HexFormat.of().formatHex(b);
            }
            if (v instanceof InputStream in) {
                return java.util.HexFormat.of().formatHex(in.readAllBytes());
            }
            if (v instanceof Reader r) {
                StringBuilder sb = new StringBuilder();
                for (int c; (c = r.read()) >= 0; ) {
                    sb.append((char) c);
                }
                return sb.toString();
            }
            if (v instanceof BigDecimal d) {
                return d.stripTrailingZeros();
            }
            return v == null ? "null, wasNull=" + rs.wasNull() : v;
        } catch (SQLException e) {
            return "error"; // both must fail (messages differ between drivers)
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Where drivers disagree with each other, so H2 is no oracle: H2 refuses some conversions others
     * make (getTime on a DATE: ours answers); a TIME read as a timestamp gets today's date in H2 and
     * 1970-01-01 in PostgreSQL's driver and ours (getters 11, 14, 16, 18, 19 on column 6); a
     * TIMESTAMP WITH TIME ZONE read with getTime(Calendar) (getter 13 on column 10) is the instant's
     * time of day in ours, the Calendar applies only to zoneless values.
     */
    private static final java.util.Set<String> DRIVER_SPECIFIC = java.util.Set.of("11:6", "14:6", "16:6", "18:6", "19:6", "13:10");

    @Test
    void mergedValuesConvertLikeTheDriverDoes() throws Exception {
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        Calendar tokyo = Calendar.getInstance(TimeZone.getTimeZone("Asia/Tokyo"));
        List<Getter> getters = List.of(ResultSet::getInt, ResultSet::getLong, ResultSet::getShort, ResultSet::getByte,
                ResultSet::getDouble, ResultSet::getFloat, ResultSet::getBigDecimal, ResultSet::getBoolean,
                ResultSet::getObject, ResultSet::getDate, ResultSet::getTime, ResultSet::getTimestamp,
                (rs, i) -> rs.getDate(i, utc), (rs, i) -> rs.getTime(i, tokyo), (rs, i) -> rs.getTimestamp(i, tokyo),
                (rs, i) -> rs.getObject(i, LocalDate.class), (rs, i) -> rs.getObject(i, LocalDateTime.class),
                (rs, i) -> rs.getObject(i, LocalTime.class), (rs, i) -> rs.getObject(i, OffsetDateTime.class),
                (rs, i) -> rs.getObject(i, Instant.class), (rs, i) -> rs.getObject(i, Integer.class),
                (rs, i) -> rs.getObject(i, Long.class), (rs, i) -> rs.getObject(i, BigDecimal.class),
                (rs, i) -> rs.getObject(i, UUID.class), (rs, i) -> rs.getObject(i, Boolean.class));
        // the columns where H2's conversions are the JDBC norm (getString formats differ between drivers)
        int[] compared = {1, 2, 4, 5, 6, 7, 9, 10, 11};
        int checked = 0;
        List<String> mismatches = new ArrayList<>();
        try (ResultSet pass = passingThrough(); ResultSet merged = grouped()) {
            while (pass.next()) {
                assertThat(merged.next()).isTrue();
                for (int column : compared) {
                    for (int g = 0; g < getters.size(); g++) {
                        Object expected = attempt(getters.get(g), pass, column);
                        Object actual = attempt(getters.get(g), merged, column);
                        if (expected.equals("error") || DRIVER_SPECIFIC.contains(g + ":" + column)) {
                            continue;
                        }
                        if (!java.util.Objects.equals(actual, expected)) {
                            mismatches.add("getter " + g + " on " + pass.getMetaData().getColumnLabel(column) + ": H2 "
                                    + expected + ", merged " + actual);
                        }
                        checked++;
                    }
                }
            }
            assertThat(merged.next()).isFalse();
        }
        assertThat(mismatches).isEmpty();
        assertThat(checked).as("conversions compared").isGreaterThan(150);
    }

    @Test
    void mergedValuesConvertToText() throws Exception {
        try (ResultSet rs = grouped()) {
            rs.next();
            assertThat(rs.getString("DEC")).isEqualTo("12.345");
            assertThat(rs.getInt("s")).isEqualTo(42);
            assertThat(rs.getString("b")).isEqualTo("true");
            assertThat(rs.getString("u")).isEqualTo("0f0e0d0c-0b0a-0908-0706-050403020100");
            assertThat(rs.getBytes("bin")).containsExactly(0, 0xff, 0x10);
            assertThat(rs.getString("d")).isEqualTo("2024-02-29");
            assertThat(rs.getObject("n", Integer.class)).isNull();
            assertThat(rs.wasNull()).isTrue();
            assertThat(rs.getInt("k")).isEqualTo(1);
            assertThat(rs.wasNull()).isFalse();
            assertThat(rs.getCharacterStream("s")).isNotNull();
            assertThat(rs.getClob("s").getSubString(1, 2)).isEqualTo("42");
            assertThat(rs.getBlob("bin").length()).isEqualTo(3);
            assertThat(rs.getBinaryStream("bin").readAllBytes()).containsExactly(0, 0xff, 0x10);
            assertThatThrownBy(() -> rs.getInt("ts")).isInstanceOf(SQLException.class).hasMessageContaining("as int");
            assertThatThrownBy(() -> rs.getObject("k", Connection.class)).isInstanceOf(SQLFeatureNotSupportedException.class);
            rs.next();
            assertThat(rs.getBoolean("s")).isTrue();
            assertThat(rs.getInt("dec")).as("truncated toward zero").isEqualTo(-2);
            assertThat(rs.getBigDecimal("dec")).isEqualByComparingTo("-2.25");
            assertThat(rs.getObject("tz", Instant.class)).isEqualTo(Instant.EPOCH);
        }
    }

    @Test
    void metadataIsTheFirstShardsVisibleColumns() throws SQLException {
        try (ResultSet rs = MERGER.merge(db.query("SELECT k, s, n FROM v ORDER BY n"),
                plan().hidden(1).orderBy(asc(Plans.hid(1))).build())) {
            ResultSetMetaData md = rs.getMetaData();
            assertThat(md.getColumnCount()).isEqualTo(2);
            assertThat(md.getColumnLabel(2)).isEqualTo("S");
            assertThat(md.getColumnType(1)).isEqualTo(Types.INTEGER);
            assertThat(md.getColumnTypeName(2)).isEqualTo("CHARACTER VARYING");
            assertThat(md.getPrecision(2)).isEqualTo(20);
            assertThat(md.getTableName(1)).isEqualTo("V");
            assertThat(md.isReadOnly(1)).isTrue();
            assertThat(md.isWrapperFor(ResultSetMetaData.class)).isTrue();
            assertThatThrownBy(() -> md.getColumnLabel(3)).isInstanceOf(SQLException.class);
            while (rs.next()) {
                // reading to the end closes the shards; the metadata stays
            }
            assertThat(rs.getMetaData().getColumnLabel(1)).isEqualTo("K");
        }
    }

    @Test
    void cursorPosition() throws SQLException {
        try (ResultSet rs = passingThrough()) {
            assertThatThrownBy(() -> rs.getInt(1)).isInstanceOf(SQLException.class).hasMessageContaining("call next() first");
            assertThat(rs.getRow()).isZero();
            assertThat(rs.isBeforeFirst()).isTrue();
            assertThat(rs.isBeforeFirst()).isTrue();
            assertThat(rs.isFirst()).isFalse();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).as("the row looked at by isBeforeFirst is not skipped").isEqualTo(1);
            assertThat(rs.isFirst()).isTrue();
            assertThat(rs.getRow()).isEqualTo(1);
            assertThat(rs.isBeforeFirst()).isFalse();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getRow()).isEqualTo(2);
            assertThat(rs.isFirst()).isFalse();
            assertThat(rs.isAfterLast()).isFalse();
            assertThat(rs.next()).isFalse();
            assertThat(rs.isAfterLast()).isTrue();
            assertThat(rs.getRow()).isZero();
            assertThat(rs.next()).isFalse();
            assertThatThrownBy(() -> rs.getInt(1)).isInstanceOf(SQLException.class).hasMessageContaining("no more rows");
            assertThatThrownBy(rs::isLast).isInstanceOf(SQLFeatureNotSupportedException.class);
        }
        try (ResultSet empty = MERGER.merge(db.query("SELECT k FROM v WHERE k < 0"), MergePlan.CONCATENATE)) {
            assertThat(empty.isBeforeFirst()).isFalse();
            assertThat(empty.next()).isFalse();
            assertThat(empty.isAfterLast()).isFalse();
        }
    }

    @Test
    void readOnlyAndForwardOnly() throws Exception {
        try (ResultSet rs = passingThrough()) {
            rs.next();
            int updaters = 0;
            for (Method m : ResultSet.class.getMethods()) {
                boolean changes = m.getName().startsWith("update") || List.of("insertRow", "deleteRow", "refreshRow",
                        "cancelRowUpdates", "moveToInsertRow", "moveToCurrentRow").contains(m.getName());
                boolean scrolls = List.of("previous", "first", "last", "beforeFirst", "afterLast", "absolute", "relative")
                        .contains(m.getName());
                if (!changes && !scrolls) {
                    continue;
                }
                Object[] args = new Object[m.getParameterCount()];
                Class<?>[] types = m.getParameterTypes();
                for (int i = 0; i < args.length; i++) {
                    args[i] = argument(types[i]);
                }
                try {
                    m.invoke(rs, args);
                    throw new AssertionError(m + " did not fail");
                } catch (java.lang.reflect.InvocationTargetException e) {
                    assertThat(e.getCause()).as(m.toString()).isInstanceOf(SQLFeatureNotSupportedException.class)
                            .hasMessageContaining(changes ? "read-only" : "forward only");
                    assertThat(((SQLException) e.getCause()).getSQLState()).isEqualTo("0A000");
                }
                updaters++;
            }
            assertThat(updaters).isGreaterThan(90);
            assertThat(rs.getType()).isEqualTo(ResultSet.TYPE_FORWARD_ONLY);
            assertThat(rs.getConcurrency()).isEqualTo(ResultSet.CONCUR_READ_ONLY);
            assertThat(rs.getFetchDirection()).isEqualTo(ResultSet.FETCH_FORWARD);
            rs.setFetchDirection(ResultSet.FETCH_FORWARD);
            assertThatThrownBy(() -> rs.setFetchDirection(ResultSet.FETCH_REVERSE)).isInstanceOf(SQLException.class);
            assertThat(rs.rowUpdated()).isFalse();
            assertThat(rs.rowDeleted()).isFalse();
            assertThat(rs.rowInserted()).isFalse();
            assertThatThrownBy(rs::getCursorName).isInstanceOf(SQLFeatureNotSupportedException.class);
            assertThat(rs.getHoldability()).isIn(ResultSet.HOLD_CURSORS_OVER_COMMIT, ResultSet.CLOSE_CURSORS_AT_COMMIT);
        }
    }

    private static Object argument(Class<?> type) {
        if (type == int.class) {
            return 1;
        } else if (type == long.class) {
            return 1L;
        } else if (type == String.class) {
            return "K";
        } else if (type == boolean.class) {
            return false;
        } else if (type == byte.class) {
            return (byte) 0;
        } else if (type == short.class) {
            return (short) 0;
        } else if (type == float.class) {
            return 0f;
        } else if (type == double.class) {
            return 0d;
        }
        return null;
    }

    /**
     * Regression: the merged result asked the first shard's result set for its holdability, which
     * PostgreSQL's driver refuses with 0A000; HikariCP takes that SQLState for a broken connection
     * and closes it, losing the transaction's work on that shard.
     */
    @Test
    void neverAsksTheShardsForOptionalFeatures() throws SQLException {
        List<String> asked = new ArrayList<>();
        List<ResultSet> shards = new ArrayList<>();
        for (ResultSet real : db.query("SELECT k FROM v")) {
            shards.add((ResultSet) java.lang.reflect.Proxy.newProxyInstance(ResultSet.class.getClassLoader(),
                    new Class<?>[] {ResultSet.class}, (proxy, method, args) -> {
                        if (method.getName().equals("getHoldability")) {
                            asked.add(method.getName());
                            throw new SQLFeatureNotSupportedException("getHoldability refused, as pgjdbc refuses it", "0A000");
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }));
        }
        try (ResultSet rs = MERGER.merge(shards, plan().orderBy(asc(col(1))).build())) {
            assertThat(rs.getHoldability()).isEqualTo(ResultSet.CLOSE_CURSORS_AT_COMMIT);
            while (rs.next()) {
                rs.getInt(1);
            }
        }
        assertThat(asked).isEmpty();
    }

    @Test
    void wrapperStatementWarningsAndFetchSize() throws SQLException {
        List<ResultSet> shards = db.query("SELECT k FROM v");
        try (ResultSet rs = MERGER.merge(shards, MergePlan.CONCATENATE)) {
            assertThat(rs.isWrapperFor(ResultSet.class)).isTrue();
            assertThat(rs.unwrap(ResultSet.class)).isSameAs(rs);
            assertThat(rs.isWrapperFor(Connection.class)).isFalse();
            assertThatThrownBy(() -> rs.unwrap(Connection.class)).isInstanceOf(SQLException.class);
            assertThat(rs.getStatement()).isNull();
            assertThat((Object) rs.getWarnings()).isNull();
            rs.clearWarnings();
            rs.setFetchSize(50);
            assertThat(rs.getFetchSize()).isEqualTo(50);
            assertThatThrownBy(() -> rs.setFetchSize(-1)).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void closeClosesTheShardsThenRunsTheCallbackOnce() throws SQLException {
        List<ResultSet> shards = db.query("SELECT k FROM v");
        AtomicInteger calls = new AtomicInteger();
        ResultSet rs = MERGER.merge(shards, MergePlan.CONCATENATE, List.of("ds0.v", "ds1.v"), () -> {
            assertThat(shards).allMatch(OrderMergeTest::isClosed);
            calls.incrementAndGet();
        });
        rs.next();
        assertThat(rs.isClosed()).isFalse();
        rs.close();
        rs.close();
        assertThat(rs.isClosed()).isTrue();
        assertThat(calls).hasValue(1);
        assertThatThrownBy(rs::next).isInstanceOf(SQLException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> rs.getInt(1)).isInstanceOf(SQLException.class);
        assertThatThrownBy(rs::getMetaData).isInstanceOf(SQLException.class);

        ResultSet failing = MERGER.merge(db.query("SELECT k FROM v"), MergePlan.CONCATENATE, null, () -> {
            throw new IllegalStateException("statement close failed");
        });
        assertThatThrownBy(failing::close).isInstanceOf(SQLException.class).hasMessageContaining("statement close failed");
        assertThat(failing.isClosed()).isTrue();
    }

    @Test
    void shardNamesAppearInErrors() throws SQLException {
        try (H2Shards two = new H2Shards(2)) {
            two.everywhere("CREATE TABLE o (k INT)").on(1, "INSERT INTO o VALUES (3), (1)");
            ResultSet rs = MERGER.merge(two.query("SELECT k FROM o"), plan().orderBy(asc(col(1))).build(),
                    List.of("ds0.o_0", "ds1.o_1"), null);
            assertThatThrownBy(() -> H2Shards.rows(rs)).hasMessageContaining("shard 2 of 2 (ds1.o_1)")
                    .hasMessageContaining("its row 2 has 1 after 3").hasMessageContaining("column 1 ('K')");
            rs.close();
        }
    }

    @Test
    void emptyShardListIsRefused() {
        assertThatThrownBy(() -> MERGER.merge(List.of(), MergePlan.CONCATENATE)).isInstanceOf(SQLException.class)
                .hasMessageContaining("at least one shard");
    }
}
