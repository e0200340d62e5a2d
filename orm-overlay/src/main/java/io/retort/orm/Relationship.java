package io.retort.orm;

import io.retort.orm.annotation.Cascade;
import io.retort.orm.annotation.Fetch;
import java.util.EnumSet;
import java.util.Set;

/**
 * One relationship field. For a many-to-one, {@link #foreignKey} is the owner's column; for a
 * one-to-many it is the element's column (through {@link #inverse}, the element's many-to-one); a
 * many-to-many goes through {@link #joinTable} with {@link #ownerColumn} (to this side) and
 * {@link #elementColumn} (to the element).
 */
final class Relationship {

    enum Kind { MANY_TO_ONE, ONE_TO_MANY, MANY_TO_MANY }

    final EntityMapper<?> owner;
    final String name;
    final Kind kind;
    final FieldAccess field;
    final Class<?> targetType;
    final Set<Cascade> cascades;
    final Fetch fetch;
    /** The field is a {@code Lazy<T>} (many-to-one only). */
    final boolean lazyField;
    /** The collection is a Set (else a List). */
    final boolean setCollection;
    final boolean postUpdate;
    final boolean passiveDeletes;
    final String mappedBy;
    final String orderBy;

    EntityMapper<?> target;
    /** The many-to-one's column on the owner, or (one-to-many) the element's foreign key column. */
    ColumnProperty foreignKey;
    /** The other side of a bidirectional relationship, or null. */
    Relationship inverse;
    /** Many-to-many: the association table and its columns. */
    String joinTable;
    String ownerColumn;
    String elementColumn;
    /** Many-to-many: the owning side of this association (this, or the side {@link #mappedBy} names). */
    Relationship owningSide;
    /** Broken as post-update because the ORM found a cycle of foreign keys through it. */
    boolean cycleBreaker;
    int slot;

    Relationship(EntityMapper<?> owner, String name, Kind kind, FieldAccess field, Class<?> targetType, Cascade[] cascade,
            Fetch fetch, boolean lazyField, boolean setCollection, boolean postUpdate, boolean passiveDeletes,
            String mappedBy, String orderBy) {
        this.owner = owner;
        this.name = name;
        this.kind = kind;
        this.field = field;
        this.targetType = targetType;
        EnumSet<Cascade> set = EnumSet.noneOf(Cascade.class);
        for (Cascade c : cascade) {
            if (c == Cascade.ALL) {
                set.addAll(EnumSet.of(Cascade.SAVE_UPDATE, Cascade.MERGE, Cascade.DELETE, Cascade.REFRESH_EXPUNGE));
            } else {
                set.add(c);
            }
        }
        this.cascades = set;
        this.fetch = fetch;
        this.lazyField = lazyField;
        this.setCollection = setCollection;
        this.postUpdate = postUpdate;
        this.passiveDeletes = passiveDeletes;
        this.mappedBy = mappedBy;
        this.orderBy = orderBy;
    }

    boolean isCollection() {
        return kind != Kind.MANY_TO_ONE;
    }

    boolean cascades(Cascade c) {
        return cascades.contains(c);
    }

    /** Whether the foreign key is written with a second UPDATE (declared, or chosen to break a cycle). */
    boolean isPostUpdate() {
        return postUpdate || cycleBreaker;
    }

    String path() {
        return owner.type.getSimpleName() + "." + name;
    }

    @Override
    public String toString() {
        return path();
    }
}
