package io.retort.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Every node of the expression model: statements, expressions, FROM items and clauses. Nodes are
 * immutable; changing a tree builds a new one, sharing every unchanged subtree.
 *
 * <p>Three primitives cover traversal and rewriting without a visitor per consumer:
 * <ul>
 *   <li>{@link #children()}: the direct child nodes, in the order they are written in SQL;</li>
 *   <li>{@link #mapChildren(Function)}: this node with each direct child replaced (the building block
 *       for custom, e.g. top-down, rewrites);</li>
 *   <li>{@link #transform(Function)}: a bottom-up rewrite of the whole tree.</li>
 * </ul>
 *
 * <pre>{@code
 * // rename every column "uid" to "user_id", wherever it appears
 * Statement renamed = statement.transform(n ->
 *     n instanceof ColumnRef c && c.column().matches("uid")
 *         ? new ColumnRef(c.qualifier(), Identifier.of("user_id")) : n);
 * }</pre>
 */
public sealed interface Node permits Statement, Expression, FromItem, Clause {

    /** The direct children, in SQL order (the order a printer writes them). */
    default List<Node> children() {
        List<Node> out = new ArrayList<>();
        ChildMapper.map(this, child -> {
            out.add(child);
            return child;
        });
        return out;
    }

    /**
     * This node with every direct child replaced by {@code fn(child)}; returns this very instance when
     * {@code fn} returns every child unchanged.
     *
     * @throws IllegalArgumentException when {@code fn} returns a node that cannot stand where the child
     *     stood (e.g. a table where an expression is required)
     */
    default Node mapChildren(Function<? super Node, ? extends Node> fn) {
        return ChildMapper.map(this, fn);
    }

    /**
     * Rewrites the tree bottom-up: each node's children are transformed first, then {@code fn} is
     * applied to the (possibly rebuilt) node. Returning the argument unchanged keeps it.
     */
    default Node transform(Function<? super Node, ? extends Node> fn) {
        if (this instanceof BinaryOp op && op.left() instanceof BinaryOp) {
            return ChildMapper.transformChain(op, fn);
        }
        Node rebuilt = ChildMapper.map(this, child -> child.transform(fn));
        Node result = fn.apply(rebuilt);
        if (result == null) {
            throw new IllegalArgumentException("transform function returned null for " + rebuilt.getClass().getSimpleName());
        }
        return result;
    }

    /** Visits this node and all its descendants, parents before children (pre-order). */
    default void walk(Consumer<? super Node> visitor) {
        if (this instanceof BinaryOp op && op.left() instanceof BinaryOp) {
            ChildMapper.walkChain(op, visitor);
            return;
        }
        visitor.accept(this);
        for (Node child : children()) {
            child.walk(visitor);
        }
    }

    /** All nodes of the given type in this tree (this node included), in pre-order. */
    default <T extends Node> List<T> findAll(Class<T> type) {
        List<T> out = new ArrayList<>();
        walk(n -> {
            if (type.isInstance(n)) {
                out.add(type.cast(n));
            }
        });
        return out;
    }
}
