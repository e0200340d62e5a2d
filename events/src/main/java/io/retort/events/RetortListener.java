package io.retort.events;

/**
 * A listener: anything Retort calls back. A listener class implements one or more of the
 * observer and transformer interfaces ({@link StatementObserver}, {@link StatementTransformer},
 * {@link ConnectionObserver}, …); this base only carries its order.
 *
 * <p>Listeners come from code ({@code RetortDataSource.listen(...)}, or per connection through
 * {@code conn.unwrap(RetortConnection.class).listen(...)}), from the URL
 * ({@code retort.listeners=com.example.Audit}), from the YAML configuration ({@code listeners:}) and
 * from {@link java.util.ServiceLoader} ({@code META-INF/services/io.retort.events.RetortListener}).
 * A class named in a URL or YAML needs a public constructor taking either nothing or a
 * {@code java.util.Map<String, String>} of properties.
 *
 * <pre>{@code
 * public final class CountingListener implements StatementObserver {
 *     final LongAdder statements = new LongAdder();
 *     public void beforeExecute(StatementEvent event) { statements.increment(); }
 * }
 * }</pre>
 */
public interface RetortListener {

    /**
     * Listeners with a higher priority run first; listeners with equal priorities run in the order
     * they were registered: ServiceLoader, then configuration (YAML), then the URL, then code.
     */
    default int priority() {
        return 0;
    }
}
