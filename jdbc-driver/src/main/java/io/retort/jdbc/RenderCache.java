package io.retort.jdbc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.retort.dialect.Dialect;
import io.retort.dialect.RenderedSql;
import io.retort.rewrite.JdbcSchemaInfo;
import io.retort.rewrite.SqlTranslator;
import io.retort.rewrite.TranslationOptions;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered SQL by (model, source dialect, target dialect with its version, schema information). Models
 * are keyed by identity: plans are cached, and transformers return cached trees for cached inputs, so the
 * same statement arrives as the same instance and a lookup costs an identity hash. A model that is no
 * longer referenced drops out (weak keys).
 *
 * <p>A translation may depend on the schema ({@code a / b} divides integers or not, {@code d + 30} adds
 * days to a date): with schema information its key holds the database's table cache and that cache's
 * generation, so two databases of one dialect never share a translation, and DDL (a new generation)
 * makes the translations made before it unreachable.
 */
final class RenderCache {

    /** @param schema the database's table cache, or null without schema information */
    private record Target(SqlDialect source, Dialect target, JdbcSchemaInfo schema, long generation) {}

    private static final Cache<Statement, Map<Target, RenderedSql>> RENDERED = Caffeine.newBuilder()
            .weakKeys()
            .maximumSize(Long.getLong("retort.renderCache.maximumSize", 10_000))
            .executor(Runnable::run) // upkeep on the calling thread: no pool thread woken per few statements
            .build();

    private RenderCache() {}

    /**
     * {@code model}, written in {@code source}, translated for {@code target} without schema information.
     *
     * @throws java.sql.SQLFeatureNotSupportedException when the target cannot express it faithfully
     */
    static RenderedSql render(Statement model, SqlDialect source, Dialect target) throws SQLException {
        return render(model, source, target, null);
    }

    /**
     * {@code model}, written in {@code source}, translated for {@code target} with what {@code schema} knows
     * of the tables (null: nothing).
     *
     * @throws java.sql.SQLFeatureNotSupportedException when the target cannot express it faithfully
     */
    static RenderedSql render(Statement model, SqlDialect source, Dialect target, TranslationSchema schema)
            throws SQLException {
        Map<Target, RenderedSql> byTarget = RENDERED.get(model, m -> new ConcurrentHashMap<>(4));
        if (schema != null) {
            schema.translating(model); // DDL changes the schema: the cache is emptied (a new generation)
        }
        Target key = schema == null ? new Target(source, target, null, 0)
                : new Target(source, target, schema.database, schema.generation());
        RenderedSql rendered = byTarget.get(key);
        if (rendered == null) {
            TranslationOptions options = schema == null ? TranslationOptions.DEFAULT : TranslationOptions.of(schema.view());
            rendered = SqlTranslator.translate(model, source, target, options);
            if (schema != null) {
                // translations of this database made before its last DDL can no longer be asked for
                byTarget.keySet().removeIf(k -> k.schema() == key.schema() && k.generation() != key.generation());
            }
            byTarget.put(key, rendered);
        }
        return rendered;
    }
}
