package io.retort.orm.metamodel;

import io.retort.sql.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A WHERE / ON / HAVING condition of an ORM query, built from the metamodel and combined with
 * {@link #and}, {@link #or} and {@link #not}. The node types are records so that the ORM's compiler
 * (and a sharded session's execute chooser) can read them; values stay Java values until they are
 * bound as JDBC parameters.
 *
 * <pre>{@code
 * Condition c = User_.name.eq("spongebob").and(User_.fullname.isNotNull().or(User_.id.gt(10L)));
 * }</pre>
 */
public sealed interface Condition {

    /** Comparison operators. */
    enum Operator {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    default Condition and(Condition other) {
        List<Condition> list = new ArrayList<>();
        if (this instanceof And a) {
            list.addAll(a.conditions());
        } else {
            list.add(this);
        }
        list.add(Objects.requireNonNull(other, "other"));
        return new And(list);
    }

    default Condition or(Condition other) {
        List<Condition> list = new ArrayList<>();
        if (this instanceof Or o) {
            list.addAll(o.conditions());
        } else {
            list.add(this);
        }
        list.add(Objects.requireNonNull(other, "other"));
        return new Or(list);
    }

    default Condition not() {
        return new Not(this);
    }

    /** All of {@code conditions}. */
    static Condition and(Condition first, Condition... more) {
        Condition c = first;
        for (Condition m : more) {
            c = c.and(m);
        }
        return c;
    }

    /** Any of {@code conditions}. */
    static Condition or(Condition first, Condition... more) {
        Condition c = first;
        for (Condition m : more) {
            c = c.or(m);
        }
        return c;
    }

    /**
     * A condition written in the Core API ({@code io.retort.sql}), for what the metamodel cannot say.
     * Columns must be qualified by table name (or alias) as the query names them; {@code values} bind the
     * expression's {@code ?} parameters ({@code Sql.param(1)}, ...) in order.
     */
    static Condition sql(Expression expression, Object... values) {
        return new Raw(expression, List.of(values));
    }

    record Comparison(ColumnAttribute<?, ?> column, Operator operator, Object value) implements Condition {
        public Comparison {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(operator, "operator");
        }
    }

    record ColumnComparison(ColumnAttribute<?, ?> left, Operator operator, ColumnAttribute<?, ?> right) implements Condition {
    }

    record In(ColumnAttribute<?, ?> column, List<?> values, boolean negated) implements Condition {
        public In {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    record Between(ColumnAttribute<?, ?> column, Object low, Object high) implements Condition {
    }

    record NullCheck(ColumnAttribute<?, ?> column, boolean negated) implements Condition {
    }

    record Like(ColumnAttribute<?, ?> column, String pattern, boolean caseInsensitive, boolean negated) implements Condition {
        public Like {
            Objects.requireNonNull(pattern, "pattern");
        }
    }

    record ReferenceIs(ReferenceAttribute<?, ?> reference, Object target, boolean negated) implements Condition {
    }

    record ReferenceNull(ReferenceAttribute<?, ?> reference, boolean negated) implements Condition {
    }

    /** {@code EXISTS (SELECT 1 FROM <related> WHERE <link> AND condition)}; {@code condition} may be null. */
    record Exists(Attribute<?, ?> relationship, Condition condition) implements Condition {
    }

    record AggregateComparison(Aggregate<?> aggregate, Operator operator, Object value) implements Condition {
    }

    record And(List<Condition> conditions) implements Condition {
        public And {
            conditions = List.copyOf(conditions);
        }
    }

    record Or(List<Condition> conditions) implements Condition {
        public Or {
            conditions = List.copyOf(conditions);
        }
    }

    record Not(Condition condition) implements Condition {
    }

    record Raw(Expression expression, List<Object> values) implements Condition {
        public Raw {
            Objects.requireNonNull(expression, "expression");
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }
}
