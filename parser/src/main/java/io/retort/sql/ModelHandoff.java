package io.retort.sql;

/**
 * A connection that takes SQL together with the model it was rendered from, so that it need not
 * parse the text again. Retort's JDBC connections implement it; reach it through the JDBC wrapper
 * methods (a pool's proxy passes them on):
 *
 * <pre>{@code
 * if (connection.isWrapperFor(ModelHandoff.class)) {
 *     connection.unwrap(ModelHandoff.class).renderedFrom(sql, SqlDialect.POSTGRESQL, model);
 * }
 * try (PreparedStatement ps = connection.prepareStatement(sql)) { ... }
 * }</pre>
 *
 * <p>Retort's ORM does this over a Retort DataSource. The model must be what parsing {@code sql}
 * in {@code dialect} would give: the same tree, with its parameters the positional {@code ?} of the
 * text in order. A connection that needs no model for the dialect (nothing listens, nothing is
 * translated, or it reads another dialect) ignores the call.
 */
public interface ModelHandoff {

    /** Tells the connection that {@code sql}, written in {@code dialect}, is the rendering of {@code model}. */
    void renderedFrom(String sql, SqlDialect dialect, Statement model);
}
