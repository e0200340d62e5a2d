package io.retort.sql;

/** A literal value. The structural cache key replaces literals by typed placeholders. */
public sealed interface Literal extends Expression
        permits NumberLiteral, StringLiteral, BooleanLiteral, NullLiteral, TypedLiteral, BinaryLiteral {
}
