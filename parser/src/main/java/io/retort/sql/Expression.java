package io.retort.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * A value expression. The set of expression types is closed (sealed), so a pattern-matching
 * {@code switch} over an expression can be exhaustive. The default methods are the Core API's
 * operators (SQLAlchemy's column operators):
 *
 * <pre>{@code
 * Expression cond = users.col("name").eq(Sql.param(1)).and(users.col("age").ge(18));
 * }</pre>
 *
 * Operator methods that take an {@code Object} turn plain Java values into literals
 * ({@link Sql#literal(Object)}); pass an {@link Expression} to compare with a column or parameter.
 */
public sealed interface Expression extends Node, Selectable, Sortable
        permits Literal, ColumnRef, Star, Parameter, BinaryOp, UnaryOp, IsNull, IsTruth, IsDistinctFrom, InList,
        InSubquery, Between, Like, Case, Cast, FunctionCall, SqlValueFunction, Extract, Position, Substring, Trim,
        Overlay, ConvertUsing, Subquery, Exists, Quantified, RowValue, ArrayConstructor, ArraySubquery, Subscript,
        Collate, Interval, AtTimeZone, Variable, VariableAssignment, InsertedValue, MatchAgainst, GroupingSets,
        Rollup, Cube, DefaultValue, Keyword, EscapeSequence {

    @Override
    default SelectItem toSelectItem() {
        return new SelectItem(this, null);
    }

    @Override
    default OrderItem toOrderItem() {
        return new OrderItem(this, null, null);
    }

    /** {@code this AS alias} in a select list. */
    default SelectItem as(String alias) {
        return new SelectItem(this, Identifier.of(alias));
    }

    /** {@code this ASC} in ORDER BY. */
    default OrderItem asc() {
        return new OrderItem(this, SortOrder.ASC, null);
    }

    /** {@code this DESC} in ORDER BY. */
    default OrderItem desc() {
        return new OrderItem(this, SortOrder.DESC, null);
    }

    private BinaryOp op(BinaryOperator op, Object right) {
        return new BinaryOp(this, op, Sql.literal(right));
    }

    default BinaryOp eq(Object other) {
        return op(BinaryOperator.EQUALS, other);
    }

    default BinaryOp ne(Object other) {
        return op(BinaryOperator.NOT_EQUALS, other);
    }

    default BinaryOp lt(Object other) {
        return op(BinaryOperator.LESS_THAN, other);
    }

    default BinaryOp le(Object other) {
        return op(BinaryOperator.LESS_OR_EQUAL, other);
    }

    default BinaryOp gt(Object other) {
        return op(BinaryOperator.GREATER_THAN, other);
    }

    default BinaryOp ge(Object other) {
        return op(BinaryOperator.GREATER_OR_EQUAL, other);
    }

    default BinaryOp plus(Object other) {
        return op(BinaryOperator.PLUS, other);
    }

    default BinaryOp minus(Object other) {
        return op(BinaryOperator.MINUS, other);
    }

    default BinaryOp times(Object other) {
        return op(BinaryOperator.MULTIPLY, other);
    }

    default BinaryOp dividedBy(Object other) {
        return op(BinaryOperator.DIVIDE, other);
    }

    default BinaryOp mod(Object other) {
        return op(BinaryOperator.MODULO, other);
    }

    /** String concatenation {@code this || other}. */
    default BinaryOp concat(Object other) {
        return op(BinaryOperator.CONCAT, other);
    }

    /** Any binary operator, e.g. {@code col.op(BinaryOperator.CONTAINS, param(1))}. */
    default BinaryOp op(BinaryOperator operator, Expression other) {
        return new BinaryOp(this, operator, other);
    }

    default BinaryOp and(Expression other) {
        return new BinaryOp(this, BinaryOperator.AND, other);
    }

    default BinaryOp or(Expression other) {
        return new BinaryOp(this, BinaryOperator.OR, other);
    }

    default UnaryOp not() {
        return new UnaryOp(UnaryOperator.NOT, this);
    }

    default UnaryOp negate() {
        return new UnaryOp(UnaryOperator.MINUS, this);
    }

    default IsNull isNull() {
        return new IsNull(this, false);
    }

    default IsNull isNotNull() {
        return new IsNull(this, true);
    }

    default IsDistinctFrom isDistinctFrom(Object other) {
        return new IsDistinctFrom(this, Sql.literal(other), false);
    }

    default IsDistinctFrom isNotDistinctFrom(Object other) {
        return new IsDistinctFrom(this, Sql.literal(other), true);
    }

    /** {@code this IN (values)}; plain Java values become literals. */
    default InList in(Object... values) {
        return new InList(this, literals(values), false);
    }

    default InList notIn(Object... values) {
        return new InList(this, literals(values), true);
    }

    default InSubquery in(Query query) {
        return new InSubquery(this, query, false);
    }

    default InSubquery notIn(Query query) {
        return new InSubquery(this, query, true);
    }

    default Between between(Object low, Object high) {
        return new Between(this, Sql.literal(low), Sql.literal(high), false, false);
    }

    default Between notBetween(Object low, Object high) {
        return new Between(this, Sql.literal(low), Sql.literal(high), true, false);
    }

    default Like like(Object pattern) {
        return new Like(this, LikeOperator.LIKE, Sql.literal(pattern), null, false);
    }

    default Like notLike(Object pattern) {
        return new Like(this, LikeOperator.LIKE, Sql.literal(pattern), null, true);
    }

    default Like ilike(Object pattern) {
        return new Like(this, LikeOperator.ILIKE, Sql.literal(pattern), null, false);
    }

    /** {@code CAST(this AS type)}. */
    default Cast cast(DataType type) {
        return new Cast(this, type, CastSyntax.CAST);
    }

    default Collate collate(String collation) {
        return new Collate(this, Name.of(collation));
    }

    /** {@code this op ANY (query)}. */
    default Quantified any(BinaryOperator operator, Query query) {
        return new Quantified(this, operator, Quantifier.ANY, new Subquery(query));
    }

    /** {@code this op ALL (query)}. */
    default Quantified all(BinaryOperator operator, Query query) {
        return new Quantified(this, operator, Quantifier.ALL, new Subquery(query));
    }

    private static List<Expression> literals(Object... values) {
        List<Expression> out = new ArrayList<>(values.length);
        for (Object v : values) {
            out.add(Sql.literal(v));
        }
        return out;
    }
}
