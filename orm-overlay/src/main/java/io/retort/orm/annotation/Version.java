package io.retort.orm.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An optimistic-locking version counter ({@code int}, {@code long}, {@code Integer} or {@code Long}).
 * The ORM sets it to 1 on insert and adds one on every update; an UPDATE or DELETE that finds another
 * version in the database fails with a {@code StaleObjectException} naming the object and both versions.
 *
 * <pre>{@code
 * @Version int version;
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Version {
}
