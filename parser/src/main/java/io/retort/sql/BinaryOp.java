package io.retort.sql;

import java.util.Objects;

/** A binary operation {@code left op right}; precedence is in the tree, so a printer adds parentheses where needed. */
public record BinaryOp(Expression left, BinaryOperator operator, Expression right) implements Expression {

    public BinaryOp {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(right, "right");
    }

    /*
     * equals and hashCode walk the left spine in a loop: the parser builds long chains such as
     * a = 1 OR a = 2 OR ... nested to the left, and the generated record methods would recurse once per operator.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BinaryOp other)) {
            return false;
        }
        BinaryOp a = this;
        BinaryOp b = other;
        while (true) {
            if (a.operator != b.operator || !a.right.equals(b.right)) {
                return false;
            }
            if (a.left == b.left) {
                return true;
            }
            if (a.left instanceof BinaryOp x && b.left instanceof BinaryOp y) {
                a = x;
                b = y;
            } else {
                return a.left.equals(b.left);
            }
        }
    }

    @Override
    public int hashCode() {
        int h = 1;
        BinaryOp cur = this;
        while (true) {
            h = 31 * (31 * h + cur.operator.hashCode()) + cur.right.hashCode();
            if (cur.left instanceof BinaryOp next) {
                cur = next;
            } else {
                return 31 * h + cur.left.hashCode();
            }
        }
    }
}
