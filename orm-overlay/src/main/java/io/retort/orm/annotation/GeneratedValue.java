package io.retort.orm.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A primary key the application does not assign: the ORM fills it at flush when it is null.
 *
 * <pre>{@code
 * @Id @GeneratedValue Long id;                                                   // identity column
 * @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, sequence = "order_seq", allocationSize = 100) Long id;
 * @Id @GeneratedValue(strategy = GenerationType.UUID_V7) UUID id;
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface GeneratedValue {

    GenerationType strategy() default GenerationType.IDENTITY;

    /** The sequence of {@link GenerationType#SEQUENCE}; empty for {@code <table>_seq}. */
    String sequence() default "";

    /** How many values one sequence call reserves (the sequence's INCREMENT BY). */
    int allocationSize() default 50;
}
