package io.retort.orm;

import io.retort.orm.annotation.Fetch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the relationships of the objects loaded by one query step are loaded: the mapping's defaults,
 * overridden by the query's {@link Load} options (a tree: options of the related objects hang below).
 */
final class LoadPlan {

    record Step(Fetch strategy, LoadPlan child) {
    }

    final EntityMapper<?> mapper;
    private final Map<Relationship, Step> steps;

    private LoadPlan(EntityMapper<?> mapper, Map<Relationship, Step> steps) {
        this.mapper = mapper;
        this.steps = steps;
    }

    static LoadPlan defaults(EntityMapper<?> mapper) {
        return new LoadPlan(mapper, Map.of());
    }

    /** The plan for {@code mapper} with the options that apply to it (options for other entities are ignored). */
    static LoadPlan of(Registry registry, EntityMapper<?> mapper, List<Load> options) {
        if (options.isEmpty()) {
            return defaults(mapper);
        }
        Map<Relationship, Step> steps = new HashMap<>();
        for (Load o : options) {
            if (!o.relationship.entityType().isAssignableFrom(mapper.type)) {
                continue;
            }
            Relationship r = mapper.relationship(o.relationship.name());
            if (r == null) {
                throw new IllegalArgumentException(o.relationship + " is not a relationship of " + mapper.type.getSimpleName());
            }
            if (!r.isCollection() && !r.lazyField && (o.strategy == Fetch.LAZY || o.strategy == Fetch.RAISE)) {
                throw new IllegalArgumentException(o + ": a many-to-one can be " + o.strategy + " only when its field is a"
                        + " Lazy<" + r.target.type.getSimpleName() + ">; " + r.path() + " is a plain field");
            }
            LoadPlan child = o.children.isEmpty() ? null : of(registry, r.target, o.children);
            steps.put(r, new Step(o.strategy, child));
        }
        return new LoadPlan(mapper, steps);
    }

    Fetch strategy(Relationship r) {
        Step s = steps.get(r);
        return s != null ? s.strategy() : r.fetch;
    }

    LoadPlan child(Relationship r) {
        Step s = steps.get(r);
        return s != null && s.child() != null ? s.child() : defaults(r.target);
    }

    boolean isDefault() {
        return steps.isEmpty();
    }
}
