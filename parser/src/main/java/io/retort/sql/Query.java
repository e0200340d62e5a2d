package io.retort.sql;

/**
 * A statement that returns rows and can stand as a subquery, a derived table, a CTE body or an INSERT
 * source: {@link Select}, {@link SetOperation} or {@link Values}.
 */
public sealed interface Query extends Statement, InsertSource permits Select, SetOperation, Values {

    /** The WITH clause attached to this query, or null. */
    With with();

    /** This query combined with {@code other} by {@code UNION}. */
    default SetOperation union(Query other) {
        return SetOperation.of(SetOperator.UNION, false, this, other);
    }

    /** This query combined with {@code other} by {@code UNION ALL}. */
    default SetOperation unionAll(Query other) {
        return SetOperation.of(SetOperator.UNION, true, this, other);
    }

    default SetOperation intersect(Query other) {
        return SetOperation.of(SetOperator.INTERSECT, false, this, other);
    }

    default SetOperation intersectAll(Query other) {
        return SetOperation.of(SetOperator.INTERSECT, true, this, other);
    }

    default SetOperation except(Query other) {
        return SetOperation.of(SetOperator.EXCEPT, false, this, other);
    }

    default SetOperation exceptAll(Query other) {
        return SetOperation.of(SetOperator.EXCEPT, true, this, other);
    }

    /** This query as a scalar subquery expression. */
    default Subquery asScalar() {
        return new Subquery(this);
    }

    /** This query as a derived table {@code (query) AS alias}. */
    default DerivedTable as(String alias) {
        return new DerivedTable(this, Identifier.of(alias), java.util.List.of(), false);
    }
}
