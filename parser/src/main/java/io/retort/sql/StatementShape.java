package io.retort.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The structural cache key of a statement: the statement with every literal value replaced by a typed
 * placeholder, so that statements that differ only in literal values share a key.
 *
 * <pre>{@code
 * StatementShape a = StatementShape.of(parse("SELECT * FROM t WHERE id = 1 LIMIT 10"));
 * StatementShape b = StatementShape.of(parse("SELECT * FROM t WHERE id = 42 LIMIT 5"));
 * a.equals(b);        // true
 * b.literals();       // [42, 5], in tree order
 * }</pre>
 *
 * What stays part of the shape, by choice:
 * <ul>
 *   <li>the kind of each literal (number, string with its introducer, boolean, typed literal with its
 *       type, bit string): {@code a = 1} and {@code a = '1'} render differently;</li>
 *   <li>NULL (it changes meaning: {@code = NULL} is not {@code = 1});</li>
 *   <li>the number of elements of a list: {@code IN (1, 2)} and {@code IN (1, 2, 3)} are different shapes
 *       (they render to different SQL text);</li>
 *   <li>keywords, identifiers, parameters (their kind and index) and comments.</li>
 * </ul>
 * The hash is computed once. Equality compares the placeholder trees.
 */
public final class StatementShape {

    private static final String PLACEHOLDER = "?";

    private final Statement shape;
    private final List<Literal> literals;
    private final int hash;

    private StatementShape(Statement shape, List<Literal> literals) {
        this.shape = shape;
        this.literals = List.copyOf(literals);
        this.hash = shape.hashCode();
    }

    /** The shape of {@code statement}. */
    public static StatementShape of(Statement statement) {
        Objects.requireNonNull(statement, "statement");
        List<Literal> values = new ArrayList<>();
        Statement shape = statement.transform(n -> {
            if (n instanceof Literal l && !(l instanceof NullLiteral)) {
                values.add(l);
                return placeholder(l);
            }
            return n;
        });
        return new StatementShape(shape, values);
    }

    private static Literal placeholder(Literal l) {
        return switch (l) {
            case NumberLiteral n -> new NumberLiteral(PLACEHOLDER);
            case StringLiteral s -> new StringLiteral(PLACEHOLDER, s.introducer());
            case BooleanLiteral b -> new BooleanLiteral(false);
            case TypedLiteral t -> new TypedLiteral(t.type(), PLACEHOLDER);
            case BinaryLiteral b -> new BinaryLiteral(PLACEHOLDER, b.hex(), b.prefixed());
            case NullLiteral n -> n;
        };
    }

    /** The statement with placeholders in place of literal values. */
    public Statement shape() {
        return shape;
    }

    /** The literal values that were replaced, in the order a bottom-up walk meets them. */
    public List<Literal> literals() {
        return literals;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatementShape other && other.hash == hash && other.shape.equals(shape);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "StatementShape[" + shape + "]";
    }
}
