package io.retort.orm;

/**
 * A relationship configured with {@code Fetch.RAISE} (on the mapping or in the query) was accessed
 * without having been loaded: the ORM refuses to run SQL behind the application's back.
 *
 * <pre>{@code
 * User u = session.scalars(select(User.class).options(Load.raise(User_.addresses))).first();
 * u.addresses.size();   // RaiseLoadException: User.addresses is not loaded and is configured to raise ...
 * }</pre>
 */
public final class RaiseLoadException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public RaiseLoadException(String message) {
        super(message);
    }
}
