package io.retort.orm;

/**
 * A lazy relationship was accessed after the session that loaded its owner closed (or after the owner
 * left the session). The message names the relationship and the object and says how to load it
 * in time.
 *
 * <pre>{@code
 * User u;
 * try (Session s = factory.openSession()) { u = s.get(User.class, 1L); }
 * u.addresses.size();   // DetachedInstanceException: User.addresses of User#1 was not loaded ...
 * }</pre>
 */
public final class DetachedInstanceException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public DetachedInstanceException(String message) {
        super(message);
    }
}
