package io.retort.orm.metamodel;

/**
 * A mapped field of an entity, as the generated metamodel ({@code User_.name}) names it. The three
 * kinds are columns, references (many-to-one) and collections (one-to-many, many-to-many).
 *
 * <pre>{@code
 * Attribute<User, String> a = User_.name;
 * a.entityType();   // User.class
 * a.name();         // "name"
 * }</pre>
 *
 * @param <E> the entity
 * @param <V> the value (for a collection, the element type)
 */
public sealed interface Attribute<E, V> permits ColumnAttribute, ReferenceAttribute, CollectionAttribute {

    /** The entity class that declares the field. */
    Class<E> entityType();

    /** The field's name. */
    String name();

    /** The field's (boxed) type; the element type of a collection. */
    Class<V> javaType();

    /** The alias this attribute is read through, or null for the entity itself. */
    EntityAlias<E> alias();
}
