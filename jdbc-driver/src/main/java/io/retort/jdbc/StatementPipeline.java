package io.retort.jdbc;

import io.retort.dialect.Dialect;
import io.retort.events.ConnectionInfo;
import io.retort.events.Listeners;
import io.retort.events.SqlExceptions;
import io.retort.sql.Passthrough;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.sql.SQLException;

/**
 * What a connection does with each statement between the application and the real driver, decided
 * once when the connection opens (and again when listeners are added to it):
 * <ul>
 *   <li>{@link ExecutionPath#PASSTHROUGH}: nothing to do; the SQL text goes to the real driver;</li>
 *   <li>{@link ExecutionPath#TRANSLATED}: the application writes another dialect than the database's,
 *       or asked for strict parsing: each statement is parsed and rendered once, when prepared, and
 *       then runs as a plain delegation;</li>
 *   <li>{@link ExecutionPath#MANAGED}: listeners observe or change statements: every execution goes
 *       through the events (and, when a transformer changes the model, the renderer).</li>
 * </ul>
 */
final class StatementPipeline {

    final ExecutionPath path;
    final ConnectionInfo info;
    /** The name cursor events give the data source: the real URL, password masked. */
    final String dataSource;
    final SqlDialect source;
    /** The database's dialect; null when it is not needed (passthrough) or not known. */
    final Dialect target;
    final boolean translating;
    final boolean strict;
    final Listeners listeners;
    /** The tables of the database, for translations; null when nothing is translated (or no schema is read). */
    final TranslationSchema schema;

    private StatementPipeline(ExecutionPath path, ConnectionInfo info, String dataSource, SqlDialect source,
            Dialect target, boolean translating, boolean strict, Listeners listeners, TranslationSchema schema) {
        this.path = path;
        this.info = info;
        this.dataSource = dataSource;
        this.source = source;
        this.target = target;
        this.translating = translating;
        this.strict = strict;
        this.listeners = listeners;
        this.schema = schema;
    }

    /** A pipeline whose translations know nothing of the schema (the sharded connections' passthrough). */
    static StatementPipeline of(ConnectionInfo info, String dataSource, SqlDialect source, Dialect target,
            boolean strict, Listeners listeners) {
        return of(info, dataSource, source, target, strict, listeners, null);
    }

    /**
     * A pipeline; {@code schema} (null: none) informs its translations when the application's dialect
     * differs from the database's.
     */
    static StatementPipeline of(ConnectionInfo info, String dataSource, SqlDialect source, Dialect target,
            boolean strict, Listeners listeners, TranslationSchema schema) {
        boolean translating = target != null && target.family() != source;
        ExecutionPath path = listeners.observesStatements() || listeners.observesTransactions() ? ExecutionPath.MANAGED
                : translating || strict ? ExecutionPath.TRANSLATED : ExecutionPath.PASSTHROUGH;
        return new StatementPipeline(path, info, dataSource, source, target, translating, strict, listeners,
                translating ? schema : null);
    }

    /** This pipeline with more listeners (the path may change). */
    StatementPipeline withListeners(Listeners more) {
        return of(info, dataSource, source, target, strict, listeners.plus(more), schema);
    }

    /** Whether statements that ran must be told to the schema cache ({@link #executed}): translating with schema. */
    boolean tracksSchema() {
        return schema != null;
    }

    /** {@code model} ran: DDL empties the schema cache of the database. */
    void executed(Statement model) {
        if (schema != null) {
            schema.executed(model);
        }
    }

    /** {@code sql} (the application's) ran: DDL empties the schema cache of the database. */
    void executed(String sql) {
        if (schema != null) {
            try {
                schema.executed(plan(sql).model);
            } catch (SQLException unreadable) {
                // strict mode refused it: it did not run (and its own error is the one the caller reports)
            }
        }
    }

    boolean managed() {
        return path == ExecutionPath.MANAGED;
    }

    /** Whether the application's SQL must be parsed before it can run (translation or strict mode). */
    boolean parsesEverything() {
        return translating || strict;
    }

    /** The plan of {@code sql}; in strict mode, a statement the parser cannot read is a syntax error. */
    Plan plan(String sql) throws SQLException {
        return PlanCache.get(sql, source, strict);
    }

    /**
     * The physical form of the application's statement before any transformer: its own text when the
     * database speaks the application's dialect, the translation otherwise.
     */
    Physical untransformed(Plan plan) throws SQLException {
        if (!translating) {
            return Physical.verbatim(plan.sql);
        }
        return Physical.of(translate(plan.model));
    }

    /** The physical form of {@code sql}, parsing only when needed. */
    Physical untransformed(String sql) throws SQLException {
        return parsesEverything() ? untransformed(plan(sql)) : Physical.verbatim(sql);
    }

    /** The physical form of a model a transformer made. */
    Physical render(Statement model) throws SQLException {
        if (model instanceof Passthrough p) {
            return Physical.verbatim(p.sql());
        }
        if (target == null) {
            throw SqlExceptions.of("a listener changed the statement, but Retort cannot render SQL for this database ("
                    + dataSource + "): it is none of postgresql, mysql, mariadb, sqlite, h2, oracle, sqlserver",
                    "0A000", 0, null);
        }
        return Physical.of(translate(model));
    }

    private io.retort.dialect.RenderedSql translate(Statement model) throws SQLException {
        return RenderCache.render(model, source, target, schema);
    }
}
