package io.retort.sql;

import java.util.Objects;

/** {@code x [NOT] LIKE | ILIKE | SIMILAR TO | REGEXP pattern [ESCAPE e]}; {@code escape} is null when absent. */
public record Like(Expression operand, LikeOperator operator, Expression pattern, Expression escape,
        boolean negated) implements Expression {

    public Like {
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(pattern, "pattern");
    }
}
