package io.retort.events;

import io.retort.sql.Statement;
import java.sql.SQLException;

/**
 * Changes a statement before it runs: return the model unchanged, return a new one, or refuse the
 * statement by throwing a {@link SQLException} (the application sees it, with its SQLState, naming
 * this listener). Transformers run in order, each on the previous one's result; declaring one means
 * statements are parsed.
 *
 * <p>Return the same instance when nothing changes, and equal trees for equal inputs: rendered
 * SQL is cached by tree, so a transformer that is stable costs one cache lookup per execution.
 *
 * <pre>{@code
 * StatementTransformer noDeleteAll = (event, model) -> {
 *     if (model instanceof Delete d && d.where() == null) throw new SQLException("DELETE without WHERE", "42501");
 *     return model;
 * };
 * }</pre>
 */
@FunctionalInterface
public interface StatementTransformer extends RetortListener {

    Statement transform(StatementEvent event, Statement model) throws SQLException;
}
