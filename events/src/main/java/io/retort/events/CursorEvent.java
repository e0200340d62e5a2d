package io.retort.events;

import java.util.Objects;

/**
 * One physical statement about to run on a real driver (SQLAlchemy's "cursor execute"): what the
 * database will actually see.
 *
 * @param statement the logical execution it belongs to
 * @param dataSource the data source it runs on
 * @param sql the physical SQL text
 * @param parameters the parameters in the physical statement's order
 */
public record CursorEvent(StatementEvent statement, String dataSource, String sql, Parameters parameters) {
    public CursorEvent {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(parameters, "parameters");
    }

    /** This event with other physical SQL (after a {@link PhysicalSqlTransformer}). */
    public CursorEvent withSql(String newSql) {
        return new CursorEvent(statement, dataSource, newSql, parameters);
    }
}
