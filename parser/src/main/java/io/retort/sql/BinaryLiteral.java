package io.retort.sql;

import java.util.Objects;

/**
 * A hexadecimal or bit-string literal: {@code X'1F'} / {@code 0x1F} ({@code hex}) or {@code B'101'} / {@code 0b101};
 * {@code prefixed} is true for the {@code 0x}/{@code 0b} spelling. {@code digits} are the digits only.
 */
public record BinaryLiteral(String digits, boolean hex, boolean prefixed) implements Literal {

    public BinaryLiteral {
        Objects.requireNonNull(digits, "digits");
    }
}
