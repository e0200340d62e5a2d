package io.retort.rewrite;

import io.retort.dialect.Dialect;
import io.retort.dialect.RenderOptions;
import io.retort.dialect.RenderedSql;
import io.retort.dialect.UnsupportedConstruct;
import io.retort.sql.Passthrough;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;

/**
 * Translates statements written for one database into SQL for another: tree rewrites chosen by what
 * the statement means in its source dialect and what the target can express, then the target's
 * rendering. The source's meaning is the truth: PostgreSQL's {@code x::int} rounds, so on SQLite
 * (whose CAST truncates) it becomes {@code CAST(ROUND(x) AS INTEGER)}; MySQL's {@code CONCAT} gives
 * NULL when an argument is NULL, so on PostgreSQL it is {@code ||}. Where the target cannot express a
 * construct faithfully, translation fails with a {@link SQLFeatureNotSupportedException} (SQLState
 * 0A000) naming the construct, the source and the target; it never produces SQL that means something
 * else.
 *
 * <pre>{@code
 * Statement s = SqlParser.parse("SELECT name FROM users WHERE name ILIKE $1 LIMIT 10", SqlDialect.POSTGRESQL);
 * RenderedSql sql = SqlTranslator.translate(s, SqlDialect.POSTGRESQL, Dialect.of(SqlDialect.MYSQL));
 * // SELECT name FROM users WHERE lower(name) LIKE lower(?) LIMIT 10
 * }</pre>
 *
 * Thread-safe and stateless; the driver caches results per (statement shape, dialect, version).
 */
public final class SqlTranslator {

    /** The passes, in order. Each decides from source and target whether it has anything to do. */
    private static final List<RewritePass> PASSES = List.of(
            new SourceDefaults(),
            new GroupByPositions(),
            new DateArithmetic(),
            new IdentityTranslation(),
            new CastSemantics(),
            new TypeTranslation(),
            new DdlTranslation(),
            new InsertTranslation(),
            new UpsertTranslation(),
            new DmlJoinTranslation(),
            new StringFunctions(),
            new ConcatSemantics(),
            new ArrayComparisons(),
            new ArithmeticSemantics(),
            new DateTimeTranslation(),
            new PatternMatching(),
            new JsonTranslation(),
            new SequenceTranslation(),
            new AggregateTranslation(),
            new NullOrdering(),
            new ValuesEmulation(),
            new UsingColumns(),
            new MySqlSubqueries(),
            new BooleanEmulation());

    private SqlTranslator() {
    }

    /**
     * Parses {@code sql} in {@code source} and translates it for {@code target}: what
     * {@code ./retort translate --from postgresql --to mysql "..."} prints.
     *
     * @throws java.sql.SQLSyntaxErrorException when the parser cannot read the statement (line, column, token)
     * @throws SQLFeatureNotSupportedException (0A000) when the target cannot express a construct faithfully
     */
    public static RenderedSql translate(String sql, SqlDialect source, Dialect target) throws java.sql.SQLException {
        return translate(io.retort.parser.SqlParser.parseStrict(sql, source), source, target, TranslationOptions.DEFAULT);
    }

    /**
     * Translates {@code statement}, written in {@code source}, into SQL for {@code target}.
     *
     * @throws SQLFeatureNotSupportedException (0A000) when the target cannot express a construct faithfully
     */
    public static RenderedSql translate(Statement statement, SqlDialect source, Dialect target)
            throws SQLFeatureNotSupportedException {
        return translate(statement, source, target, TranslationOptions.DEFAULT);
    }

    /** As {@link #translate(Statement, SqlDialect, Dialect)}, with schema information and options. */
    public static RenderedSql translate(Statement statement, SqlDialect source, Dialect target,
            TranslationOptions options) throws SQLFeatureNotSupportedException {
        RenderOptions render = new RenderOptions(source, options.jdbcParameters());
        if (statement instanceof Passthrough) {
            return target.render(statement, render);
        }
        Statement rewritten = rewrite(statement, source, target, options);
        return target.render(rewritten, render);
    }

    /**
     * The tree {@link #translate} renders: {@code statement} rewritten so that, rendered for
     * {@code target}, it means what it means in {@code source}.
     *
     * @throws SQLFeatureNotSupportedException (0A000) when the target cannot express a construct faithfully
     */
    public static Statement rewrite(Statement statement, SqlDialect source, Dialect target, TranslationOptions options)
            throws SQLFeatureNotSupportedException {
        if (source == target.family() || statement instanceof Passthrough) {
            return statement;
        }
        Translation translation = new Translation(statement, source, target, options.schema());
        try {
            Statement s = statement;
            for (RewritePass pass : PASSES) {
                s = pass.apply(s, translation);
            }
            return s;
        } catch (UnsupportedConstruct e) {
            throw e.toSqlException(source.configName(), target);
        }
    }
}
