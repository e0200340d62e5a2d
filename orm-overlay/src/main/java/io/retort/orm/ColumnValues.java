package io.retort.orm;

/**
 * Reads the value of a column from an object. A foreign key column takes its value from its
 * many-to-one: the target's key (or {@link #UNKNOWN} while the target waits for a database-generated
 * key), the key of an unloaded {@link Lazy}, or, when the reference is null and a plain field maps the
 * same column, that field.
 */
final class ColumnValues {

    /** The key of a pending target that the database has not generated yet. */
    static final Object UNKNOWN = new Object() {
        @Override
        public String toString() {
            return "<key not generated yet>";
        }
    };

    private ColumnValues() {
    }

    static Object value(Object entity, ColumnProperty c) {
        Relationship r = c.reference;
        if (r == null) {
            return c.field.get(entity);
        }
        Object target = target(entity, r);
        if (target == null) {
            if (r.lazyField && r.field.get(entity) instanceof Lazy<?> l && !l.isLoaded()) {
                return l.foreignKey();
            }
            return c.field != null ? c.field.get(entity) : null;
        }
        Object key = r.target.idOf(target);
        return key == null ? UNKNOWN : key;
    }

    /** The object a many-to-one points at, without loading it: null when none or not loaded. */
    static Object target(Object entity, Relationship r) {
        Object v = r.field.get(entity);
        if (r.lazyField) {
            return v instanceof Lazy<?> l ? l.peek() : null;
        }
        return v;
    }

    /** Points a many-to-one at {@code target} (keeping a {@code Lazy} field a Lazy). */
    static void setTarget(Object entity, Relationship r, Object target) {
        if (r.lazyField) {
            Object v = r.field.get(entity);
            if (v instanceof Lazy<?> l) {
                l.resolve(target);
            } else {
                r.field.set(entity, Lazy.of(target));
            }
        } else {
            r.field.set(entity, target);
        }
    }
}
