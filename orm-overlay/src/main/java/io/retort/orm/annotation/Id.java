package io.retort.orm.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The primary key field (one per entity). Combine with {@link GeneratedValue} for keys that the
 * database or a key generator fills; without it the application assigns the key.
 *
 * <pre>{@code
 * @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Id {
}
