package io.retort.orm.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a plain class (or a record) to a table. Every non-static, non-transient field is a column unless
 * it is a relationship ({@link ManyToOne}, {@link OneToMany}, {@link ManyToMany}) or marked
 * {@link Transient}. Column names default to the field name in snake case ({@code emailAddress} is
 * {@code email_address}); the table name defaults to the class name in snake case.
 *
 * <pre>{@code
 * @Entity(table = "user_account")
 * public class User {
 *     @Id @GeneratedValue Long id;
 *     @Column(length = 30, nullable = false) String name;
 *     String fullname;
 *     @OneToMany(mappedBy = "user", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
 *     List<Address> addresses = new ArrayList<>();
 *     protected User() {}                     // the ORM creates loaded objects through it
 * }
 * }</pre>
 *
 * A class needs a constructor without parameters (any visibility). A record is created through its
 * canonical constructor: it is read-only when {@link #readOnly()} is set, and otherwise changed by
 * explicit replacement ({@code session.replace(old, updated)}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Entity {

    /** The table; empty for the class name in snake case. */
    String table() default "";

    /** True to refuse inserts, updates and deletes of this type (a view, a reference table). */
    boolean readOnly() default false;
}
