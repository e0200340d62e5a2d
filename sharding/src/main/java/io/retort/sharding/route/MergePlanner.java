package io.retort.sharding.route;

import io.retort.sharding.merge.AggregateColumn;
import io.retort.sharding.merge.AggregateKind;
import io.retort.sharding.merge.ColumnSlot;
import io.retort.sharding.merge.SortKey;
import io.retort.sql.BinaryOp;
import io.retort.sql.BinaryOperator;
import io.retort.sql.Case;
import io.retort.sql.ColumnRef;
import io.retort.sql.Cube;
import io.retort.sql.Expression;
import io.retort.sql.FunctionCall;
import io.retort.sql.GroupingSets;
import io.retort.sql.Identifier;
import io.retort.sql.Name;
import io.retort.sql.NullOrder;
import io.retort.sql.NumberLiteral;
import io.retort.sql.OrderItem;
import io.retort.sql.Query;
import io.retort.sql.Rollup;
import io.retort.sql.Select;
import io.retort.sql.SelectItem;
import io.retort.sql.SetOperation;
import io.retort.sql.SortOrder;
import io.retort.sql.SqlDialect;
import io.retort.sql.Star;
import io.retort.sql.WhenClause;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plans a query that spans several nodes: the statement each shard runs (hidden columns appended,
 * AVG split into SUM and COUNT, COUNT(DISTINCT x) turned into distinct x, HAVING and LIMIT moved to
 * the merge) and the merge itself.
 *
 * <p>Null ordering: an ORDER BY key without NULLS FIRST/LAST sorts NULLs as the application's
 * dialect does (PostgreSQL: NULLs are larger than any value, so last ascending and first
 * descending; MySQL, MariaDB, SQLite and H2: NULLs are smaller, so first ascending). The sort keys
 * of the merge say so explicitly; the shards' statements keep the order as written, in the
 * application's dialect, whose meaning the dialect rewriter preserves for each target database
 * (the same promise a single-node query relies on), so every shard returns rows in the order the
 * merge expects.
 */
final class MergePlanner {

    /** Whether a sort's expressions identify a row of the query's single table (for deep pagination). */
    interface UniqueCheck {
        boolean unique(List<Expression> sortExpressions) throws SQLException;
    }

    /**
     * The planned shard statement and merge, minus what depends on values (offset, limit, HAVING's parameters).
     *
     * @param sortExpressions per sort key, the shard-side expression; null when one is unknown (an ORDER BY position inside {@code *})
     */
    record Planned(Query shardQuery, int hidden, List<SortKey> orderBy, List<ColumnSlot> groupBy,
            List<AggregateColumn> aggregates, boolean distinct, boolean sortedByGroup, MergedExpression having,
            List<ValueSource> havingValues, LimitPlan limit, List<Expression> sortExpressions, boolean unique,
            List<Computed> computed) {

        Planned(Query shardQuery, int hidden, List<SortKey> orderBy, List<ColumnSlot> groupBy,
                List<AggregateColumn> aggregates, boolean distinct, boolean sortedByGroup, MergedExpression having,
                List<ValueSource> havingValues, LimitPlan limit, List<Expression> sortExpressions, boolean unique) {
            this(shardQuery, hidden, orderBy, groupBy, aggregates, distinct, sortedByGroup, having, havingValues, limit,
                    sortExpressions, unique, List.of());
        }
    }

    /**
     * A column the merge computes: an expression over aggregates (in the select list, or an ORDER BY
     * key), compiled like HAVING; its parameters are bound per execution.
     */
    record Computed(ColumnSlot slot, MergedExpression expression, List<ValueSource> values) {}

    private final SqlDialect dialect;
    private final Map<Select, StatementAnalyzer.SelectInfo> infos;

    MergePlanner(SqlDialect dialect, Map<Select, StatementAnalyzer.SelectInfo> infos) {
        this.dialect = dialect;
        this.infos = infos;
    }

    Planned plan(Query query, UniqueCheck uniqueCheck) throws SQLException {
        return switch (query) {
            case Select s -> new SelectPlan(s, infos.get(s)).plan(uniqueCheck);
            case SetOperation s -> new UnionPlanner(this, infos).plan(s);
            case io.retort.sql.Values v -> new Planned(v, 0, List.of(), List.of(), List.of(), false, false, null, List.of(),
                    LimitPlan.NONE, null, false);
        };
    }

    /** The NULL placement an ORDER BY key has when it does not say: the application dialect's default. */
    boolean nullsFirst(OrderItem item) {
        if (item.nulls() != null) {
            return item.nulls() == NullOrder.FIRST;
        }
        return nullsFirst(item.order() == SortOrder.DESC);
    }

    /** Whether NULLs come first in a sort without NULLS FIRST/LAST, in the application's dialect. */
    boolean nullsFirst(boolean descending) {
        return nullsSortHigh() == descending;
    }

    private boolean nullsSortHigh() {
        return switch (dialect) {
            case POSTGRESQL, ORACLE, ANSI -> true;
            case MYSQL, MARIADB, SQLITE, H2, SQLSERVER -> false;
        };
    }

    // ----- SELECT -----

    private final class SelectPlan {
        private final Select s;
        private final StatementAnalyzer.SelectInfo info;
        private final List<SelectItem> original;
        private final List<SelectItem> items;
        private final int knownPositions;
        private final List<SelectItem> hidden = new ArrayList<>();
        private final List<Expression> extraGroupBy = new ArrayList<>();
        private final List<AggregateColumn> aggregates = new ArrayList<>();
        private final List<Computed> computed = new ArrayList<>();
        private boolean aggregating;

        SelectPlan(Select s, StatementAnalyzer.SelectInfo info) {
            this.s = s;
            this.info = info;
            this.original = s.items();
            this.items = new ArrayList<>(s.items());
            int known = original.size();
            for (int i = 0; i < original.size(); i++) {
                if (original.get(i).expression() instanceof Star) {
                    known = i;
                    break;
                }
            }
            this.knownPositions = known;
        }

        Planned plan(UniqueCheck uniqueCheck) throws SQLException {
            check();
            boolean groupsLocal = info.groupsByKey();
            aggregating = !groupsLocal && (!s.groupBy().isEmpty()
                    || Aggregates.containsAggregate(StatementAnalyzer.itemsHavingOrder(s)));
            if (aggregating) {
                return aggregated();
            }
            List<SortKey> sort = new ArrayList<>();
            List<Expression> sortExpressions = new ArrayList<>();
            for (OrderItem o : s.orderBy()) {
                sort.add(new SortKey(plainSlot(o.expression()), o.order() == SortOrder.DESC, nullsFirst(o)));
                sortExpressions.add(sortExpression(o.expression()));
            }
            LimitPlan limit = LimitPlan.of(s.limit(), true);
            boolean distinct = s.distinct() && !info.distinctByKey();
            Select shard = shardSelect(s.groupBy(), s.having(), s.orderBy(), limit.shardLimit());
            boolean known = !sortExpressions.contains(null);
            boolean unique = known && !sort.isEmpty() && uniqueCheck.unique(sortExpressions);
            return new Planned(shard, hidden.size(), sort, List.of(), List.of(), distinct, false, null, List.of(), limit,
                    known ? sortExpressions : null, unique);
        }

        private void check() throws SQLException {
            if (s.into() != null) {
                throw RouteErrors.unsupported("SELECT ... INTO over several shards is not supported; restrict the query to"
                        + " one shard by its sharding key, or select the rows and store them from the application");
            }
            if (!s.distinctOn().isEmpty() && !info.distinctByKey()) {
                throw RouteErrors.unsupported("DISTINCT ON over several shards is not supported unless it includes the"
                        + " sharding key; restrict the query to one shard, or use GROUP BY");
            }
            if (s.limit() != null && s.limit().withTies()) {
                throw RouteErrors.unsupported("FETCH ... WITH TIES over several shards is not supported; use ONLY, or"
                        + " restrict the query to one shard by its sharding key");
            }
            if (!info.windowsByKey()) {
                throw RouteErrors.unsupported("Window functions over several shards are only supported when they are"
                        + " partitioned by the sharding key (PARTITION BY it); restrict the query to one shard by its"
                        + " sharding key");
            }
            if (s.withRollup()) {
                throw RouteErrors.unsupported("GROUP BY ... WITH ROLLUP over several shards is not supported; restrict the"
                        + " query to one shard by its sharding key");
            }
            for (Expression g : s.groupBy()) {
                if (g instanceof GroupingSets || g instanceof Rollup || g instanceof Cube) {
                    throw RouteErrors.unsupported("GROUPING SETS, ROLLUP and CUBE over several shards are not supported;"
                            + " restrict the query to one shard by its sharding key");
                }
            }
        }

        private Planned aggregated() throws SQLException {
            for (int i = 0; i < original.size(); i++) {
                item(i);
            }
            List<ColumnSlot> groups = new ArrayList<>();
            for (Expression g : s.groupBy()) {
                ColumnSlot slot = plainSlot(g);
                if (!groups.contains(slot)) {
                    groups.add(slot);
                }
            }
            MergedExpression having = null;
            List<ValueSource> havingValues = List.of();
            if (s.having() != null) {
                HavingCompiler compiler = new HavingCompiler(slots(), dialect);
                having = compiler.compile(s.having());
                havingValues = List.copyOf(compiler.values);
            }
            List<SortKey> sort = new ArrayList<>();
            List<OrderItem> shardOrder = s.orderBy();
            for (OrderItem o : s.orderBy()) {
                Expression e = o.expression();
                ColumnSlot slot;
                if (itemIndex(e) < 0 && usesAggregates(e)) {
                    slot = e instanceof FunctionCall f && Aggregates.isAggregate(f) ? aggregateSlot(f)
                            : computedSlot(e, null, "ORDER BY");
                } else {
                    slot = plainSlot(e);
                }
                sort.add(new SortKey(slot, o.order() == SortOrder.DESC, nullsFirst(o)));
            }
            if (!computed.isEmpty()) {
                // The shards do not sort by what the merge computes: on a shard's part of a group the
                // expression means nothing (and may fail: SUM(a) / COUNT(a) with no a there). Group keys
                // that lead the order stay, so groups still stream; the merge compares placeholders there.
                List<ColumnSlot> computedSlots = computed.stream().map(Computed::slot).toList();
                shardOrder = new ArrayList<>();
                for (int i = 0; i < s.orderBy().size(); i++) {
                    if (!computedSlots.contains(sort.get(i).column())) {
                        shardOrder.add(s.orderBy().get(i));
                    }
                }
            }
            boolean sortedByGroup;
            if (groups.isEmpty()) {
                sortedByGroup = true; // one group
            } else if (s.orderBy().isEmpty()) {
                // Ask the shards to sort by the group keys: groups then stream through the merge.
                shardOrder = new ArrayList<>();
                for (int i = 0; i < s.groupBy().size(); i++) {
                    OrderItem o = new OrderItem(s.groupBy().get(i), null, null);
                    shardOrder.add(o);
                }
                for (ColumnSlot g : groups) {
                    sort.add(new SortKey(g, false, nullsFirst(false)));
                }
                sortedByGroup = true;
            } else {
                sortedByGroup = sort.size() >= groups.size()
                        && new HashSet<>(sort.subList(0, groups.size()).stream().map(SortKey::column).toList())
                                .equals(new HashSet<>(groups));
            }
            LimitPlan limit = LimitPlan.of(s.limit(), false);
            List<Expression> shardGroupBy = new ArrayList<>(s.groupBy());
            for (Expression e : extraGroupBy) {
                if (!shardGroupBy.contains(e)) {
                    shardGroupBy.add(e);
                }
            }
            Select shard = shardSelect(shardGroupBy, null, shardOrder, null);
            return new Planned(shard, hidden.size(), sort, groups, aggregates, s.distinct(), sortedByGroup, having,
                    havingValues, limit, null, false, computed);
        }

        /** Where HAVING and computed expressions find what the shards compute. */
        private HavingCompiler.Slots slots() {
            return new HavingCompiler.Slots() {
                @Override
                public ColumnSlot aggregate(FunctionCall f) throws SQLException {
                    return aggregateSlot(f);
                }

                @Override
                public ColumnSlot plain(Expression e) throws SQLException {
                    return plainSlot(e);
                }

                @Override
                public boolean aggregated(Expression e) {
                    return usesAggregates(e);
                }
            };
        }

        /**
         * A column the merge computes from merged aggregates: {@code e} compiled like HAVING (its
         * aggregates become merged columns, hidden when not selected). The shards return a typed
         * placeholder in its place, {@code CASE WHEN 1 = 0 THEN e END}: the database gives it e's type
         * (and the metadata stays the database's) but never evaluates e on a shard's partial group.
         * Divisions in the placeholder are written as multiplications, which have the same result
         * type (in PostgreSQL, integer by integer stays integer either way) and leave the dialect
         * rewriter no integer-or-exact division to decide for another database.
         *
         * @param visible the select-list position it fills, or null for a new hidden column
         */
        private ColumnSlot computedSlot(Expression e, ColumnSlot visible, String clause) throws SQLException {
            HavingCompiler compiler = new HavingCompiler(slots(), dialect, clause);
            MergedExpression compiled = compiler.compile(e);
            Expression typed = (Expression) e.transform(n -> n instanceof BinaryOp b && b.operator() == BinaryOperator.DIVIDE
                    ? new BinaryOp(b.left(), BinaryOperator.MULTIPLY, b.right()) : n);
            Case placeholder = new Case(null, List.of(new WhenClause(
                    new BinaryOp(new NumberLiteral("1"), BinaryOperator.EQUALS, new NumberLiteral("0")), typed)), null);
            ColumnSlot slot;
            if (visible != null) {
                SelectItem item = original.get(visible.index() - 1);
                items.set(visible.index() - 1, new SelectItem(placeholder, item.alias() != null ? item.alias()
                        : ColumnLabels.computed(e, dialect)));
                slot = visible;
            } else {
                hidden.add(new SelectItem(placeholder, Identifier.of("retort_h" + (hidden.size() + 1))));
                slot = ColumnSlot.hidden(hidden.size());
            }
            aggregates.add(new AggregateColumn(slot, AggregateKind.ANY_VALUE, null)); // the placeholder: NULL everywhere
            computed.add(new Computed(slot, compiled, List.copyOf(compiler.values)));
            return slot;
        }

        /** How visible column {@code i} merges; rewrites AVG and COUNT(DISTINCT) in the shard's select list. */
        private void item(int i) throws SQLException {
            SelectItem item = original.get(i);
            Expression e = item.expression();
            ColumnSlot slot = ColumnSlot.visible(i + 1);
            if (e instanceof Star) {
                throw RouteErrors.unsupported("SELECT * with GROUP BY or aggregates over several shards is not supported;"
                        + " list the columns");
            }
            if (e instanceof FunctionCall f && Aggregates.isAggregate(f)) {
                AggregateKind kind = kindOf(f);
                switch (kind) {
                    case AVG -> {
                        items.set(i, new SelectItem(call(f, "SUM"), label(item, f)));
                        ColumnSlot count = hiddenAggregate(call(f, "COUNT"), AggregateKind.COUNT);
                        aggregates.add(new AggregateColumn(slot, AggregateKind.AVG, count));
                    }
                    case COUNT_DISTINCT -> {
                        if (distinctKey(f)) {
                            aggregates.add(new AggregateColumn(slot, AggregateKind.COUNT, null));
                        } else {
                            Expression arg = f.arguments().get(0);
                            items.set(i, new SelectItem(arg, label(item, f)));
                            extraGroupBy.add(arg);
                            aggregates.add(new AggregateColumn(slot, AggregateKind.COUNT_DISTINCT, null));
                        }
                    }
                    default -> aggregates.add(new AggregateColumn(slot, kind, null));
                }
                return;
            }
            if (Aggregates.containsAggregate(e)) {
                computedSlot(e, slot, "The select list");
                return;
            }
            aggregates.add(new AggregateColumn(slot, AggregateKind.ANY_VALUE, null));
        }

        private AggregateKind kindOf(FunctionCall f) throws SQLException {
            AggregateKind kind = Aggregates.kind(f);
            if (kind == null) {
                throw RouteErrors.unsupported("The aggregate " + f.name() + " cannot be merged across shards; Retort"
                        + " merges COUNT, SUM, MIN, MAX, AVG and COUNT(DISTINCT x). Restrict the query to one shard by"
                        + " its sharding key, or group by the sharding key");
            }
            if (f.distinct() && (kind == AggregateKind.SUM || kind == AggregateKind.AVG)) {
                throw RouteErrors.unsupported(f.name() + "(DISTINCT ...) cannot be merged across shards; restrict the"
                        + " query to one shard by its sharding key");
            }
            if (kind == AggregateKind.COUNT_DISTINCT && !distinctKey(f)
                    && (f.arguments().size() != 1 || f.filter() != null || f.arguments().get(0) instanceof Star)) {
                throw RouteErrors.unsupported("COUNT(DISTINCT ...) over several shards is supported for one argument"
                        + " without FILTER; restrict the query to one shard by its sharding key");
            }
            return kind;
        }

        /** COUNT(DISTINCT key) of a table placed by that single key: its values never repeat across nodes. */
        private boolean distinctKey(FunctionCall f) {
            if (f.arguments().size() != 1 || !(f.arguments().get(0) instanceof ColumnRef c) || f.filter() != null) {
                return false;
            }
            for (ConditionExtractor.KeyRef r : info.scope().keys(c)) {
                for (Occurrence o : info.driving()) {
                    if (o.id() == r.occurrence() && o.rule().keyColumns().size() == 1) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether an expression uses aggregates, directly or through the alias of an aggregate select item. */
        boolean usesAggregates(Expression e) {
            if (Aggregates.containsAggregate(e)) {
                return true;
            }
            for (ColumnRef c : e.findAll(ColumnRef.class)) {
                if (c.qualifier() != null) {
                    continue;
                }
                for (SelectItem item : original) {
                    if (item.alias() != null && item.alias().matches(c.column())
                            && Aggregates.containsAggregate(item.expression())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The merged column of an aggregate, adding hidden shard columns when the select list does not have it. */
        ColumnSlot aggregateSlot(FunctionCall f) throws SQLException {
            int i = itemIndex(f);
            if (i >= 0 && i < knownPositions) {
                return ColumnSlot.visible(i + 1);
            }
            AggregateKind kind = kindOf(f);
            return switch (kind) {
                case AVG -> {
                    ColumnSlot sum = addHidden(call(f, "SUM"), true);
                    ColumnSlot count = hiddenAggregate(call(f, "COUNT"), AggregateKind.COUNT);
                    if (aggregates.stream().noneMatch(a -> a.column().equals(sum))) {
                        aggregates.add(new AggregateColumn(sum, AggregateKind.AVG, count));
                    }
                    yield sum;
                }
                case COUNT_DISTINCT -> {
                    if (distinctKey(f)) {
                        yield hiddenAggregate(f, AggregateKind.COUNT);
                    }
                    Expression arg = f.arguments().get(0);
                    extraGroupBy.add(arg);
                    yield hiddenAggregate(arg, AggregateKind.COUNT_DISTINCT);
                }
                default -> hiddenAggregate(f, kind);
            };
        }

        private ColumnSlot hiddenAggregate(Expression e, AggregateKind kind) {
            ColumnSlot slot = addHidden(e);
            if (kind != null && aggregates.stream().noneMatch(a -> a.column().equals(slot))) {
                aggregates.add(new AggregateColumn(slot, kind, null));
            }
            return slot;
        }

        /** The column an ORDER BY / GROUP BY / HAVING expression without aggregates is in, adding a hidden one if needed. */
        ColumnSlot plainSlot(Expression e) throws SQLException {
            if (e instanceof NumberLiteral n) {
                // ORDER BY 2 / GROUP BY 2 name an output column, also one inside the expansion of *.
                int position = position(n);
                if (position < 1 || knownPositions == original.size() && position > original.size()) {
                    throw RouteErrors.unsupported("Position " + n.text() + " is not in the select list");
                }
                return ColumnSlot.visible(position);
            }
            int i = itemIndex(e);
            if (i >= 0 && i < knownPositions) {
                return ColumnSlot.visible(i + 1);
            }
            Expression x = i >= 0 ? original.get(i).expression() : e;
            ColumnSlot slot = addHidden(x);
            if (aggregating && aggregates.stream().noneMatch(a -> a.column().equals(slot))) {
                aggregates.add(new AggregateColumn(slot, AggregateKind.ANY_VALUE, null));
            }
            return slot;
        }

        private Expression sortExpression(Expression e) {
            if (e instanceof NumberLiteral n) {
                int p = position(n);
                return p >= 1 && p <= knownPositions ? original.get(p - 1).expression() : null;
            }
            int i = itemIndex(e);
            return i >= 0 ? original.get(i).expression() : e;
        }

        /** The select item an ORDER BY / GROUP BY expression denotes: by position, alias, the same expression or column. */
        private int itemIndex(Expression e) {
            if (e instanceof NumberLiteral n) {
                int p = position(n);
                return p >= 1 && p <= knownPositions ? p - 1 : -1;
            }
            if (e instanceof ColumnRef c && c.qualifier() == null) {
                for (int i = 0; i < original.size(); i++) {
                    Identifier alias = original.get(i).alias();
                    if (alias != null && alias.matches(c.column())) {
                        return i;
                    }
                }
            }
            for (int i = 0; i < original.size(); i++) {
                if (original.get(i).expression().equals(e)) {
                    return i;
                }
            }
            if (e instanceof ColumnRef c) {
                for (int i = 0; i < original.size(); i++) {
                    SelectItem item = original.get(i);
                    if (item.expression() instanceof ColumnRef ic && ic.column().matches(c.column())
                            && (item.alias() == null || item.alias().matches(c.column()))
                            && (c.qualifier() == null || ic.qualifier() == null
                                    || ic.qualifier().last().matches(c.qualifier().last()))) {
                        return i;
                    }
                }
            }
            return -1;
        }

        private ColumnSlot addHidden(Expression e) {
            return addHidden(inlineAliases(e), false);
        }

        /**
         * MySQL, MariaDB, SQLite and H2 let ORDER BY / GROUP BY / HAVING expressions use select-list
         * aliases ({@code ORDER BY t + 1}); a hidden select item cannot, so the alias is replaced by its
         * expression. PostgreSQL resolves such names to input columns: nothing to replace.
         */
        private Expression inlineAliases(Expression e) {
            if (dialect == SqlDialect.POSTGRESQL || dialect == SqlDialect.ANSI || dialect == SqlDialect.ORACLE
                    || e instanceof ColumnRef) {
                return e;
            }
            return (Expression) e.transform(n -> {
                if (n instanceof ColumnRef c && c.qualifier() == null) {
                    for (SelectItem item : original) {
                        if (item.alias() != null && item.alias().matches(c.column())
                                && !(item.expression() instanceof ColumnRef ic && ic.column().matches(c.column()))) {
                            return item.expression();
                        }
                    }
                }
                return n;
            });
        }

        /** A hidden column for {@code e}; {@code forAverage}: one that holds an AVG's sum, never shared with a SUM. */
        private ColumnSlot addHidden(Expression e, boolean forAverage) {
            for (int i = 0; i < hidden.size(); i++) {
                ColumnSlot slot = ColumnSlot.hidden(i + 1);
                boolean average = aggregates.stream().anyMatch(a -> a.column().equals(slot) && a.kind() == AggregateKind.AVG);
                boolean merged = aggregates.stream().anyMatch(a -> a.column().equals(slot));
                if (hidden.get(i).expression().equals(e) && (forAverage ? average || !merged : !average)) {
                    return slot;
                }
            }
            hidden.add(new SelectItem(e, Identifier.of("retort_h" + (hidden.size() + 1))));
            return ColumnSlot.hidden(hidden.size());
        }

        private Select shardSelect(List<Expression> groupBy, Expression having, List<OrderItem> orderBy,
                io.retort.sql.Limit limit) {
            List<SelectItem> all = new ArrayList<>(items);
            all.addAll(hidden);
            return new Select(s.with(), s.modifiers(), s.distinct(), s.distinctOn(), all, s.into(), s.from(), s.where(),
                    groupBy, s.withRollup(), having, s.windows(), orderBy, limit, s.locks(), s.comments());
        }

        /** The label the application would have seen for an aggregate we rewrite, kept as the shard column's alias. */
        private Identifier label(SelectItem item, FunctionCall f) {
            if (item.alias() != null) {
                return item.alias();
            }
            String name = f.name().last().text();
            return switch (dialect) {
                case POSTGRESQL -> Identifier.quoted(name.toLowerCase(Locale.ROOT));
                case H2 -> Identifier.quoted(ColumnLabels.written(f).toUpperCase(Locale.ROOT));
                default -> Identifier.quoted(ColumnLabels.written(f));
            };
        }
    }

    private static FunctionCall call(FunctionCall f, String name) {
        boolean upper = f.name().last().text().equals(f.name().last().text().toUpperCase(Locale.ROOT));
        Name n = Name.of(upper ? name : name.toLowerCase(Locale.ROOT));
        return new FunctionCall(n, f.arguments(), f.distinct(), List.of(), null, List.of(), f.filter(), null);
    }

    static int position(NumberLiteral n) {
        try {
            return Integer.parseInt(n.text());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
