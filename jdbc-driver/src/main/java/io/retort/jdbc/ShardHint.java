package io.retort.jdbc;

import io.retort.sharding.route.RouteHint;

/**
 * Forces the data source of the statements run in a scope on this thread, for sharded
 * configurations (SQLAlchemy's {@code set_shard_id}). A {@code /* retort: shard=ds1 *}{@code /}
 * comment at the start of a statement does the same for that statement and wins over this.
 *
 * <pre>{@code
 * try (ShardHint.Scope s = ShardHint.use("ds1")) {
 *     stmt.executeQuery("SELECT count(*) FROM orders");   // runs on ds1 only
 * }
 * }</pre>
 */
public final class ShardHint {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ShardHint() {}

    /** Forces {@code dataSource} (a name under {@code dataSources:}) until the scope closes. */
    public static Scope use(String dataSource) {
        String previous = CURRENT.get();
        CURRENT.set(dataSource);
        return new Scope(previous);
    }

    /** The data source forced on this thread, or null. */
    public static String current() {
        return CURRENT.get();
    }

    static RouteHint routeHint() {
        String ds = CURRENT.get();
        return ds == null ? RouteHint.NONE : RouteHint.dataSource(ds);
    }

    /** Ends a {@link #use} scope, restoring the hint that was in force before it. */
    public static final class Scope implements AutoCloseable {
        private final String previous;
        private boolean closed;

        private Scope(String previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                if (previous == null) {
                    CURRENT.remove();
                } else {
                    CURRENT.set(previous);
                }
            }
        }
    }
}
