package io.retort.orm;

import io.retort.dialect.Capability;
import io.retort.dialect.Dialect;
import io.retort.orm.metamodel.Aggregate;
import io.retort.orm.metamodel.Attribute;
import io.retort.orm.metamodel.ColumnAttribute;
import io.retort.orm.metamodel.Condition;
import io.retort.sql.BinaryOp;
import io.retort.sql.BinaryOperator;
import io.retort.sql.ColumnRef;
import io.retort.sql.Expression;
import io.retort.sql.Identifier;
import io.retort.sql.InList;
import io.retort.sql.IsNull;
import io.retort.sql.Like;
import io.retort.sql.LikeOperator;
import io.retort.sql.Name;
import io.retort.sql.Parameter;
import io.retort.sql.Sql;
import io.retort.sql.TableRef;
import io.retort.sql.UnaryOp;
import io.retort.sql.UnaryOperator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns metamodel conditions and attributes into Core expressions: columns qualified by their table
 * (or alias), values bound as parameters with their column's type, relationship conditions as
 * correlated EXISTS subqueries. In DML mode columns are unqualified (single-table UPDATE and DELETE).
 */
final class ConditionCompiler {

    final Registry registry;
    final Dialect dialect;
    final Binds binds;
    private final boolean unqualified;
    private final Deque<Map<EntityMapper<?>, String>> scopes = new ArrayDeque<>();
    private int aliases;

    ConditionCompiler(Registry registry, Dialect dialect, Binds binds, boolean unqualified) {
        this.registry = registry;
        this.dialect = dialect;
        this.binds = binds;
        this.unqualified = unqualified;
    }

    int nextAlias() {
        return ++aliases;
    }

    EntityMapper<?> mapper(Class<?> type) {
        return registry.mapper(type);
    }

    /** The name that qualifies an attribute's columns: its alias, or its table (or a subquery's alias for it). */
    String qualifier(Attribute<?, ?> a) {
        if (a.alias() != null) {
            return a.alias().name();
        }
        return defaultQualifier(mapper(a.entityType()));
    }

    String defaultQualifier(EntityMapper<?> m) {
        for (Map<EntityMapper<?>, String> scope : scopes) {
            String q = scope.get(m);
            if (q != null) {
                return q;
            }
        }
        return m.table;
    }

    ColumnProperty column(ColumnAttribute<?, ?> a) {
        EntityMapper<?> m = mapper(a.entityType());
        ColumnProperty c = m.columnsByAttribute.get(a.name());
        if (c == null) {
            throw new IllegalArgumentException(m.type.getSimpleName() + " has no mapped column '" + a.name() + "'");
        }
        return c;
    }

    Relationship relationship(Attribute<?, ?> a) {
        EntityMapper<?> m = mapper(a.entityType());
        Relationship r = m.relationship(a.name());
        if (r == null) {
            throw new IllegalArgumentException(m.type.getSimpleName() + "." + a.name() + " is not a relationship");
        }
        return r;
    }

    ColumnRef ref(ColumnAttribute<?, ?> a) {
        return ref(qualifier(a), column(a).column);
    }

    ColumnRef ref(String qualifier, Identifier column) {
        return new ColumnRef(unqualified ? null : Name.of(qualifier), column);
    }

    Expression aggregate(Aggregate<?> a) {
        if (a.column() == null) {
            return Sql.count();
        }
        ColumnRef c = ref(a.column());
        return switch (a.function()) {
            case "COUNT" -> a.distinct() ? Sql.countDistinct(c) : Sql.count(c);
            case "SUM" -> Sql.sum(c);
            case "AVG" -> Sql.avg(c);
            case "MIN" -> Sql.min(c);
            case "MAX" -> Sql.max(c);
            default -> throw new IllegalArgumentException("unknown aggregate " + a.function());
        };
    }

    Parameter bind(Object value, ValueType type) {
        return binds.add(type == null ? value : type.coerce(value), type);
    }

    Expression condition(Condition c) {
        return switch (c) {
            case Condition.Comparison cmp -> new BinaryOp(ref(cmp.column()), operator(cmp.operator()),
                    bind(cmp.value(), column(cmp.column()).type));
            case Condition.ColumnComparison cc -> new BinaryOp(ref(cc.left()), operator(cc.operator()), ref(cc.right()));
            case Condition.In in -> {
                ValueType t = column(in.column()).type;
                List<Expression> values = new ArrayList<>(in.values().size());
                for (Object v : in.values()) {
                    values.add(bind(v, t));
                }
                yield new InList(ref(in.column()), values, in.negated());
            }
            case Condition.Between b -> {
                ValueType t = column(b.column()).type;
                yield new io.retort.sql.Between(ref(b.column()), bind(b.low(), t), bind(b.high(), t), false, false);
            }
            case Condition.NullCheck n -> new IsNull(ref(n.column()), n.negated());
            case Condition.Like l -> like(l);
            case Condition.ReferenceIs r -> {
                Relationship rel = relationship(r.reference());
                Object key = r.target() == null ? null : rel.target.idOf(r.target());
                if (key == null) {
                    throw new IllegalArgumentException(r.reference() + " compared with " + rel.target.describe(r.target())
                            + ", which has no key yet: flush it first");
                }
                ColumnRef fk = ref(qualifier(r.reference()), rel.foreignKey.column);
                yield new BinaryOp(fk, r.negated() ? BinaryOperator.NOT_EQUALS : BinaryOperator.EQUALS,
                        bind(key, rel.foreignKey.type));
            }
            case Condition.ReferenceNull r -> {
                Relationship rel = relationship(r.reference());
                yield new IsNull(ref(qualifier(r.reference()), rel.foreignKey.column), r.negated());
            }
            case Condition.Exists e -> exists(e);
            case Condition.AggregateComparison a -> new BinaryOp(aggregate(a.aggregate()), operator(a.operator()),
                    bind(a.value(), null));
            case Condition.And a -> {
                Expression out = null;
                for (Condition x : a.conditions()) {
                    Expression e = condition(x);
                    out = out == null ? e : new BinaryOp(out, BinaryOperator.AND, e);
                }
                yield out;
            }
            case Condition.Or o -> {
                Expression out = null;
                for (Condition x : o.conditions()) {
                    Expression e = condition(x);
                    out = out == null ? e : new BinaryOp(out, BinaryOperator.OR, e);
                }
                yield out;
            }
            case Condition.Not n -> new UnaryOp(UnaryOperator.NOT, condition(n.condition()));
            case Condition.Raw raw -> (Expression) raw.expression().transform(node -> node instanceof Parameter p
                    ? bind(raw.values().get(p.index() - 1), null) : node);
        };
    }

    private Expression like(Condition.Like l) {
        ColumnRef col = ref(l.column());
        Parameter pattern = bind(l.pattern(), null);
        if (l.caseInsensitive() && !dialect.supports(Capability.SUPPORTS_ILIKE)) {
            return new Like(Sql.func("lower", col), LikeOperator.LIKE, Sql.func("lower", pattern), null, l.negated());
        }
        return new Like(col, l.caseInsensitive() ? LikeOperator.ILIKE : LikeOperator.LIKE, pattern, null, l.negated());
    }

    /** {@code EXISTS (SELECT 1 FROM related AS r_n WHERE <link to the outer row> [AND condition])}. */
    private Expression exists(Condition.Exists e) {
        Relationship r = relationship(e.relationship());
        String outer = qualifier(e.relationship());
        EntityMapper<?> target = r.target;
        String inner = target.table + "_" + nextAlias();
        TableRef innerRef = TableRef.of(target.tableName).as(inner);
        io.retort.sql.FromItem from = innerRef;
        Expression link;
        EntityMapper<?> owner = r.owner;
        switch (r.kind) {
            case MANY_TO_ONE -> link = new BinaryOp(new ColumnRef(Name.of(inner), target.id.column), BinaryOperator.EQUALS,
                    new ColumnRef(Name.of(outer), r.foreignKey.column));
            case ONE_TO_MANY -> link = new BinaryOp(new ColumnRef(Name.of(inner), r.foreignKey.column), BinaryOperator.EQUALS,
                    new ColumnRef(Name.of(outer), owner.id.column));
            default -> {
                String assoc = r.joinTable + "_" + nextAlias();
                from = innerRef.join(TableRef.of(Name.of(r.joinTable)).as(assoc),
                        new BinaryOp(new ColumnRef(Name.of(assoc), Identifier.of(r.elementColumn)), BinaryOperator.EQUALS,
                                new ColumnRef(Name.of(inner), target.id.column)));
                link = new BinaryOp(new ColumnRef(Name.of(assoc), Identifier.of(r.ownerColumn)), BinaryOperator.EQUALS,
                        new ColumnRef(Name.of(outer), owner.id.column));
            }
        }
        Expression where = link;
        if (e.condition() != null) {
            Map<EntityMapper<?>, String> scope = new HashMap<>();
            scope.put(target, inner);
            scopes.push(scope);
            try {
                where = new BinaryOp(link, BinaryOperator.AND, condition(e.condition()));
            } finally {
                scopes.pop();
            }
        }
        return new io.retort.sql.Exists(Sql.select(Sql.number(1)).from(from).where(where));
    }

    static BinaryOperator operator(Condition.Operator op) {
        return switch (op) {
            case EQ -> BinaryOperator.EQUALS;
            case NE -> BinaryOperator.NOT_EQUALS;
            case LT -> BinaryOperator.LESS_THAN;
            case LE -> BinaryOperator.LESS_OR_EQUAL;
            case GT -> BinaryOperator.GREATER_THAN;
            case GE -> BinaryOperator.GREATER_OR_EQUAL;
        };
    }
}
