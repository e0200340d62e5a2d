package io.retort.orm.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A many-to-many collection through an association table. The owning side names the table
 * ({@link #joinTable()}); the other side, if any, names the owning field with {@link #mappedBy()}.
 * Either side may be changed: the association rows follow both.
 *
 * <pre>{@code
 * @ManyToMany(joinTable = @JoinTable(name = "post_keyword", joinColumn = "post_id", inverseJoinColumn = "keyword_id"))
 * Set<Keyword> keywords = new HashSet<>();
 *
 * @ManyToMany(mappedBy = "keywords") Set<Post> posts = new HashSet<>();     // in Keyword
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ManyToMany {

    /** The association table (owning side only). */
    JoinTable joinTable() default @JoinTable(name = "");

    /** The owning side's field in the element type (inverse side only). */
    String mappedBy() default "";

    Fetch fetch() default Fetch.LAZY;

    Cascade[] cascade() default {Cascade.SAVE_UPDATE, Cascade.MERGE};

    /** The order of the loaded collection: a field name of the element type, optionally followed by {@code DESC}. */
    String orderBy() default "";
}
