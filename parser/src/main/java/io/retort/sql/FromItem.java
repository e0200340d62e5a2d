package io.retort.sql;

/** Something that can stand in a FROM clause: a table, a join, a derived table, a table function. */
public sealed interface FromItem extends Node, FromSource permits TableRef, Join, DerivedTable, JsonTable,
        FunctionTable {

    @Override
    default FromItem toFromItem() {
        return this;
    }

    /** {@code this JOIN right ON on}. */
    default Join join(FromSource right, Expression on) {
        return new Join(this, JoinType.INNER, right.toFromItem(), on, java.util.List.of(), false);
    }

    /** {@code this LEFT JOIN right ON on}. */
    default Join leftJoin(FromSource right, Expression on) {
        return new Join(this, JoinType.LEFT, right.toFromItem(), on, java.util.List.of(), false);
    }

    /** {@code this RIGHT JOIN right ON on}. */
    default Join rightJoin(FromSource right, Expression on) {
        return new Join(this, JoinType.RIGHT, right.toFromItem(), on, java.util.List.of(), false);
    }

    /** {@code this FULL JOIN right ON on}. */
    default Join fullJoin(FromSource right, Expression on) {
        return new Join(this, JoinType.FULL, right.toFromItem(), on, java.util.List.of(), false);
    }

    /** {@code this CROSS JOIN right}. */
    default Join crossJoin(FromSource right) {
        return new Join(this, JoinType.CROSS, right.toFromItem(), null, java.util.List.of(), false);
    }
}
