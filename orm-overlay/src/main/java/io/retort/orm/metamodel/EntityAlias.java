package io.retort.orm.metamodel;

import java.util.Objects;

/**
 * An entity under another name in one query: for self-joins and for joining the same entity twice
 * (SQLAlchemy's {@code aliased()}).
 *
 * <pre>{@code
 * EntityAlias<Node> parent = Orm.aliased(Node.class, "parent");
 * select(Node.class).join(Node_.parent, parent).where(Node_.name.of(parent).eq("root"));
 * }</pre>
 *
 * @param type the entity
 * @param name the SQL alias
 */
public record EntityAlias<E>(Class<E> type, String name) implements Selection<E> {

    public EntityAlias {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an alias needs a name");
        }
    }
}
