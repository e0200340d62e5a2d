package io.retort.sql;

/**
 * {@code *} or {@code t.*} in a select list, and the {@code *} of {@code COUNT(*)}; {@code qualifier} is null for a
 * bare {@code *}.
 */
public record Star(Name qualifier) implements Expression {
}
