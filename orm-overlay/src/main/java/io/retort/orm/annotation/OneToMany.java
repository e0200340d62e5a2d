package io.retort.orm.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The collection side of a {@link ManyToOne}: {@link #mappedBy()} names the many-to-one field of the
 * element type, whose foreign key holds the link. The field is a {@code List}, {@code Set} or
 * {@code Collection}; the ORM replaces it with its own collection, which keeps the other side in step
 * ({@code user.getAddresses().add(a)} sets {@code a.user}).
 *
 * <pre>{@code
 * @OneToMany(mappedBy = "user", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}) List<Address> addresses = new ArrayList<>();
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface OneToMany {

    /** The many-to-one field of the element type that points back here. */
    String mappedBy();

    Fetch fetch() default Fetch.LAZY;

    Cascade[] cascade() default {Cascade.SAVE_UPDATE, Cascade.MERGE};

    /** The order of the loaded collection: a field name of the element type, optionally followed by {@code DESC}. */
    String orderBy() default "";

    /**
     * True when the database deletes or updates the children itself (ON DELETE CASCADE / SET NULL):
     * deleting the parent then does not load its unloaded collection to delete or detach the children.
     */
    boolean passiveDeletes() default false;
}
