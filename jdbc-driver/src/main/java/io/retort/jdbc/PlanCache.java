package io.retort.jdbc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.retort.parser.SqlParser;
import io.retort.sql.Passthrough;
import io.retort.sql.SqlDialect;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;

/**
 * Parsed statements by (SQL text, dialect), shared by every connection of this JVM: each distinct
 * SQL text is parsed once. Statements the parser cannot read are cached too, as a
 * {@link io.retort.sql.Passthrough}; strict connections turn those into syntax errors.
 *
 * <p>Size: system property {@code retort.planCache.maximumSize} (default 10,000 statements).
 * Hit rates: {@link #stats()}.
 */
final class PlanCache {

    private record Key(String sql, SqlDialect dialect) {}

    private static final Cache<Key, Plan> PLANS = Caffeine.newBuilder()
            .maximumSize(Long.getLong("retort.planCache.maximumSize", 10_000))
            .recordStats()
            .executor(Runnable::run) // upkeep on the calling thread: no pool thread woken per few statements
            .build();

    private PlanCache() {}

    /** The plan of {@code sql} in {@code dialect}, parsing it on a miss. */
    static Plan get(String sql, SqlDialect dialect) {
        return PLANS.get(new Key(sql, dialect), k -> parse(k.sql(), k.dialect()));
    }

    /**
     * Keeps {@code model} as the plan of {@code sql} unless the text has a plan already: a statement
     * handed over with its model ({@link io.retort.sql.ModelHandoff}) is then never parsed.
     */
    static void offer(String sql, SqlDialect dialect, io.retort.sql.Statement model) {
        Key key = new Key(sql, dialect);
        if (!PLANS.asMap().containsKey(key)) {
            PLANS.asMap().putIfAbsent(key, new Plan(sql, dialect, model, 0, System.nanoTime()));
        }
    }

    /** {@link #get}, or a syntax error naming line, column and token when strict and the parser cannot read it. */
    static Plan get(String sql, SqlDialect dialect, boolean strict) throws SQLException {
        Plan plan = get(sql, dialect);
        if (strict && plan.model instanceof Passthrough) {
            SqlParser.parseStrict(sql, dialect); // throws the syntax error with line, column and token
            throw new SQLSyntaxErrorException("statement not understood: " + ((Passthrough) plan.model).reason(), "42601");
        }
        return plan;
    }

    static CacheStats stats() {
        return PLANS.stats();
    }

    static long size() {
        return PLANS.estimatedSize();
    }

    private static Plan parse(String sql, SqlDialect dialect) {
        long start = System.nanoTime();
        var model = SqlParser.parse(sql, dialect);
        long end = System.nanoTime();
        return new Plan(sql, dialect, model, end - start, end);
    }
}
