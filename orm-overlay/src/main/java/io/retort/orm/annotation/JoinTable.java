package io.retort.orm.annotation;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The association table of a {@link ManyToMany}: two foreign key columns, to the owner and to the
 * element, which together are its primary key. {@code createAll} creates it.
 *
 * <pre>{@code
 * @JoinTable(name = "post_keyword", joinColumn = "post_id", inverseJoinColumn = "keyword_id")
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface JoinTable {

    String name();

    /** The column referencing the owning side; empty for {@code <owner table>_id}. */
    String joinColumn() default "";

    /** The column referencing the element side; empty for {@code <element table>_id}. */
    String inverseJoinColumn() default "";
}
