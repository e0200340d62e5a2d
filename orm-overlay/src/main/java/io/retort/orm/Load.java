package io.retort.orm;

import io.retort.orm.annotation.Fetch;
import io.retort.orm.metamodel.Attribute;
import io.retort.orm.metamodel.CollectionAttribute;
import io.retort.orm.metamodel.ReferenceAttribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A loader option of one query: how one relationship of the loaded entities is loaded, overriding the
 * mapping's default, and (with {@link #then}) how the relationships of the related objects are.
 *
 * <pre>{@code
 * select(User.class).options(
 *         Load.selectin(User_.addresses).then(Load.joined(Address_.tags)),
 *         Load.raise(User_.orders));
 * }</pre>
 */
public final class Load {

    final Attribute<?, ?> relationship;
    final Fetch strategy;
    final List<Load> children;

    private Load(Attribute<?, ?> relationship, Fetch strategy, List<Load> children) {
        this.relationship = Objects.requireNonNull(relationship, "relationship");
        this.strategy = strategy;
        this.children = List.copyOf(children);
    }

    /** One {@code IN} query per level for all loaded objects (batched). */
    public static Load selectin(CollectionAttribute<?, ?> relationship) {
        return new Load(relationship, Fetch.SELECTIN, List.of());
    }

    public static Load selectin(ReferenceAttribute<?, ?> relationship) {
        return new Load(relationship, Fetch.SELECTIN, List.of());
    }

    /** A LEFT OUTER JOIN in the same query. */
    public static Load joined(CollectionAttribute<?, ?> relationship) {
        return new Load(relationship, Fetch.JOINED, List.of());
    }

    public static Load joined(ReferenceAttribute<?, ?> relationship) {
        return new Load(relationship, Fetch.JOINED, List.of());
    }

    /** On first access (a many-to-one only when its field is a {@code Lazy<T>}). */
    public static Load lazy(CollectionAttribute<?, ?> relationship) {
        return new Load(relationship, Fetch.LAZY, List.of());
    }

    public static Load lazy(ReferenceAttribute<?, ?> relationship) {
        return new Load(relationship, Fetch.LAZY, List.of());
    }

    /** Never implicitly: access fails with {@link RaiseLoadException} (a many-to-one only when its field is a {@code Lazy<T>}). */
    public static Load raise(CollectionAttribute<?, ?> relationship) {
        return new Load(relationship, Fetch.RAISE, List.of());
    }

    public static Load raise(ReferenceAttribute<?, ?> relationship) {
        return new Load(relationship, Fetch.RAISE, List.of());
    }

    /** Options for the relationships of the objects this option loads. */
    public Load then(Load... next) {
        List<Load> list = new ArrayList<>(children);
        list.addAll(Arrays.asList(next));
        return new Load(relationship, strategy, list);
    }

    @Override
    public String toString() {
        return strategy.name().toLowerCase(java.util.Locale.ROOT) + "(" + relationship + ")" + (children.isEmpty() ? "" : ".then" + children);
    }
}
