package io.retort.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one place that knows every node's children: {@link #map} rebuilds a node with each direct child
 * replaced. The switches are exhaustive over the sealed hierarchy, so adding a node type without
 * teaching it here breaks the build.
 */
final class ChildMapper {

    private final Function<? super Node, ? extends Node> fn;
    boolean changed;

    private ChildMapper(Function<? super Node, ? extends Node> fn) {
        this.fn = fn;
    }

    static Node map(Node node, Function<? super Node, ? extends Node> fn) {
        ChildMapper m = new ChildMapper(fn);
        return switch (node) {
            case Expression e -> expression(e, m);
            case Statement s -> StatementChildren.map(s, m);
            case FromItem f -> ClauseChildren.fromItem(f, m);
            case Clause c -> ClauseChildren.clause(c, m);
        };
    }

    /**
     * {@link Node#transform} for a chain of binary operations nested to the left ({@code a OR b OR c ...}),
     * in a loop instead of one recursion per operator; same order and result as the recursive form.
     */
    static Node transformChain(BinaryOp top, Function<? super Node, ? extends Node> fn) {
        List<BinaryOp> spine = new ArrayList<>();
        Expression leaf = top;
        while (leaf instanceof BinaryOp op) {
            spine.add(op);
            leaf = op.left();
        }
        Node current = leaf.transform(fn);
        for (int i = spine.size() - 1; i >= 0; i--) {
            BinaryOp op = spine.get(i);
            if (!(current instanceof Expression left)) {
                throw new IllegalArgumentException("cannot put a " + current.getClass().getSimpleName()
                        + " where a Expression is required (replacing a " + op.left().getClass().getSimpleName() + ")");
            }
            Node right = op.right().transform(fn);
            if (!(right instanceof Expression r)) {
                throw new IllegalArgumentException("cannot put a " + right.getClass().getSimpleName()
                        + " where a Expression is required (replacing a " + op.right().getClass().getSimpleName() + ")");
            }
            BinaryOp rebuilt = left == op.left() && r == op.right() ? op : new BinaryOp(left, op.operator(), r);
            current = fn.apply(rebuilt);
            if (current == null) {
                throw new IllegalArgumentException("transform function returned null for BinaryOp");
            }
        }
        return current;
    }

    /** {@link Node#walk} for a left-nested chain of binary operations, without recursing per operator. */
    static void walkChain(BinaryOp top, java.util.function.Consumer<? super Node> visitor) {
        List<BinaryOp> spine = new ArrayList<>();
        Expression leaf = top;
        while (leaf instanceof BinaryOp op) {
            visitor.accept(op);
            spine.add(op);
            leaf = op.left();
        }
        leaf.walk(visitor);
        for (int i = spine.size() - 1; i >= 0; i--) {
            spine.get(i).right().walk(visitor);
        }
    }

    <T extends Node> T one(T child, Class<T> type) {
        if (child == null) {
            return null;
        }
        Node result = fn.apply(child);
        if (result == child) {
            return child;
        }
        if (!type.isInstance(result)) {
            throw new IllegalArgumentException("cannot put a " + (result == null ? "null" : result.getClass().getSimpleName())
                    + " where a " + type.getSimpleName() + " is required (replacing a " + child.getClass().getSimpleName() + ")");
        }
        changed = true;
        return type.cast(result);
    }

    <T extends Node> List<T> list(List<T> children, Class<T> type) {
        List<T> out = null;
        for (int i = 0; i < children.size(); i++) {
            T child = children.get(i);
            boolean before = changed;
            changed = false;
            T mapped = one(child, type);
            boolean childChanged = changed;
            changed = before || childChanged;
            if (childChanged && out == null) {
                out = new ArrayList<>(children.subList(0, i));
            }
            if (out != null) {
                out.add(mapped);
            }
        }
        return out == null ? children : out;
    }

    InsertSource source(InsertSource source) {
        if (source == null) {
            return null;
        }
        // InsertSource is not itself a Node type, but all its implementations are.
        Node child = (Node) source;
        Node result = fn.apply(child);
        if (result == child) {
            return source;
        }
        if (!(result instanceof InsertSource replacement)) {
            throw new IllegalArgumentException("cannot put a " + (result == null ? "null" : result.getClass().getSimpleName())
                    + " where an INSERT source is required");
        }
        changed = true;
        return replacement;
    }

    private static Expression expression(Expression e, ChildMapper m) {
        return switch (e) {
            case ColumnRef n -> n;
            case Star n -> n;
            case NumberLiteral n -> n;
            case StringLiteral n -> n;
            case BooleanLiteral n -> n;
            case NullLiteral n -> n;
            case TypedLiteral n -> n;
            case BinaryLiteral n -> n;
            case Parameter n -> n;
            case BinaryOp n -> {
                Expression left = m.one(n.left(), Expression.class);
                Expression right = m.one(n.right(), Expression.class);
                yield m.changed ? new BinaryOp(left, n.operator(), right) : n;
            }
            case UnaryOp n -> {
                Expression operand = m.one(n.operand(), Expression.class);
                yield m.changed ? new UnaryOp(n.operator(), operand) : n;
            }
            case IsNull n -> {
                Expression operand = m.one(n.operand(), Expression.class);
                yield m.changed ? new IsNull(operand, n.negated()) : n;
            }
            case IsTruth n -> {
                Expression operand = m.one(n.operand(), Expression.class);
                yield m.changed ? new IsTruth(operand, n.value(), n.negated()) : n;
            }
            case IsDistinctFrom n -> {
                Expression left = m.one(n.left(), Expression.class);
                Expression right = m.one(n.right(), Expression.class);
                yield m.changed ? new IsDistinctFrom(left, right, n.negated()) : n;
            }
            case InList n -> {
                Expression operand = m.one(n.operand(), Expression.class);
                List<Expression> values = m.list(n.values(), Expression.class);
                yield m.changed ? new InList(operand, values, n.negated()) : n;
            }
            case InSubquery n -> {
                Expression operand = m.one(n.operand(), Expression.class);
                Query query = m.one(n.query(), Query.class);
                yield m.changed ? new InSubquery(operand, query, n.negated()) : n;
            }
            case Between n -> {
                Expression operand = m.one(n.operand(), Expression.class);
                Expression low = m.one(n.low(), Expression.class);
                Expression high = m.one(n.high(), Expression.class);
                yield m.changed ? new Between(operand, low, high, n.negated(), n.symmetric()) : n;
            }
            case Like n -> {
                Expression operand = m.one(n.operand(), Expression.class);
                Expression pattern = m.one(n.pattern(), Expression.class);
                Expression escape = m.one(n.escape(), Expression.class);
                yield m.changed ? new Like(operand, n.operator(), pattern, escape, n.negated()) : n;
            }
            case Case n -> {
                Expression operand = m.one(n.operand(), Expression.class);
                List<WhenClause> whens = m.list(n.whens(), WhenClause.class);
                Expression otherwise = m.one(n.otherwise(), Expression.class);
                yield m.changed ? new Case(operand, whens, otherwise) : n;
            }
            case Cast n -> {
                Expression operand = m.one(n.operand(), Expression.class);
                yield m.changed ? new Cast(operand, n.type(), n.syntax()) : n;
            }
            case FunctionCall n -> {
                List<Expression> arguments = m.list(n.arguments(), Expression.class);
                List<OrderItem> orderBy = m.list(n.orderBy(), OrderItem.class);
                Expression separator = m.one(n.separator(), Expression.class);
                List<OrderItem> withinGroup = m.list(n.withinGroup(), OrderItem.class);
                Expression filter = m.one(n.filter(), Expression.class);
                Window over = m.one(n.over(), Window.class);
                yield m.changed ? new FunctionCall(n.name(), arguments, n.distinct(), orderBy, separator, withinGroup,
                        filter, over) : n;
            }
            case SqlValueFunction n -> n;
            case Extract n -> {
                Expression field = m.one(n.field(), Expression.class);
                Expression source = m.one(n.source(), Expression.class);
                yield m.changed ? new Extract(field, source) : n;
            }
            case Position n -> {
                Expression substring = m.one(n.substring(), Expression.class);
                Expression string = m.one(n.string(), Expression.class);
                yield m.changed ? new Position(substring, string) : n;
            }
            case Substring n -> {
                Expression string = m.one(n.string(), Expression.class);
                Expression from = m.one(n.from(), Expression.class);
                Expression length = m.one(n.length(), Expression.class);
                yield m.changed ? new Substring(string, from, length) : n;
            }
            case Trim n -> {
                Expression characters = m.one(n.characters(), Expression.class);
                Expression source = m.one(n.source(), Expression.class);
                yield m.changed ? new Trim(n.spec(), characters, source) : n;
            }
            case Overlay n -> {
                Expression string = m.one(n.string(), Expression.class);
                Expression placing = m.one(n.placing(), Expression.class);
                Expression from = m.one(n.from(), Expression.class);
                Expression length = m.one(n.length(), Expression.class);
                yield m.changed ? new Overlay(string, placing, from, length) : n;
            }
            case ConvertUsing n -> {
                Expression operand = m.one(n.operand(), Expression.class);
                yield m.changed ? new ConvertUsing(operand, n.charset()) : n;
            }
            case Subquery n -> {
                Query query = m.one(n.query(), Query.class);
                yield m.changed ? new Subquery(query) : n;
            }
            case Exists n -> {
                Query query = m.one(n.query(), Query.class);
                yield m.changed ? new Exists(query) : n;
            }
            case Quantified n -> {
                Expression left = m.one(n.left(), Expression.class);
                Expression right = m.one(n.right(), Expression.class);
                yield m.changed ? new Quantified(left, n.operator(), n.quantifier(), right) : n;
            }
            case RowValue n -> {
                List<Expression> values = m.list(n.values(), Expression.class);
                yield m.changed ? new RowValue(values) : n;
            }
            case ArrayConstructor n -> {
                List<Expression> elements = m.list(n.elements(), Expression.class);
                yield m.changed ? new ArrayConstructor(elements) : n;
            }
            case ArraySubquery n -> {
                Query query = m.one(n.query(), Query.class);
                yield m.changed ? new ArraySubquery(query) : n;
            }
            case Subscript n -> {
                Expression base = m.one(n.base(), Expression.class);
                Expression index = m.one(n.index(), Expression.class);
                Expression upper = m.one(n.upper(), Expression.class);
                yield m.changed ? new Subscript(base, index, upper, n.slice()) : n;
            }
            case Collate n -> {
                Expression operand = m.one(n.operand(), Expression.class);
                yield m.changed ? new Collate(operand, n.collation()) : n;
            }
            case Interval n -> {
                Expression value = m.one(n.value(), Expression.class);
                yield m.changed ? new Interval(value, n.unit()) : n;
            }
            case AtTimeZone n -> {
                Expression operand = m.one(n.operand(), Expression.class);
                Expression zone = m.one(n.zone(), Expression.class);
                yield m.changed ? new AtTimeZone(operand, zone) : n;
            }
            case Variable n -> n;
            case VariableAssignment n -> {
                Variable variable = m.one(n.variable(), Variable.class);
                Expression value = m.one(n.value(), Expression.class);
                yield m.changed ? new VariableAssignment(variable, value) : n;
            }
            case InsertedValue n -> {
                ColumnRef column = m.one(n.column(), ColumnRef.class);
                yield m.changed ? new InsertedValue(column) : n;
            }
            case MatchAgainst n -> {
                List<Expression> columns = m.list(n.columns(), Expression.class);
                Expression against = m.one(n.against(), Expression.class);
                yield m.changed ? new MatchAgainst(columns, against, n.modifier()) : n;
            }
            case GroupingSets n -> {
                List<Expression> sets = m.list(n.sets(), Expression.class);
                yield m.changed ? new GroupingSets(sets) : n;
            }
            case Rollup n -> {
                List<Expression> elements = m.list(n.elements(), Expression.class);
                yield m.changed ? new Rollup(elements) : n;
            }
            case Cube n -> {
                List<Expression> elements = m.list(n.elements(), Expression.class);
                yield m.changed ? new Cube(elements) : n;
            }
            case DefaultValue n -> n;
            case Keyword n -> n;
            case EscapeSequence n -> {
                Expression body = m.one(n.body(), Expression.class);
                yield m.changed ? new EscapeSequence(n.kind(), body) : n;
            }        };
    }
}
