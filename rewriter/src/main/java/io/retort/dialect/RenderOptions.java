package io.retort.dialect;

import io.retort.sql.SqlDialect;

/**
 * How to render: for JDBC ({@code ?} markers, the default) or exactly as the source wrote its
 * parameters ({@code $1}, {@code :name}: for printing and round trips), and which dialect the
 * statement was written in (it decides how unquoted and quoted identifiers map to the target's
 * case rules; {@code null} means the target's own dialect).
 *
 * <pre>{@code
 * dialect.render(statement, RenderOptions.JDBC.from(SqlDialect.POSTGRESQL));
 * }</pre>
 *
 * @param source the dialect the statement was written in, or null for the target's own
 * @param jdbcParameters true to render every parameter as {@code ?}
 */
public record RenderOptions(SqlDialect source, boolean jdbcParameters) {

    /** {@code ?} parameters, statement in the target's own dialect. */
    public static final RenderOptions JDBC = new RenderOptions(null, true);

    /**
     * Printing as written, for display and round trips: parameters as the source wrote them
     * ({@code $1}, {@code :name}, {@code ?}), and identifiers quoted only where the source quoted them.
     */
    public static final RenderOptions AS_WRITTEN = new RenderOptions(null, false);

    /** These options for a statement written in {@code source}. */
    public RenderOptions from(SqlDialect source) {
        return new RenderOptions(source, jdbcParameters);
    }
}
