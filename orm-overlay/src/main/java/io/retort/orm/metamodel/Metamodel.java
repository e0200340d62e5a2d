package io.retort.orm.metamodel;

/**
 * Factories the generated metamodel classes call; usable by hand for a metamodel written without the
 * annotation processor.
 *
 * <pre>{@code
 * public final class User_ {
 *     public static final ColumnAttribute<User, String> name = Metamodel.column(User.class, "name", String.class);
 *     public static final CollectionAttribute<User, Address> addresses = Metamodel.collection(User.class, "addresses", Address.class);
 * }
 * }</pre>
 */
public final class Metamodel {

    private Metamodel() {
    }

    public static <E, V> ColumnAttribute<E, V> column(Class<E> entity, String field, Class<V> type) {
        return new ColumnAttribute<>(entity, field, type, null);
    }

    public static <E, T> ReferenceAttribute<E, T> reference(Class<E> entity, String field, Class<T> target) {
        return new ReferenceAttribute<>(entity, field, target, null);
    }

    public static <E, T> CollectionAttribute<E, T> collection(Class<E> entity, String field, Class<T> element) {
        return new CollectionAttribute<>(entity, field, element, null);
    }
}
