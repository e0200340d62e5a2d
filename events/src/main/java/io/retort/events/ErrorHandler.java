package io.retort.events;

import java.sql.SQLException;

/**
 * Sees every SQLException before the application does (SQLAlchemy's handle_error). Handlers run in
 * order; each receives the event (whose {@link ErrorEvent#exception()} is the original) and returns
 * the exception to throw: the one it was given, or a replacement. The last handler's choice wins.
 */
@FunctionalInterface
public interface ErrorHandler extends RetortListener {

    SQLException handleError(ErrorEvent event, SQLException current);
}
