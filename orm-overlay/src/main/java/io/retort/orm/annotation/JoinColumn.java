package io.retort.orm.annotation;

import io.retort.sql.ReferentialAction;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The foreign key column of a {@link ManyToOne}. It references the target's primary key.
 *
 * <pre>{@code
 * @ManyToOne @JoinColumn(name = "user_id", nullable = false, onDelete = ReferentialAction.CASCADE) User user;
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface JoinColumn {

    /** The column; empty for {@code <field in snake case>_id}. */
    String name() default "";

    boolean nullable() default true;

    /** The foreign key's ON DELETE action; {@code NO_ACTION} writes none. */
    ReferentialAction onDelete() default ReferentialAction.NO_ACTION;

    /** An index on the column (recommended for the children side of a one-to-many). */
    boolean index() default false;
}
