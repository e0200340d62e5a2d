package io.retort.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statement log: logger {@code io.retort.jdbc.statements}, one DEBUG line per execution with
 * the data source (the Retort URL, password masked), the path taken, the elapsed microseconds, the
 * outcome and the SQL:
 *
 * <pre>
 * ds=jdbc:retort:h2:mem:shop path=passthrough elapsed=41us result=rows sql=select * from orders where id = ?
 * ds=jdbc:retort:h2:mem:shop path=passthrough elapsed=87us result=count=1 sql=insert into orders values (?, ?)
 * ds=jdbc:retort:h2:mem:shop path=passthrough elapsed=12us error=23505/23505 sql=insert into …
 * </pre>
 *
 * Callers check {@link #enabled()} first and run the statement directly when it is off, so a
 * disabled log costs one level check per execution: no clock reads, no lambdas.
 */
final class StatementLog {

    static final Logger LOG = LoggerFactory.getLogger("io.retort.jdbc.statements");

    @FunctionalInterface
    interface Query {
        ResultSet run() throws SQLException;
    }

    @FunctionalInterface
    interface Update {
        int run() throws SQLException;
    }

    @FunctionalInterface
    interface LargeUpdate {
        long run() throws SQLException;
    }

    @FunctionalInterface
    interface Execute {
        boolean run() throws SQLException;
    }

    @FunctionalInterface
    interface Batch {
        int[] run() throws SQLException;
    }

    @FunctionalInterface
    interface LargeBatch {
        long[] run() throws SQLException;
    }

    private StatementLog() {}

    static boolean enabled() {
        return LOG.isDebugEnabled();
    }

    static ResultSet query(RetortConnection c, String sql, Query call) throws SQLException {
        long start = System.nanoTime();
        try {
            ResultSet rs = call.run();
            done(c, start, "rows", sql);
            return rs;
        } catch (SQLException | RuntimeException e) {
            failed(c, start, e, sql);
            throw e;
        }
    }

    static int update(RetortConnection c, String sql, Update call) throws SQLException {
        long start = System.nanoTime();
        try {
            int count = call.run();
            done(c, start, "count=" + count, sql);
            return count;
        } catch (SQLException | RuntimeException e) {
            failed(c, start, e, sql);
            throw e;
        }
    }

    static long largeUpdate(RetortConnection c, String sql, LargeUpdate call) throws SQLException {
        long start = System.nanoTime();
        try {
            long count = call.run();
            done(c, start, "count=" + count, sql);
            return count;
        } catch (SQLException | RuntimeException e) {
            failed(c, start, e, sql);
            throw e;
        }
    }

    /** {@code execute}: rows, or the update count the real statement reports (read only while logging). */
    static boolean execute(RetortConnection c, Statement real, String sql, Execute call) throws SQLException {
        long start = System.nanoTime();
        boolean rows;
        try {
            rows = call.run();
        } catch (SQLException | RuntimeException e) {
            failed(c, start, e, sql);
            throw e;
        }
        long elapsed = System.nanoTime() - start;
        log(c, elapsed, rows ? "rows" : "count=" + real.getUpdateCount(), sql);
        return rows;
    }

    static int[] batch(RetortConnection c, String sql, Batch call) throws SQLException {
        long start = System.nanoTime();
        try {
            int[] counts = call.run();
            done(c, start, "batch=" + counts.length + " counts=" + summary(Arrays.toString(counts)), sql);
            return counts;
        } catch (SQLException | RuntimeException e) {
            failed(c, start, e, sql);
            throw e;
        }
    }

    static long[] largeBatch(RetortConnection c, String sql, LargeBatch call) throws SQLException {
        long start = System.nanoTime();
        try {
            long[] counts = call.run();
            done(c, start, "batch=" + counts.length + " counts=" + summary(Arrays.toString(counts)), sql);
            return counts;
        } catch (SQLException | RuntimeException e) {
            failed(c, start, e, sql);
            throw e;
        }
    }

    static void done(RetortConnection c, long start, String result, String sql) {
        log(c, System.nanoTime() - start, result, sql);
    }

    private static void log(RetortConnection c, long elapsedNanos, String result, String sql) {
        LOG.debug("ds={} path={} elapsed={}us result={} sql={}", c.maskedUrl(), c.path().label(), elapsedNanos / 1000,
                result, sql);
    }

    static void failed(RetortConnection c, long start, Exception e, String sql) {
        String error = e instanceof SQLException s ? s.getSQLState() + "/" + s.getErrorCode() : e.getClass().getName();
        LOG.debug("ds={} path={} elapsed={}us error={} sql={}", c.maskedUrl(), c.path().label(),
                (System.nanoTime() - start) / 1000, error, sql);
    }

    private static String summary(String counts) {
        return counts.length() <= 80 ? counts : counts.substring(0, 77) + "...";
    }
}
