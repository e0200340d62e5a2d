package io.retort.dialect;

import io.retort.sql.Parameter;
import java.util.List;
import java.util.Objects;

/**
 * SQL text for one database plus the order in which the source statement's parameters must be bound
 * to it: the i-th {@code ?} of {@link #sql()} (1-based, as JDBC counts) binds the source parameter
 * {@code bindings().get(i - 1)}. A source parameter used twice (e.g. {@code $1} in two places, or one
 * that an emulation repeats) appears twice; {@code $n} and {@code :name} become {@code ?}.
 *
 * <pre>{@code
 * RenderedSql r = Dialect.of(SqlDialect.MYSQL).render(statement);   // "... LIMIT ? OFFSET ?"
 * for (int i = 1; i <= r.parameterCount(); i++) {
 *     ps.setObject(i, sourceValues[r.sourceIndex(i) - 1]);
 * }
 * }</pre>
 *
 * @param sql the SQL text
 * @param bindings the source parameter behind each {@code ?}, in text order
 * @param verbatim true when {@code sql} is a passthrough statement's raw text: its parameter markers
 *     are exactly the application's, and {@code bindings} is empty
 */
public record RenderedSql(String sql, List<Parameter> bindings, boolean verbatim) {

    public RenderedSql {
        Objects.requireNonNull(sql, "sql");
        bindings = List.copyOf(bindings);
    }

    /** How many {@code ?} markers the SQL has. */
    public int parameterCount() {
        return bindings.size();
    }

    /**
     * The source parameter index ({@link Parameter#index()}, 1-based) that JDBC parameter
     * {@code jdbcIndex} (1-based) binds.
     */
    public int sourceIndex(int jdbcIndex) {
        return bindings.get(jdbcIndex - 1).index();
    }

    /** {@link #sourceIndex} for every JDBC parameter, in order. */
    public int[] sourceIndexes() {
        int[] out = new int[bindings.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bindings.get(i).index();
        }
        return out;
    }

    /** True when the JDBC parameters are exactly the source's 1..n in order (nothing to reorder). */
    public boolean bindsInSourceOrder() {
        for (int i = 0; i < bindings.size(); i++) {
            if (bindings.get(i).index() != i + 1) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return sql;
    }
}
