package io.retort.orm.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Column details of a field. Optional: every mapped field is a column with these defaults.
 *
 * <pre>{@code
 * @Column(name = "email_address", length = 120, nullable = false, unique = true) String email;
 * @Column(precision = 12, scale = 2) BigDecimal balance;
 * @Column(type = "TEXT") String notes;
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Column {

    /** The column name; empty for the field name in snake case. */
    String name() default "";

    /**
     * The SQL type as PostgreSQL writes it ({@code TEXT}, {@code VARCHAR(40)}, {@code JSONB}); empty to
     * derive it from the Java type. {@code createAll} translates it for each database.
     */
    String type() default "";

    /** The length of a {@code String} column's VARCHAR. */
    int length() default 255;

    /** Precision and scale of a {@code BigDecimal} column's NUMERIC. */
    int precision() default 19;

    int scale() default 2;

    /** False for NOT NULL. Primitive fields are always NOT NULL. */
    boolean nullable() default true;

    /** A UNIQUE constraint on this column. */
    boolean unique() default false;

    /** An index on this column ({@code ix_<table>_<column>}). */
    boolean index() default false;
}
