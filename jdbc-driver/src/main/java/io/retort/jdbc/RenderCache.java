package io.retort.jdbc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.retort.dialect.Dialect;
import io.retort.dialect.RenderedSql;
import io.retort.rewrite.SqlTranslator;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered SQL by (model, source dialect, target dialect with its version). Models are keyed by
 * identity: plans are cached, and transformers return cached trees for cached inputs, so the same
 * statement arrives as the same instance and a lookup costs an identity hash. A model that is no
 * longer referenced drops out (weak keys).
 */
final class RenderCache {

    private record Target(SqlDialect source, Dialect target) {}

    private static final Cache<Statement, Map<Target, RenderedSql>> RENDERED = Caffeine.newBuilder()
            .weakKeys()
            .maximumSize(Long.getLong("retort.renderCache.maximumSize", 10_000))
            .build();

    private RenderCache() {}

    /**
     * {@code model}, written in {@code source}, translated for {@code target}.
     *
     * @throws java.sql.SQLFeatureNotSupportedException when the target cannot express it faithfully
     */
    static RenderedSql render(Statement model, SqlDialect source, Dialect target) throws SQLException {
        Map<Target, RenderedSql> byTarget = RENDERED.get(model, m -> new ConcurrentHashMap<>(4));
        Target key = new Target(source, target);
        RenderedSql rendered = byTarget.get(key);
        if (rendered == null) {
            rendered = SqlTranslator.translate(model, source, target);
            byTarget.put(key, rendered);
        }
        return rendered;
    }
}
