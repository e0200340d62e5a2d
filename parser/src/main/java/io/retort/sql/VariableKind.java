package io.retort.sql;

/**
 * The kind of a {@link Variable}: a MySQL user variable {@code @x}, a system variable {@code @@x} (also
 * the target of {@code SET x = ...}), or a stored-program local variable written without {@code @}
 * (MySQL's {@code SELECT 1 INTO x}).
 */
public enum VariableKind {
    USER, SYSTEM, LOCAL
}
