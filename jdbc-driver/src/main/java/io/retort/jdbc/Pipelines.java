package io.retort.jdbc;

import io.retort.dialect.Dialect;
import io.retort.events.ConnectionInfo;
import io.retort.events.ListenerLoader;
import io.retort.events.Listeners;
import io.retort.sql.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds a connection's {@link StatementPipeline} when it opens: its listeners (ServiceLoader, then
 * the URL's {@code retort.listeners}, then those registered in code on the data source), the
 * dialect the application writes and the database's dialect. The database is only asked for its
 * product and version when something needs the dialect, so a plain wrapped URL costs nothing.
 *
 * <p>Listener instances are shared: one set per {@code retort.listeners} value and class loader,
 * one set of ServiceLoader listeners per class loader (listeners must be thread-safe).
 */
final class Pipelines {

    private static final AtomicLong CONNECTION_IDS = new AtomicLong();
    private static final Map<String, Listeners> FROM_URL = new ConcurrentHashMap<>();
    private static final Map<ClassLoader, Listeners> DISCOVERED = new WeakHashMap<>();

    private Pipelines() {}

    static StatementPipeline create(Connection real, RetortUrl url, RetortOptions options, Listeners fromCode)
            throws SQLException {
        Listeners listeners = discovered().plus(fromUrl(options.listeners(), url)).plus(fromCode);
        boolean needsDialect = options.dialect() != null || options.strict() || !listeners.isEmpty();
        Dialect target = needsDialect ? databaseDialect(real, url, options) : null;
        SqlDialect source = options.dialect() != null ? SqlDialect.fromName(options.dialect())
                : target != null ? target.family() : guess(url.subprotocol());
        ConnectionInfo info = new ConnectionInfo(CONNECTION_IDS.incrementAndGet(), url.masked(), source);
        String dataSource = PasswordMask.url(url.realUrl());
        TranslationSchema schema = target != null && target.family() != source ? TranslationSchema.of(real, dataSource) : null;
        return StatementPipeline.of(info, dataSource, source, target, options.strict(), listeners, schema);
    }

    /** The database's dialect and version; null for a database Retort has no dialect for, unless one is required. */
    private static Dialect databaseDialect(Connection real, RetortUrl url, RetortOptions options) throws SQLException {
        try {
            return Dialect.forConnection(real.getMetaData());
        } catch (IllegalArgumentException unknown) {
            if (options.dialect() != null) {
                throw RetortErrors.cannotConnect("retort.dialect=" + options.dialect() + " in " + url.masked()
                        + " asks Retort to translate, but " + unknown.getMessage());
            }
            return null; // listeners still work on text; a transformer's change cannot be rendered (a clear error then)
        }
    }

    private static SqlDialect guess(String subprotocol) {
        try {
            return SqlDialect.fromName(subprotocol);
        } catch (IllegalArgumentException unknown) {
            return SqlDialect.ANSI;
        }
    }

    private static Listeners fromUrl(String spec, RetortUrl url) throws SQLException {
        if (spec.isEmpty()) {
            return Listeners.NONE;
        }
        ClassLoader loader = contextLoader();
        String key = System.identityHashCode(loader) + "|" + spec;
        Listeners cached = FROM_URL.get(key);
        if (cached != null) {
            return cached;
        }
        try {
            Listeners loaded = Listeners.of(ListenerLoader.fromSpec(spec, loader));
            Listeners raced = FROM_URL.putIfAbsent(key, loaded);
            return raced != null ? raced : loaded;
        } catch (SQLException e) {
            SQLException error = RetortErrors.cannotConnect("retort.listeners=" + spec + " in " + url.masked() + ": "
                    + e.getMessage());
            error.initCause(e);
            throw error;
        }
    }

    private static Listeners discovered() throws SQLException {
        ClassLoader loader = contextLoader();
        synchronized (DISCOVERED) {
            Listeners cached = DISCOVERED.get(loader);
            if (cached == null) {
                cached = Listeners.of(ListenerLoader.discover(loader));
                DISCOVERED.put(loader, cached);
            }
            return cached;
        }
    }

    private static ClassLoader contextLoader() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : Pipelines.class.getClassLoader();
    }
}
