package io.retort.jdbc.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.jdbc.RetortArray;
import io.retort.jdbc.RetortResultSet;
import io.retort.jdbc.RetortStatement;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Array;
import java.sql.BatchUpdateException;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Execution through Retort on a real database: keys, batches, several results, java.time values,
 * LOBs and streams, timeouts and cancel, savepoints, isolation, errors, callable statements,
 * arrays. Where databases differ, the test runs the same scenario raw and through Retort and
 * asserts both do the same; where the outcome is known it is asserted too.
 */
abstract class ExecutionSuite extends BehaviourSuite {

    @Test
    void generatedKeysComeBackThroughTheStatement() throws SQLException {
        try (Connection c = target().retort()) {
            table(c, "keys_t", target().idColumn() + ", name VARCHAR(20)");
            PreparedStatement ps = c.prepareStatement("INSERT INTO keys_t (name) VALUES (?)", Statement.RETURN_GENERATED_KEYS);
            List<Long> ids = new ArrayList<>();
            for (String name : List.of("a", "b")) {
                ps.setString(1, name);
                assertThat(ps.executeUpdate()).isEqualTo(1);
                ResultSet keys = ps.getGeneratedKeys();
                assertThat(keys).isInstanceOf(RetortResultSet.class);
                assertThat(keys.getStatement()).isSameAs(ps);
                assertThat(keys.next()).isTrue();
                ids.add(keys.getLong(1));
                keys.close();
            }
            assertThat(ids.get(1)).isGreaterThan(ids.get(0));
            Statement st = c.createStatement();
            assertThat(st.executeUpdate("INSERT INTO keys_t (name) VALUES ('c')", Statement.RETURN_GENERATED_KEYS)).isEqualTo(1);
            try (ResultSet keys = st.getGeneratedKeys()) {
                assertThat(keys.getStatement()).isSameAs(st);
                assertThat(keys.next()).isTrue();
                assertThat(keys.getLong(1)).isGreaterThan(ids.get(1));
            }
        }
    }

    @Test
    void batchesPassThroughWithTheirCounts() throws SQLException {
        Outcome ok = sameAsRaw("batch_ok", (c, t) -> {
            table(c, t, "id INT PRIMARY KEY, v VARCHAR(10)");
            PreparedStatement ps = c.prepareStatement("INSERT INTO " + t + " VALUES (?, ?)");
            for (int i = 1; i <= 3; i++) {
                ps.setInt(1, i);
                ps.setString(2, "v" + i);
                ps.addBatch();
            }
            int[] prepared = ps.executeBatch();
            Statement st = c.createStatement();
            st.addBatch("UPDATE " + t + " SET v = 'x' WHERE id <= 2");
            st.addBatch("DELETE FROM " + t + " WHERE id = 3");
            int[] plain = st.executeBatch();
            return Arrays.toString(prepared) + Arrays.toString(plain) + rows(c, "SELECT id, v FROM " + t + " ORDER BY id");
        });
        assertThat(ok.failed()).isFalse();
        assertThat((String) ok.value()).endsWith("[[1, x], [2, x]]");

        Outcome failing = sameAsRaw("batch_fail", (c, t) -> {
            table(c, t, "id INT PRIMARY KEY");
            PreparedStatement ps = c.prepareStatement("INSERT INTO " + t + " VALUES (?)");
            for (int id : new int[] {1, 2, 2, 3}) {
                ps.setInt(1, id);
                ps.addBatch();
            }
            try {
                ps.executeBatch();
                return "no error";
            } catch (BatchUpdateException e) {
                return "BatchUpdateException: " + Outcome.describe(e);
            }
        });
        if (target() instanceof SqliteTarget) {
            assertThat(failing.error()).startsWith("org.sqlite.SQLiteException"); // sqlite-jdbc's own choice
        } else {
            // The update counts are each driver's own (PostgreSQL and MariaDB report -3 for all four,
            // H2 [1, 1, -3, 1]); sameAsRaw compared them.
            assertThat(failing.value()).asString().startsWith("BatchUpdateException: ").contains(" state=23");
        }
    }

    @Test
    void severalResultsFromOneStatement() throws SQLException {
        Outcome o = sameAsRaw("multi", (c, t) -> {
            Statement st = c.createStatement();
            List<Object> results = new ArrayList<>();
            boolean isResultSet = st.execute(target().twoQueries());
            while (true) {
                if (isResultSet) {
                    ResultSet rs = st.getResultSet();
                    if (rs instanceof RetortResultSet) {
                        assertThat(rs.getStatement()).isSameAs(st);
                    }
                    rs.next();
                    results.add(rs.getInt(1));
                } else if (st.getUpdateCount() == -1) {
                    break;
                } else {
                    results.add("count " + st.getUpdateCount());
                }
                isResultSet = st.getMoreResults();
            }
            return results;
        });
        if (target() instanceof PostgresTarget || target() instanceof MariaDbTarget) {
            assertThat(o.value()).isEqualTo(List.of(1, 2));
        }
    }

    @Test
    void javaTimeValuesGoInAndComeOut() throws SQLException {
        LocalDate date = LocalDate.of(2024, 2, 29);
        LocalDateTime dateTime = LocalDateTime.of(2024, 2, 29, 13, 14, 15, 123_456_000);
        OffsetDateTime offset = OffsetDateTime.of(dateTime, ZoneOffset.UTC);
        Instant instant = offset.toInstant();
        List<Object[]> values = List.<Object[]>of(
                new Object[] {"DATE", date, LocalDate.class},
                new Object[] {target().timestampType(), dateTime, LocalDateTime.class},
                new Object[] {target().timestampTzType(), offset, OffsetDateTime.class},
                new Object[] {target().timestampTzType(), instant, Instant.class});
        List<Outcome> outcomes = new ArrayList<>();
        for (Object[] v : values) {
            outcomes.add(sameAsRaw("time_" + ((Class<?>) v[2]).getSimpleName().toLowerCase(), (c, t) -> {
                table(c, t, "v " + v[0]);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t + " VALUES (?)")) {
                    ps.setObject(1, v[1]);
                    ps.executeUpdate();
                }
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("SELECT v FROM " + t)) {
                    rs.next();
                    return rs.getObject(1, (Class<?>) v[2]);
                }
            }));
        }
        if (target() instanceof PostgresTarget || target() instanceof H2Target) {
            assertThat(outcomes.get(0).value()).isEqualTo(date);
            assertThat(outcomes.get(1).value()).isEqualTo(dateTime);
            assertThat(((OffsetDateTime) outcomes.get(2).value()).toInstant()).isEqualTo(instant);
        }
    }

    @Test
    void lobsAndStreams() throws SQLException {
        byte[] bytes = new byte[70_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        String text = "Retort ✓ ".repeat(5_000);
        Outcome o = sameAsRaw("lob", (c, t) -> {
            table(c, t, "id INT PRIMARY KEY, b " + target().blobType() + ", c " + target().clobType());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t + " VALUES (?, ?, ?)")) {
                ps.setInt(1, 1);
                ps.setBinaryStream(2, new ByteArrayInputStream(bytes), bytes.length);
                ps.setCharacterStream(3, new StringReader(text), text.length());
                ps.executeUpdate();
                ps.setInt(1, 2);
                ps.setBytes(2, bytes);
                ps.setString(3, text);
                ps.executeUpdate();
            }
            List<Object> read = new ArrayList<>();
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT b, c FROM " + t + " ORDER BY id")) {
                while (rs.next()) {
                    try (InputStream in = rs.getBinaryStream(1)) {
                        read.add(Arrays.equals(in.readAllBytes(), bytes));
                    }
                    try (Reader r = rs.getCharacterStream(2)) {
                        StringBuilder sb = new StringBuilder();
                        r.transferTo(new java.io.Writer() {
                            @Override public void write(char[] b, int off, int len) { sb.append(b, off, len); }
                            @Override public void flush() {}
                            @Override public void close() {}
                        });
                        read.add(sb.toString().equals(text));
                    }
                }
            }
            return read;
        });
        assertThat(o.value()).as("%s", o).isEqualTo(List.of(true, true, true, true));

        sameAsRaw("lob_objects", (c, t) -> {
            table(c, t, "b " + target().blobType() + ", c " + target().clobType());
            Blob blob = c.createBlob();
            blob.setBytes(1, bytes);
            Clob clob = c.createClob();
            clob.setString(1, text);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t + " VALUES (?, ?)")) {
                ps.setBlob(1, blob);
                ps.setClob(2, clob);
                ps.executeUpdate();
            }
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT b, c FROM " + t)) {
                rs.next();
                Blob b = rs.getBlob(1);
                Clob cl = rs.getClob(2);
                return List.of(Arrays.equals(b.getBytes(1, (int) b.length()), bytes), cl.getSubString(1, (int) cl.length()).equals(text));
            }
        });
    }

    @Test
    @Timeout(120)
    void queryTimeoutAsTheRealDriver() throws SQLException {
        Outcome o = sameAsRaw("timeout", (c, t) -> {
            try (Statement st = c.createStatement()) {
                st.setQueryTimeout(1);
                assertThat(st.getQueryTimeout()).isEqualTo(1);
                try (ResultSet rs = st.executeQuery(target().longQuery())) {
                    rs.next();
                    return rs.getObject(1) + "";
                }
            }
        });
        if (target().queryTimeoutInterruptsQueries()) {
            // Either the driver raised its timeout error, or (MariaDB's SLEEP) the query was
            // interrupted and returned 1 instead of 0; never a completed long query.
            assertThat(o.failed() || o.hasValue("1")).as("%s", o).isTrue();
        } else {
            assertThat(o.value()).isEqualTo(target().longQueryResult());
        }
    }

    @Test
    @Timeout(120)
    void cancelFromAnotherThread() throws SQLException {
        Outcome o = sameAsRaw("cancel", (c, t) -> {
            Statement st = c.createStatement();
            Thread canceller = Thread.ofVirtual().start(() -> {
                // Cancel once the server runs the query, and keep cancelling until it is over: a
                // cancel that arrives before the query runs is lost (pgjdbc even ignores later
                // cancels of the same execution), so a single early cancel would be a race.
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        if (target().longQueryRunning()) {
                            st.cancel();
                        }
                        Thread.sleep(100);
                    } catch (SQLException retry) {
                        // try again on the next round
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            try (ResultSet rs = st.executeQuery(target().longQuery())) {
                rs.next();
                return rs.getObject(1) + "";
            } finally {
                canceller.interrupt();
                canceller.join();
            }
        });
        assertThat(o.failed() || o.hasValue("1")).as("%s", o).isTrue();
    }

    @Test
    void savepoints() throws SQLException {
        try (Connection c = target().retort()) {
            table(c, "sp_t", "id INT PRIMARY KEY");
            c.setAutoCommit(false);
            exec(c, "INSERT INTO sp_t VALUES (1)");
            Savepoint named = c.setSavepoint("before_two");
            assertThat(named.getSavepointName()).isEqualTo("before_two");
            exec(c, "INSERT INTO sp_t VALUES (2)");
            c.rollback(named);
            exec(c, "INSERT INTO sp_t VALUES (3)");
            Savepoint unnamed = c.setSavepoint();
            exec(c, "INSERT INTO sp_t VALUES (4)");
            c.releaseSavepoint(unnamed);
            c.commit();
            c.setAutoCommit(true);
            assertThat(rows(c, "SELECT id FROM sp_t ORDER BY id")).isEqualTo("[[1], [3], [4]]");
        }
    }

    @Test
    void transactionIsolationAsTheRealDriver() throws SQLException {
        Outcome o = sameAsRaw("isolation", (c, t) -> {
            List<Object> seen = new ArrayList<>();
            for (int level : new int[] {Connection.TRANSACTION_READ_UNCOMMITTED, Connection.TRANSACTION_READ_COMMITTED,
                    Connection.TRANSACTION_REPEATABLE_READ, Connection.TRANSACTION_SERIALIZABLE}) {
                try {
                    c.setTransactionIsolation(level);
                    seen.add(c.getTransactionIsolation());
                } catch (SQLException e) {
                    seen.add(Outcome.describe(e));
                }
            }
            return seen;
        });
        assertThat((List<Object>) o.value()).contains((Object) Connection.TRANSACTION_SERIALIZABLE);
    }

    @Test
    void duplicateKeyKeepsSqlStateAndVendorCode() throws SQLException {
        Outcome o = sameAsRaw("dup", (c, t) -> {
            table(c, t, "id INT PRIMARY KEY");
            exec(c, "INSERT INTO " + t + " VALUES (1)");
            exec(c, "INSERT INTO " + t + " VALUES (1)");
            return "no error";
        });
        assertThat(o.failed()).isTrue();
    }

    @Test
    void syntaxErrorKeepsSqlStateAndVendorCode() throws SQLException {
        Outcome o = sameAsRaw("syntax", (c, t) -> {
            try (Statement st = c.createStatement()) {
                st.executeQuery("SELEC 1");
            }
            return "no error";
        });
        assertThat(o.failed()).isTrue();
        Outcome prepared = sameAsRaw("syntax_prepared", (c, t) -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM no_such_table WHERE id = ?")) {
                ps.setInt(1, 1);
                ps.executeQuery();
            }
            return "no error";
        });
        assertThat(prepared.failed()).isTrue();
    }

    @Test
    void callableStatementsAsTheRealDriver() throws SQLException {
        Outcome o = sameAsRaw("call", (c, t) -> {
            try (CallableStatement cs = c.prepareCall(target().upperCall())) {
                if (cs instanceof RetortStatement) {
                    assertThat(cs.getConnection()).isSameAs(c);
                }
                cs.registerOutParameter(1, Types.VARCHAR);
                cs.setString(2, "retort");
                cs.execute();
                return cs.getString(1);
            }
        });
        if (target() instanceof PostgresTarget) {
            assertThat(o.value()).isEqualTo("RETORT");
        }
    }

    @Test
    void arraysAsTheRealDriverWithoutExposingItsStatements() throws SQLException {
        Outcome o = sameAsRaw("array", (c, t) -> {
            Array a = c.createArrayOf(target().arrayElementType(), new Object[] {1, 2, 3});
            try (PreparedStatement ps = c.prepareStatement("SELECT ?")) {
                ps.setArray(1, a);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    Array back = rs.getArray(1);
                    if (rs instanceof RetortResultSet) {
                        assertThat(back).isInstanceOf(RetortArray.class);
                        assertThat(rs.getObject(1)).isInstanceOf(RetortArray.class);
                    }
                    List<Object> out = new ArrayList<>(Arrays.asList((Object[]) back.getArray()));
                    try (ResultSet elements = back.getResultSet()) {
                        Statement behind = elements.getStatement();
                        assertThat(behind == null || !(c instanceof io.retort.jdbc.RetortConnection)
                                || behind instanceof RetortStatement).isTrue();
                        while (elements.next()) {
                            out.add("row " + elements.getObject(2));
                        }
                    }
                    return out.toString();
                }
            }
        });
        if (target() instanceof PostgresTarget || target() instanceof H2Target) {
            assertThat(o.value()).isEqualTo("[1, 2, 3, row 1, row 2, row 3]");
        }
    }

    @Test
    void largeUpdatesAndJdbc43DefaultMethodsAsTheRealDriver() throws SQLException {
        sameAsRaw("large", (c, t) -> {
            table(c, t, "id INT");
            List<Object> out = new ArrayList<>();
            try (Statement st = c.createStatement()) {
                out.add(st.executeLargeUpdate("INSERT INTO " + t + " VALUES (1)"));
                out.add(st.enquoteLiteral("it's"));
                out.add(st.enquoteIdentifier("Mixed Case", false));
                out.add(st.isSimpleIdentifier("abc"));
                st.setLargeMaxRows(5);
                out.add(st.getLargeMaxRows());
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + t + " SET id = ?")) {
                ps.setObject(1, 2, java.sql.JDBCType.INTEGER);
                out.add(ps.executeLargeUpdate());
            }
            c.beginRequest();
            c.endRequest();
            return out;
        });
    }

    /** All rows of a query as a list of lists, as text. */
    static String rows(Connection c, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows.toString();
    }
}
