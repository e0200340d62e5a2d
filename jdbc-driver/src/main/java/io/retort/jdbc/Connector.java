package io.retort.jdbc;

import io.retort.events.Listeners;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens a real connection through the real driver and wraps it; shared by the driver and the data source. */
final class Connector {

    private static final Logger LOG = LoggerFactory.getLogger(RetortDriver.class);

    private Connector() {}

    /**
     * Connects with the properties minus Retort's options and wraps the connection.
     *
     * @param info the application's properties (user, password, driver settings, retort.* options)
     */
    static RetortConnection connect(RetortUrl url, RetortOptions options, Driver driver, Properties info,
            Listeners listeners) throws SQLException {
        Connection real = driver.connect(url.realUrl(), RetortOptions.withoutOptions(info));
        if (real == null) {
            throw RetortErrors.cannotConnect(driver.getClass().getName() + " accepted " + PasswordMask.url(url.realUrl())
                    + " (from " + url.masked() + ") but returned no connection");
        }
        try {
            RetortConnection connection = new RetortConnection(real, url, options, Pipelines.create(real, url, options, listeners));
            connection.opened();
            LOG.debug("{}: connected, path {}", url.masked(), connection.path().label());
            return connection;
        } catch (SQLException | RuntimeException e) {
            try {
                real.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /**
     * {@link #connect} bounded by a login timeout. The real driver connects on a virtual thread; if it
     * is late, the caller gets an {@link SQLTimeoutException} and the connection, should it still
     * arrive, is closed.
     */
    static RetortConnection connect(RetortUrl url, RetortOptions options, Driver driver, Properties info,
            Listeners listeners, int timeoutSeconds) throws SQLException {
        if (timeoutSeconds <= 0) {
            return connect(url, options, driver, info, listeners);
        }
        FutureTask<RetortConnection> attempt = new FutureTask<>(() -> connect(url, options, driver, info, listeners));
        Thread.ofVirtual().name("retort-connect").start(attempt);
        try {
            return attempt.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException late) {
            Thread.ofVirtual().name("retort-connect-cleanup").start(() -> closeWhenDone(attempt));
            throw new SQLTimeoutException("no connection to " + url.masked() + " within the login timeout of "
                    + timeoutSeconds + " s", RetortErrors.UNABLE_TO_CONNECT);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException s) {
                throw s;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new SQLException(e.getCause());
        } catch (InterruptedException e) {
            attempt.cancel(true);
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while connecting to " + url.masked(), RetortErrors.UNABLE_TO_CONNECT, e);
        }
    }

    private static void closeWhenDone(FutureTask<RetortConnection> attempt) {
        try {
            attempt.get().close();
        } catch (Exception ignored) {
            // the attempt failed after all: nothing to close
        }
    }
}
