package io.retort.rewrite;

import static io.retort.rewrite.Trees.*;

import io.retort.dialect.Capability;
import io.retort.sql.*;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's comparisons with an array literal, for databases without arrays: {@code x = ANY(ARRAY[a, b])}
 * is {@code x IN (a, b)} and {@code x <> ALL(ARRAY[a, b])} is {@code x NOT IN (a, b)}, with the same
 * three-valued logic (a NULL element makes a non-match NULL, in IN as in ANY). Other operators expand to
 * {@code x > a OR x > b} (ANY) or {@code x > a AND x > b} (ALL) when {@code x} may be repeated (a column, a
 * literal, a parameter: bound once per copy). An array that is not written out ({@code = ANY(?)}, a
 * column) has no form there and is refused by the renderer.
 */
final class ArrayComparisons implements RewritePass {

    @Override
    public Statement apply(Statement statement, Translation t) {
        if (t.target(Capability.SUPPORTS_ARRAYS) || !t.features().arrayComparison()) {
            return statement;
        }
        return expressions(statement, e -> e instanceof Quantified q && q.right() instanceof ArrayConstructor a
                && q.operator().isComparison() && q.operator() != BinaryOperator.NULL_SAFE_EQUALS ? expand(q, a) : e);
    }

    private static Expression expand(Quantified q, ArrayConstructor array) {
        boolean any = q.quantifier() != Quantifier.ALL;
        if (any && q.operator() == BinaryOperator.EQUALS) {
            return new InList(q.left(), array.elements(), false);
        }
        if (!any && q.operator() == BinaryOperator.NOT_EQUALS) {
            return new InList(q.left(), array.elements(), true);
        }
        if (!simple(q.left())) {
            return q; // repeating it could change its value (random()) or its cost: the renderer refuses
        }
        if (array.elements().isEmpty()) {
            // ANY of nothing is false, ALL of nothing is true
            return op(number(1), BinaryOperator.EQUALS, number(any ? 0 : 1));
        }
        List<Expression> comparisons = new ArrayList<>(array.elements().size());
        for (Expression element : array.elements()) {
            comparisons.add(op(q.left(), q.operator(), element));
        }
        return any ? or(comparisons) : and(comparisons);
    }
}
