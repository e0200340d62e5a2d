package io.retort.orm;

import java.util.Objects;

/**
 * A many-to-one reference that loads its target on first {@link #get()}, while the session that loaded
 * the owner is open. After the session closed, an unloaded reference fails with a
 * {@link DetachedInstanceException}; a reference mapped (or queried) with {@code Fetch.RAISE} fails with a
 * {@link RaiseLoadException} instead of running SQL.
 *
 * <pre>{@code
 * @Entity public class Node {
 *     @Id @GeneratedValue Long id;
 *     @ManyToOne(fetch = Fetch.LAZY) Lazy<Node> parent = Lazy.empty();
 * }
 * Node child = session.get(Node.class, 7L);
 * Node parent = child.parent.get();          // one SELECT, the first time
 * child.parent = Lazy.of(otherNode);         // or child.parent.set(otherNode)
 * }</pre>
 *
 * Not thread-safe, like the session it belongs to.
 */
public final class Lazy<T> {

    /** Loads the target of a foreign key value; supplied by the session that loaded the owner. */
    interface Loader {
        Object load(Lazy<?> reference) throws java.sql.SQLException;
    }

    private T value;
    private boolean loaded;
    private Object foreignKey;
    private Loader loader;

    private Lazy(T value, boolean loaded) {
        this.value = value;
        this.loaded = loaded;
    }

    /** A loaded reference to {@code target} (null for none). */
    public static <T> Lazy<T> of(T target) {
        return new Lazy<>(target, true);
    }

    /** A loaded reference to nothing. */
    public static <T> Lazy<T> empty() {
        return new Lazy<>(null, true);
    }

    /** An unloaded reference to the row with key {@code foreignKey}. */
    static <T> Lazy<T> unloaded(Object foreignKey, Loader loader) {
        Lazy<T> l = new Lazy<>(null, false);
        l.foreignKey = Objects.requireNonNull(foreignKey);
        l.loader = loader;
        return l;
    }

    /**
     * The target, loading it first if needed.
     *
     * @throws DetachedInstanceException when it is not loaded and its session is closed
     * @throws RaiseLoadException when its relationship is configured to raise instead of loading
     * @throws OrmDataAccessException when the load fails in the database
     */
    @SuppressWarnings("unchecked")
    public T get() {
        if (!loaded) {
            try {
                value = (T) loader.load(this);
            } catch (java.sql.SQLException e) {
                throw new OrmDataAccessException(e);
            }
            loaded = true;
            loader = null;
        }
        return value;
    }

    /** Points the reference at {@code target} (null for none). */
    public void set(T target) {
        value = target;
        loaded = true;
        foreignKey = null;
        loader = null;
    }

    /** Whether the target is in memory ({@link #get()} runs no SQL). */
    public boolean isLoaded() {
        return loaded;
    }

    /** The target without loading: the loaded value, or null when not loaded. */
    T peek() {
        return loaded ? value : null;
    }

    /** The foreign key of an unloaded reference, or null. */
    Object foreignKey() {
        return loaded ? null : foreignKey;
    }

    void resolve(Object target) {
        @SuppressWarnings("unchecked")
        T t = (T) target;
        set(t);
    }

    @Override
    public String toString() {
        return loaded ? "Lazy[" + value + "]" : "Lazy[unloaded, key " + foreignKey + "]";
    }
}
