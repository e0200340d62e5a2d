package io.retort.orm;

/**
 * A class cannot be mapped as declared: the message names the class, the field and what to change.
 * Thrown when a {@link Registry} is built, never while a session runs.
 *
 * <pre>{@code
 * Registry.of(User.class);   // MappingException: User.addresses: a @OneToMany needs mappedBy ...
 * }</pre>
 */
public final class MappingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public MappingException(String message) {
        super(message);
    }

    public MappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
