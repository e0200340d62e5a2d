package io.retort.events;

import java.sql.SQLException;

/**
 * The escape hatch: changes the physical SQL text just before it goes to a real driver. Prefer a
 * {@link StatementTransformer}, which works on the tree and survives dialect changes; this one sees
 * text after rendering and must keep the parameter markers as they are.
 */
@FunctionalInterface
public interface PhysicalSqlTransformer extends RetortListener {

    String transform(CursorEvent event, String sql) throws SQLException;
}
