package io.retort.sql;

/** The window of a window function: an inline {@link WindowSpec} or a {@link WindowRef} to a named window. */
public sealed interface Window extends Clause permits WindowSpec, WindowRef {
}
