package io.retort.jdbc;

import io.retort.events.ConnectionInfo;
import io.retort.events.Listeners;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Opens connections of sharded configurations ({@code jdbc:retort:config:<location>}). Connections
 * made through {@link java.sql.DriverManager} share one {@link ShardedRuntime} (pools included) per
 * location for the life of the JVM, or until {@link RetortDriver#closeConfiguration(String)};
 * a {@link RetortDataSource} owns its runtime and closes it with {@link RetortDataSource#close()}.
 */
final class ShardedConnector {

    private static final AtomicLong IDS = new AtomicLong(1L << 40);
    private static final Map<String, ShardedRuntime> SHARED = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(ShardedConnector::closeAll));
    }

    private ShardedConnector() {}

    /** The runtime shared by DriverManager connections to {@code location}, loaded on first use. */
    static ShardedRuntime shared(String location) throws SQLException {
        ShardedRuntime runtime = SHARED.get(location);
        if (runtime != null && !runtime.isClosed()) {
            return runtime;
        }
        synchronized (SHARED) {
            runtime = SHARED.get(location);
            if (runtime == null || runtime.isClosed()) {
                runtime = ShardedRuntime.load(location, Listeners.NONE);
                SHARED.put(location, runtime);
            }
            return runtime;
        }
    }

    /** Closes the pools of a shared configuration; the next connection loads it again (re-reading the file). */
    static boolean close(String location) {
        ShardedRuntime runtime = SHARED.remove(location);
        if (runtime != null) {
            runtime.close();
            return true;
        }
        return false;
    }

    private static void closeAll() {
        SHARED.values().forEach(ShardedRuntime::close);
        SHARED.clear();
    }

    /** A logical connection of {@code runtime}, wrapped like every Retort connection. */
    static RetortConnection connect(RetortUrl url, ShardedRuntime runtime) throws SQLException {
        ConnectionInfo info = new ConnectionInfo(IDS.incrementAndGet(), url.masked(), runtime.appDialect);
        ShardedConnection sharded = new ShardedConnection(runtime, info);
        // The wrapper passes through: the sharded connection parses, routes and fires the events itself.
        StatementPipeline passthrough = StatementPipeline.of(info, url.masked(), runtime.appDialect, null, false, Listeners.NONE);
        RetortConnection connection = new RetortConnection(sharded, url, RetortOptions.NONE, passthrough);
        if (runtime.listeners.observesConnections()) {
            try {
                runtime.listeners.connected(info);
            } catch (SQLException e) {
                sharded.close();
                throw e;
            }
        }
        return connection;
    }
}
