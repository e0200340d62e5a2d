package io.retort.rewrite;

import static io.retort.rewrite.Trees.*;

import io.retort.dialect.Capability;
import io.retort.sql.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Booleans where SQL has no boolean type (Oracle before 23, SQL Server): a condition is not a value
 * and a value is not a condition. In a condition position (WHERE, HAVING, ON, CASE WHEN, AND, OR, NOT,
 * FILTER, CHECK) a value {@code b} becomes {@code b = 1} (TRUE is {@code 1 = 1}); in a value position
 * (select list, arguments, comparisons, SET) a condition {@code p} becomes {@code CASE WHEN p THEN 1
 * WHEN NOT (p) THEN 0 END}, which keeps UNKNOWN as NULL. {@code x IS [NOT] TRUE/FALSE/UNKNOWN} is
 * written with COALESCE and IS NULL.
 */
final class BooleanEmulation implements RewritePass {

    @Override
    public Statement apply(Statement statement, Translation t) {
        if (t.target(Capability.SUPPORTS_BOOLEAN)) {
            return statement;
        }
        return statement.transform(BooleanEmulation::fix);
    }

    private static Node fix(Node n) {
        return switch (n) {
            case BinaryOp b when b.operator() == BinaryOperator.AND || b.operator() == BinaryOperator.OR
                    || b.operator() == BinaryOperator.XOR -> new BinaryOp(predicate(b.left()), b.operator(), predicate(b.right()));
            case UnaryOp u when u.operator() == UnaryOperator.NOT -> new UnaryOp(UnaryOperator.NOT, predicate(u.operand()));
            case IsTruth x -> truth(x);
            case Case c -> {
                List<WhenClause> whens = new ArrayList<>();
                for (WhenClause w : c.whens()) {
                    whens.add(new WhenClause(c.operand() == null ? predicate(w.condition()) : value(w.condition()),
                            value(w.result())));
                }
                yield new Case(c.operand() == null ? null : value(c.operand()), whens,
                        c.otherwise() == null ? null : value(c.otherwise()));
            }
            case WhenClause w -> w;
            case FunctionCall f -> new FunctionCall(f.name(), values(f.arguments()), f.distinct(), f.orderBy(),
                    f.separator(), f.withinGroup(), f.filter() == null ? null : predicate(f.filter()), f.over());
            case Select s -> new Select(s.with(), s.modifiers(), s.distinct(), values(s.distinctOn()), s.items(), s.into(),
                    s.from(), s.where() == null ? null : predicate(s.where()), values(s.groupBy()), s.withRollup(),
                    s.having() == null ? null : predicate(s.having()), s.windows(), s.orderBy(), s.limit(), s.locks(),
                    s.comments());
            case Join j -> j.on() == null ? j : new Join(j.left(), j.type(), j.right(), predicate(j.on()), j.using(),
                    j.natural());
            case Update u -> u.where() == null ? u : new Update(u.with(), u.modifiers(), u.tables(), u.set(), u.from(),
                    predicate(u.where()), u.orderBy(), u.limit(), u.returning(), u.comments());
            case Delete d -> d.where() == null ? d : new Delete(d.with(), d.modifiers(), d.targets(), d.from(), d.using(),
                    predicate(d.where()), d.orderBy(), d.limit(), d.returning(), d.comments());
            case OnConflict c -> new OnConflict(values(c.targets()), c.targetWhere() == null ? null
                    : predicate(c.targetWhere()), c.constraint(), c.doNothing(), c.set(),
                    c.where() == null ? null : predicate(c.where()));
            case CreateIndex i -> i.where() == null ? i : new CreateIndex(i.name(), i.table(), i.kind(), i.concurrently(),
                    i.ifNotExists(), i.method(), i.columns(), i.include(), predicate(i.where()), i.options(), i.comments());
            case CheckConstraint c -> new CheckConstraint(c.name(), predicate(c.condition()), c.enforced());
            case ColumnCheck c -> new ColumnCheck(c.constraintName(), predicate(c.condition()), c.enforced());
            default -> n.mapChildren(c -> c instanceof Expression e ? value(e) : c);
        };
    }

    /** {@code e} usable where a value is expected. */
    private static Expression value(Expression e) {
        if (!isPredicate(e)) {
            return e;
        }
        return new Case(null, List.of(new WhenClause(e, number(1)), new WhenClause(not(e), number(0))), null);
    }

    /** {@code e} usable where a condition is expected. */
    private static Expression predicate(Expression e) {
        if (isPredicate(e)) {
            return e;
        }
        if (e instanceof BooleanLiteral b) {
            return op(number(1), BinaryOperator.EQUALS, number(b.value() ? 1 : 0));
        }
        return op(e, BinaryOperator.EQUALS, number(1));
    }

    private static Expression truth(IsTruth x) {
        Expression v = value(x.operand());
        Expression test = switch (x.value()) {
            case TRUE -> op(fn("COALESCE", v, number(0)), BinaryOperator.EQUALS, number(1));
            case FALSE -> op(fn("COALESCE", v, number(1)), BinaryOperator.EQUALS, number(0));
            case UNKNOWN -> new IsNull(v, false);
        };
        return x.negated() ? not(test) : test;
    }

    private static List<Expression> values(List<Expression> list) {
        List<Expression> out = new ArrayList<>(list.size());
        for (Expression e : list) {
            out.add(value(e));
        }
        return out;
    }
}
