package io.retort.orm.metamodel;

import java.util.Objects;

/**
 * A whole entity in a select list: {@code select(User.class, Address.class)} wraps each class in one.
 *
 * <pre>{@code
 * Selection<User> users = EntitySelection.of(User.class);
 * }</pre>
 */
public record EntitySelection<E>(Class<E> type) implements Selection<E> {

    public EntitySelection {
        Objects.requireNonNull(type, "type");
    }

    public static <E> EntitySelection<E> of(Class<E> type) {
        return new EntitySelection<>(type);
    }
}
