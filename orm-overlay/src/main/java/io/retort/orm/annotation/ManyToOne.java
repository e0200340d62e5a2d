package io.retort.orm.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A reference to one object of another (or the same) entity, through a foreign key column of this
 * entity's table ({@link JoinColumn}, default {@code <field>_id}). The field is the target type, or
 * {@code Lazy<Target>} for a reference that loads on first access.
 *
 * <pre>{@code
 * @ManyToOne @JoinColumn(name = "user_id", nullable = false) User user;
 * @ManyToOne(fetch = Fetch.LAZY) Lazy<Node> parent;
 * }</pre>
 *
 * A plain field is loaded with its owner ({@link Fetch#SELECTIN} by default: objects already in the
 * session are used without SQL, the others come in one {@code IN} query per level).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ManyToOne {

    /**
     * The default loading strategy. {@link Fetch#LAZY} and {@link Fetch#RAISE} need a {@code Lazy<T>}
     * field (a plain field cannot act on access); a {@code Lazy<T>} with SELECTIN or JOINED is simply
     * loaded with its owner.
     */
    Fetch fetch() default Fetch.SELECTIN;

    Cascade[] cascade() default {Cascade.SAVE_UPDATE, Cascade.MERGE};

    /**
     * Write the foreign key with a second UPDATE after the rows are inserted (and clear it before they
     * are deleted): what breaks a cycle of foreign keys between rows. Cycles the ORM finds itself are
     * broken this way on a nullable foreign key even when this is not set.
     */
    boolean postUpdate() default false;
}
