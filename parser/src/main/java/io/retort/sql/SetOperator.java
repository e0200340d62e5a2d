package io.retort.sql;

/** {@code UNION}, {@code INTERSECT}, {@code EXCEPT} (Oracle's and MariaDB's {@code MINUS} is {@link #EXCEPT}). */
public enum SetOperator {
    UNION, INTERSECT, EXCEPT
}
