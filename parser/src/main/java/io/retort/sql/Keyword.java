package io.retort.sql;

import java.util.Objects;

/**
 * A bare keyword used as a value, kept upper case: the {@code DAY} of {@code TIMESTAMPADD(DAY, ...)}, the {@code YEAR}
 * of {@code EXTRACT}, {@code ON}/{@code OFF} in SET, a table option value such as {@code InnoDB} (kept as written).
 */
public record Keyword(String text) implements Expression {

    public Keyword {
        Objects.requireNonNull(text, "text");
    }
}
