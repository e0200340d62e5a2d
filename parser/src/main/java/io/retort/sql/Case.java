package io.retort.sql;

import java.util.List;

/**
 * {@code CASE [operand] WHEN ... THEN ... [ELSE ...] END}; {@code operand} is null for the searched form, {@code
 * otherwise} when there is no ELSE.
 */
public record Case(Expression operand, List<WhenClause> whens, Expression otherwise) implements Expression {

    public Case {
        whens = List.copyOf(whens);
    }

    /** This CASE with one more {@code WHEN condition THEN result}. */
    public Case when(Expression condition, Object result) {
        return new Case(operand, Sql.append(whens, new WhenClause(condition, Sql.literal(result))), otherwise);
    }

    /** This CASE with {@code ELSE result}. */
    public Case otherwise(Object result) {
        return new Case(operand, whens, Sql.literal(result));
    }
}
