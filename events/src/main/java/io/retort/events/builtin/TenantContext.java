package io.retort.events.builtin;

import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * The tenant the current thread works for, as the {@link TenantFilter} reads it. Set it around the
 * work of one tenant; scopes nest, and closing one restores the tenant that was current before.
 * The value is per thread (a virtual thread has its own): threads the application starts do not
 * inherit it.
 *
 * <pre>{@code
 * try (TenantContext.Scope scope = TenantContext.open("acme")) {
 *     orders = jdbc.query("SELECT * FROM orders");      // only acme's orders
 * }
 * TenantContext.run(42L, () -> service.closeMonth());
 * int n = TenantContext.call("acme", () -> repository.count());
 * }</pre>
 */
public final class TenantContext {

    /** One open scope; scopes form a stack through {@code previous}. */
    private record Frame(Object tenant, Frame previous) {}

    private static final ThreadLocal<Frame> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    /** The current thread's tenant, or null when none is set. */
    public static Object current() {
        Frame f = CURRENT.get();
        return f == null ? null : f.tenant;
    }

    /**
     * Makes {@code tenant} current until the returned scope is closed.
     *
     * @param tenant the tenant's id, bound to the tenant column as a parameter (a String, Long, UUID, ...)
     */
    public static Scope open(Object tenant) {
        Objects.requireNonNull(tenant, "tenant");
        Frame frame = new Frame(tenant, CURRENT.get());
        CURRENT.set(frame);
        return new Scope(frame, Thread.currentThread());
    }

    /** Runs {@code work} with {@code tenant} current. */
    public static void run(Object tenant, Runnable work) {
        try (Scope s = open(tenant)) {
            work.run();
        }
    }

    /** Calls {@code work} with {@code tenant} current and returns its result. */
    public static <T> T call(Object tenant, Callable<T> work) throws Exception {
        try (Scope s = open(tenant)) {
            return work.call();
        }
    }

    /** A tenant made current by {@link #open}; closing it restores the previous one. */
    public static final class Scope implements AutoCloseable {
        private final Frame frame;
        private final Thread owner;
        private boolean closed;

        private Scope(Frame frame, Thread owner) {
            this.frame = frame;
            this.owner = owner;
        }

        public Object tenant() {
            return frame.tenant;
        }

        /**
         * Restores the tenant that was current when this scope was opened. Idempotent.
         *
         * @throws IllegalStateException when closed on another thread, or while a scope opened inside
         *     it is still open (scopes must be closed in reverse order)
         */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            if (Thread.currentThread() != owner) {
                throw new IllegalStateException("a TenantContext scope must be closed on the thread that opened it ("
                        + owner.getName() + ")");
            }
            if (CURRENT.get() != frame) {
                throw new IllegalStateException("TenantContext scopes closed out of order: close the scope opened last first");
            }
            closed = true;
            if (frame.previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(frame.previous);
            }
        }
    }
}
