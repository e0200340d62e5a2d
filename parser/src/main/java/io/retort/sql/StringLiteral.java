package io.retort.sql;

import java.util.Objects;

/**
 * A character string literal. {@code value} is the string itself (quotes and escapes undone; adjacent literals {@code
 * 'a' 'b'} joined). {@code introducer} is null, {@code N} for a national string, or a MySQL charset introducer such as
 * {@code _utf8mb4} or {@code _binary}.
 */
public record StringLiteral(String value, String introducer) implements Literal {

    public StringLiteral {
        Objects.requireNonNull(value, "value");
    }
}
