package io.retort.parser;

import static io.retort.parser.grammar.RetortSqlParser.*;

import io.retort.sql.BoundType;
import io.retort.sql.Comments;
import io.retort.sql.Cte;
import io.retort.sql.DerivedTable;
import io.retort.sql.Expression;
import io.retort.sql.FrameBound;
import io.retort.sql.FrameExclusion;
import io.retort.sql.FrameUnit;
import io.retort.sql.FromItem;
import io.retort.sql.FunctionTable;
import io.retort.sql.GroupingSets;
import io.retort.sql.Identifier;
import io.retort.sql.IndexHint;
import io.retort.sql.Into;
import io.retort.sql.IntoKind;
import io.retort.sql.Join;
import io.retort.sql.JoinType;
import io.retort.sql.Keyword;
import io.retort.sql.Limit;
import io.retort.sql.LockClause;
import io.retort.sql.LockStrength;
import io.retort.sql.LockWait;
import io.retort.sql.Name;
import io.retort.sql.NamedWindow;
import io.retort.sql.NullOrder;
import io.retort.sql.NumberLiteral;
import io.retort.sql.Option;
import io.retort.sql.OrderItem;
import io.retort.sql.Query;
import io.retort.sql.Rollup;
import io.retort.sql.RowValue;
import io.retort.sql.Select;
import io.retort.sql.SelectItem;
import io.retort.sql.SetOperation;
import io.retort.sql.SetOperator;
import io.retort.sql.SortOrder;
import io.retort.sql.Star;
import io.retort.sql.StringLiteral;
import io.retort.sql.TableRef;
import io.retort.sql.Values;
import io.retort.sql.Variable;
import io.retort.sql.VariableKind;
import io.retort.sql.WindowFrame;
import io.retort.sql.WindowSpec;
import io.retort.sql.With;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds queries: SELECT, set operations, VALUES, FROM items, and the clauses they share. */
final class QueryBuilder {

    private final ModelBuilder b;

    QueryBuilder(ModelBuilder b) {
        this.b = b;
    }

    Query selectStatement(SelectStatementContext ctx) {
        Query q = queryExpression(ctx.queryExpression());
        if (ctx.intoClause() != null) {
            if (!(q instanceof Select s) || s.into() != null) {
                throw b.failure("INTO applies to a single SELECT", ctx.intoClause().getStart());
            }
            List<LockClause> locks = lockingClauses(ctx.lockingClause(), s.locks());
            q = new Select(s.with(), s.modifiers(), s.distinct(), s.distinctOn(), s.items(), into(ctx.intoClause()), s.from(),
                    s.where(), s.groupBy(), s.withRollup(), s.having(), s.windows(), s.orderBy(), s.limit(), locks,
                    s.comments());
        }
        return q;
    }

    Query queryExpression(QueryExpressionContext ctx) {
        Query body = queryBody(ctx.queryBody());
        With with = ctx.withClause() == null ? null : with(ctx.withClause());
        List<OrderItem> orderBy = ctx.orderByClause() == null ? List.of() : orderBy(ctx.orderByClause());
        Limit limit = ctx.limitClause() == null ? null : limit(ctx.limitClause());
        List<LockClause> locks = lockingClauses(ctx.lockingClause(), List.of());
        if (with == null && orderBy.isEmpty() && limit == null && locks.isEmpty()) {
            return body;
        }
        Token at = ctx.getStart();
        return switch (body) {
            case Select s -> {
                check(s.with() == null || with == null, "two WITH clauses for one query", at);
                check(orderBy.isEmpty() || s.orderBy().isEmpty(), "two ORDER BY clauses for one query", at);
                check(limit == null || s.limit() == null, "two LIMIT clauses for one query", at);
                List<LockClause> allLocks = new ArrayList<>(s.locks());
                allLocks.addAll(locks);
                yield new Select(with != null ? with : s.with(), s.modifiers(), s.distinct(), s.distinctOn(), s.items(),
                        s.into(), s.from(), s.where(), s.groupBy(), s.withRollup(), s.having(), s.windows(),
                        orderBy.isEmpty() ? s.orderBy() : orderBy, limit != null ? limit : s.limit(), allLocks, s.comments());
            }
            case SetOperation s -> {
                check(locks.isEmpty(), "FOR UPDATE / FOR SHARE applies to a single SELECT, not to a set operation", at);
                check(s.with() == null || with == null, "two WITH clauses for one query", at);
                check(orderBy.isEmpty() || s.orderBy().isEmpty(), "two ORDER BY clauses for one query", at);
                check(limit == null || s.limit() == null, "two LIMIT clauses for one query", at);
                yield new SetOperation(with != null ? with : s.with(), s.operator(), s.all(), s.left(), s.right(),
                        orderBy.isEmpty() ? s.orderBy() : orderBy, limit != null ? limit : s.limit(), s.comments());
            }
            case Values v -> {
                check(locks.isEmpty(), "FOR UPDATE / FOR SHARE applies to a SELECT, not to VALUES", at);
                check(v.with() == null || with == null, "two WITH clauses for one query", at);
                check(orderBy.isEmpty() || v.orderBy().isEmpty(), "two ORDER BY clauses for one query", at);
                check(limit == null || v.limit() == null, "two LIMIT clauses for one query", at);
                yield new Values(with != null ? with : v.with(), v.rows(), orderBy.isEmpty() ? v.orderBy() : orderBy,
                        limit != null ? limit : v.limit(), v.comments());
            }
        };
    }

    private void check(boolean ok, String message, Token at) {
        if (!ok) {
            throw b.failure(message, at);
        }
    }

    private Query queryBody(QueryBodyContext ctx) {
        if (ctx instanceof PrimaryQueryContext p) {
            return queryPrimary(p.queryPrimary());
        }
        List<QueryBodyContext> spine = new ArrayList<>();
        QueryBodyContext cur = ctx;
        while (!(cur instanceof PrimaryQueryContext)) {
            spine.add(cur);
            cur = (QueryBodyContext) cur.getChild(0);
        }
        Query result = queryPrimary(((PrimaryQueryContext) cur).queryPrimary());
        for (int i = spine.size() - 1; i >= 0; i--) {
            QueryBodyContext c = spine.get(i);
            SetOperator op;
            SetQuantifierContext quantifier;
            QueryBodyContext right;
            if (c instanceof IntersectQueryContext x) {
                op = SetOperator.INTERSECT;
                quantifier = x.setQuantifier();
                right = x.queryBody(1);
            } else {
                UnionQueryContext u = (UnionQueryContext) c;
                op = u.UNION() != null ? SetOperator.UNION : SetOperator.EXCEPT;
                quantifier = u.setQuantifier();
                right = u.queryBody(1);
            }
            boolean all = quantifier != null && quantifier.ALL() != null;
            result = new SetOperation(null, op, all, result, queryBody(right), List.of(), null, Comments.NONE);
        }
        return result;
    }

    private Query queryPrimary(QueryPrimaryContext ctx) {
        if (ctx.querySpecification() != null) {
            return querySpecification(ctx.querySpecification());
        }
        if (ctx.queryExpression() != null) {
            return queryExpression(ctx.queryExpression());
        }
        if (ctx.valuesClause() != null) {
            return values(ctx.valuesClause());
        }
        // TABLE t is SELECT * FROM t
        return new Select(null, List.of(), false, List.of(), List.of(new SelectItem(new Star(null), null)), null,
                List.of(TableRef.of(b.tableName(ctx.tableName()))), null, List.of(), false, null, List.of(), List.of(), null,
                List.of(), Comments.NONE);
    }

    Values values(ValuesClauseContext ctx) {
        List<RowValue> rows = new ArrayList<>(ctx.valuesRow().size());
        for (ValuesRowContext r : ctx.valuesRow()) {
            rows.add(new RowValue(b.expressions.exprs(r.expr())));
        }
        return new Values(null, rows, List.of(), null, Comments.NONE);
    }

    private Select querySpecification(QuerySpecificationContext ctx) {
        List<String> modifiers = List.of();
        boolean distinct = false;
        List<Expression> distinctOn = List.of();
        List<SelectItem> items = List.of();
        Into into = null;
        List<FromItem> from = List.of();
        Expression where = null;
        List<Expression> groupBy = List.of();
        boolean withRollup = false;
        Expression having = null;
        List<NamedWindow> windows = List.of();
        List<LockClause> locks = List.of();
        // one pass over the children instead of one scan per optional clause
        for (ParseTree child : ctx.children) {
            switch (child) {
                case SelectOptionContext o -> {
                    int type = o.getStart().getType();
                    if (type == DISTINCT) {
                        distinct = true;
                        if (o.ON() != null) {
                            distinctOn = b.expressions.exprsOf(o);
                        }
                    } else if (type == DISTINCTROW) {
                        distinct = true;
                    } else if (type != ALL) {
                        if (modifiers.isEmpty()) {
                            modifiers = new ArrayList<>(2);
                        }
                        modifiers.add(ModelBuilder.upper(o.getText()));
                    }
                }
                case SelectListContext l -> items = selectList(l);
                case IntoClauseContext i -> into = into(i);
                case FromClauseContext f -> from = fromClause(f);
                case WhereClauseContext w -> where = b.expressions.expr((ExprContext) w.getChild(1));
                case GroupByClauseContext g -> {
                    groupBy = groupBy(g);
                    withRollup = g.ROLLUP() != null;
                }
                case HavingClauseContext h -> having = b.expressions.expr((ExprContext) h.getChild(1));
                case WindowClauseContext wc -> {
                    windows = new ArrayList<>();
                    for (NamedWindowContext w : wc.namedWindow()) {
                        windows.add(new NamedWindow(b.identifier(w.identifier()), windowSpec(w.windowSpec())));
                    }
                }
                case LockingClauseContext l -> locks = lockingClauses(List.of(l), locks);
                default -> {
                }
            }
        }
        return new Select(null, modifiers, distinct, distinctOn, items, into, from, where, groupBy, withRollup, having,
                windows, List.of(), null, locks, b.hintsAfter(ctx.SELECT()));
    }

    List<SelectItem> selectList(SelectListContext ctx) {
        List<ParseTree> children = ctx.children;
        SelectItem[] items = new SelectItem[(children.size() + 1) / 2];
        for (int i = 0; i < children.size(); i += 2) {
            SelectItemContext item = (SelectItemContext) children.get(i);
            items[i / 2] = switch (item) {
                case StarItemContext s -> new SelectItem(new Star(null), null);
                case QualifiedStarItemContext q -> new SelectItem(new Star(b.qualifiedName(q.qualifiedName())), null);
                case ExprItemContext e -> new SelectItem(b.expressions.expr((ExprContext) e.getChild(0)),
                        e.getChildCount() == 1 ? null : alias((AliasContext) e.getChild(1)));
                default -> throw b.failure("unexpected select item", item.getStart());
            };
        }
        return List.of(items);
    }

    Identifier alias(AliasContext ctx) {
        if (ctx.identifier() != null) {
            return b.identifier(ctx.identifier());
        }
        if (ctx.anyKeyword() != null) {
            return b.identifier(ctx.anyKeyword());
        }
        // a string used as an alias names the column exactly as written
        return io.retort.sql.Identifier.quoted(b.stringValue(ctx.StringLit().getSymbol()));
    }

    Into into(IntoClauseContext ctx) {
        if (ctx.OUTFILE() != null) {
            List<Option> options = new ArrayList<>();
            for (FileOptionContext f : ctx.fileOption()) {
                if (f.SET() != null || f.CHARSET() != null) {
                    options.add(new Option("CHARACTER SET", f.identifier() != null
                            ? new Keyword(f.identifier().getText()) : string(f.StringLit().getSymbol())));
                } else if (f.LINES() != null) {
                    for (LinesOptionContext l : f.linesOption()) {
                        options.add(new Option("LINES " + (l.STARTING() != null ? "STARTING BY" : "TERMINATED BY"),
                                string(l.StringLit().getSymbol())));
                    }
                } else {
                    String prefix = f.FIELDS() != null ? "FIELDS " : "COLUMNS ";
                    for (FieldsOptionContext o : f.fieldsOption()) {
                        String name = o.TERMINATED() != null ? "TERMINATED BY"
                                : o.ESCAPED() != null ? "ESCAPED BY" : o.OPTIONALLY() != null ? "OPTIONALLY ENCLOSED BY" : "ENCLOSED BY";
                        options.add(new Option(prefix + name, string(o.StringLit().getSymbol())));
                    }
                }
            }
            return new Into(IntoKind.OUTFILE, List.of(), null, null, string(ctx.StringLit().getSymbol()), options);
        }
        if (ctx.DUMPFILE() != null) {
            return new Into(IntoKind.DUMPFILE, List.of(), null, null, string(ctx.StringLit().getSymbol()), List.of());
        }
        if (ctx.tableName() != null) {
            String kind = ctx.TEMPORARY() != null ? "TEMPORARY" : ctx.TEMP() != null ? "TEMP" : ctx.UNLOGGED() != null ? "UNLOGGED" : null;
            return new Into(IntoKind.TABLE, List.of(), b.tableName(ctx.tableName()), kind, null, List.of());
        }
        List<IntoTargetContext> targets = ctx.intoTarget();
        if (b.postgres && targets.size() == 1 && targets.get(0).qualifiedName() != null) {
            return new Into(IntoKind.TABLE, List.of(), b.qualifiedName(targets.get(0).qualifiedName()), null, null, List.of());
        }
        List<Expression> variables = new ArrayList<>(targets.size());
        for (IntoTargetContext t : targets) {
            variables.add(t.variable() != null ? b.expressions.variable(t.variable())
                    : new Variable(VariableKind.LOCAL, null, b.qualifiedName(t.qualifiedName())));
        }
        return new Into(IntoKind.VARIABLES, variables, null, null, null, List.of());
    }

    private StringLiteral string(Token t) {
        return new StringLiteral(b.stringValue(t), null);
    }

    // ------------------------------------------------------------------ FROM

    List<FromItem> fromClause(FromClauseContext ctx) {
        List<FromItem> from = tableReferences(ctx.tableReferences());
        // MySQL's and Oracle's FROM DUAL means no FROM at all
        if (from.size() == 1 && from.get(0) instanceof TableRef t && t.alias() == null && t.name().parts().size() == 1
                && !t.name().last().quoted() && t.name().last().text().equalsIgnoreCase("DUAL")) {
            return List.of();
        }
        return from;
    }

    List<FromItem> tableReferences(TableReferencesContext ctx) {
        List<ParseTree> children = ctx.children;
        if (children.size() == 1) {
            return List.of(tableReference((TableReferenceContext) children.get(0)));
        }
        List<FromItem> out = new ArrayList<>((children.size() + 1) / 2);
        for (int i = 0; i < children.size(); i += 2) {
            out.add(tableReference((TableReferenceContext) children.get(i)));
        }
        return out;
    }

    FromItem tableReference(TableReferenceContext ctx) {
        List<ParseTree> children = ctx.children;
        FromItem left = tableFactor((TableFactorContext) children.get(0));
        for (int i = 1; i < children.size(); i++) {
            left = join(left, (JoinedTableContext) children.get(i));
        }
        return left;
    }

    private FromItem join(FromItem left, JoinedTableContext ctx) {
        return switch (ctx) {
            case InnerJoinContext c -> joinWith(left, c.CROSS() != null ? JoinType.CROSS : JoinType.INNER,
                    tableFactor(c.tableFactor()), c.joinSpecification(), false);
            case StraightJoinContext c -> new Join(left, JoinType.STRAIGHT, tableFactor(c.tableFactor()),
                    c.expr() == null ? null : b.expressions.expr(c.expr()), List.of(), false);
            case OuterJoinContext c -> joinWith(left, c.LEFT() != null ? JoinType.LEFT : c.RIGHT() != null ? JoinType.RIGHT : JoinType.FULL,
                    tableFactor(c.tableFactor()), c.joinSpecification(), false);
            case NaturalJoinContext c -> new Join(left,
                    c.LEFT() != null ? JoinType.LEFT : c.RIGHT() != null ? JoinType.RIGHT : c.FULL() != null ? JoinType.FULL : JoinType.INNER,
                    tableFactor(c.tableFactor()), null, List.of(), true);
            default -> throw b.failure("unsupported join", ctx.getStart());
        };
    }

    private Join joinWith(FromItem left, JoinType type, FromItem right, JoinSpecificationContext spec, boolean natural) {
        if (spec == null) {
            return new Join(left, type, right, null, List.of(), natural);
        }
        if (spec.ON() != null) {
            return new Join(left, type, right, b.expressions.expr(spec.expr()), List.of(), natural);
        }
        return new Join(left, type, right, null, b.identifiers(spec.identifier()), natural);
    }

    FromItem tableFactor(TableFactorContext ctx) {
        return switch (ctx) {
            case TableNameFactorContext c -> {
                Identifier alias = null;
                List<Identifier> columns = List.of();
                if (c.tableAlias() != null) {
                    List<Identifier> ids = b.identifiers(c.tableAlias().identifier());
                    alias = ids.get(0);
                    columns = ids.subList(1, ids.size());
                }
                List<IndexHint> hints = List.of();
                if (!c.indexHint().isEmpty()) {
                    hints = new ArrayList<>();
                    for (IndexHintContext h : c.indexHint()) {
                        hints.add(indexHint(h));
                    }
                }
                yield new TableRef(b.tableName(c.tableName()), alias, columns, c.ONLY() != null,
                        c.partitionList() == null ? List.of() : b.identifiers(c.partitionList().identifier()), hints);
            }
            case OnlyTableFactorContext c -> {
                List<Identifier> ids = c.tableAlias() == null ? List.of() : b.identifiers(c.tableAlias().identifier());
                yield new TableRef(b.tableName(c.tableName()), ids.isEmpty() ? null : ids.get(0),
                        ids.isEmpty() ? List.of() : ids.subList(1, ids.size()), true, List.of(), List.of());
            }
            case DerivedTableFactorContext c -> {
                List<Identifier> ids = c.tableAlias() == null ? List.of() : b.identifiers(c.tableAlias().identifier());
                yield new DerivedTable(queryExpression(c.queryExpression()), ids.isEmpty() ? null : ids.get(0),
                        ids.isEmpty() ? List.of() : ids.subList(1, ids.size()), c.LATERAL() != null);
            }
            case FunctionTableFactorContext c -> functionTable(c);
            case JsonTableFactorContext c -> {
                JsonTableContext j = c.jsonTable();
                Identifier alias = c.tableAlias() == null ? null : b.identifier(c.tableAlias().identifier(0));
                yield new io.retort.sql.JsonTable(b.expressions.expr(j.expr(0)), b.expressions.expr(j.expr(1)),
                        jsonColumns(j.jsonTableColumns()), alias);
            }
            case ParenthesizedTableFactorContext c -> {
                List<FromItem> items = tableReferences(c.tableReferences());
                FromItem result = items.get(0);
                for (int i = 1; i < items.size(); i++) {
                    result = new Join(result, JoinType.CROSS, items.get(i), null, List.of(), false);
                }
                yield result;
            }
            default -> throw b.failure("unsupported FROM item", ctx.getStart());
        };
    }

    private FromItem functionTable(FunctionTableFactorContext c) {
        Identifier alias = null;
        List<Identifier> columns = List.of();
        List<io.retort.sql.ColumnDefinition> definitions = List.of();
        FunctionTableAliasContext a = c.functionTableAlias();
        if (a != null) {
            List<Identifier> ids = b.identifiers(a.identifier());
            if (!a.columnDefinition().isEmpty()) {
                alias = ids.isEmpty() ? null : ids.get(0);
                definitions = new ArrayList<>();
                for (ColumnDefinitionContext d : a.columnDefinition()) {
                    definitions.add(b.ddl.columnDefinition(d));
                }
            } else {
                alias = ids.get(0);
                columns = ids.subList(1, ids.size());
            }
        }
        return new FunctionTable(b.expressions.functionCall(c.functionCall()), alias, columns, definitions,
                c.LATERAL() != null, c.ORDINALITY() != null);
    }

    private List<io.retort.sql.JsonTableColumn> jsonColumns(JsonTableColumnsContext ctx) {
        List<io.retort.sql.JsonTableColumn> out = new ArrayList<>();
        for (JsonTableColumnContext c : ctx.jsonTableColumn()) {
            out.add(switch (c) {
                case OrdinalityJsonColumnContext o -> new io.retort.sql.JsonTableColumn(b.identifier(o.identifier()), null, true,
                        false, null, List.of(), List.of());
                case PathJsonColumnContext p -> {
                    List<Option> behaviors = new ArrayList<>();
                    for (JsonColumnBehaviorContext bh : p.jsonColumnBehavior()) {
                        String what = bh.DEFAULT() != null ? "DEFAULT" : bh.NULL() != null ? "NULL" : "ERROR";
                        String when = bh.EMPTY() != null ? "EMPTY" : "ERROR";
                        behaviors.add(new Option(what + " ON " + when, bh.StringLit() == null ? null : string(bh.StringLit().getSymbol())));
                    }
                    yield new io.retort.sql.JsonTableColumn(b.identifier(p.identifier()), b.expressions.dataType(p.dataType()), false,
                            p.EXISTS() != null, string(p.StringLit().getSymbol()), behaviors, List.of());
                }
                case NestedJsonColumnContext n -> new io.retort.sql.JsonTableColumn(null, null, false, false,
                        string(n.StringLit().getSymbol()), List.of(), jsonColumns(n.jsonTableColumns()));
                default -> throw b.failure("unsupported JSON_TABLE column", c.getStart());
            });
        }
        return out;
    }

    private IndexHint indexHint(IndexHintContext h) {
        String type = ModelBuilder.upper(h.getStart().getText());
        String scope = null;
        if (h.FOR() != null) {
            scope = h.JOIN() != null ? "JOIN" : h.ORDER() != null ? "ORDER BY" : "GROUP BY";
        }
        List<Identifier> indexes = new ArrayList<>(h.indexName().size());
        for (IndexNameContext n : h.indexName()) {
            indexes.add(n.identifier() != null ? b.identifier(n.identifier()) : io.retort.sql.Identifier.of(n.getText()));
        }
        return new IndexHint(type, scope, indexes);
    }

    // ------------------------------------------------------------------ GROUP BY, windows, ORDER BY, LIMIT, locks

    private List<Expression> groupBy(GroupByClauseContext ctx) {
        List<Expression> out = new ArrayList<>(ctx.groupingElement().size());
        for (GroupingElementContext g : ctx.groupingElement()) {
            out.add(groupingElement(g));
        }
        return out;
    }

    private Expression groupingElement(GroupingElementContext g) {
        return switch (g) {
            case ExprGroupingElementContext e -> b.expressions.expr(e.expr());
            case RollupElementContext r -> new Rollup(b.expressions.exprs(r.expr()));
            case CubeElementContext c -> new io.retort.sql.Cube(b.expressions.exprs(c.expr()));
            case EmptyGroupingElementContext e -> new RowValue(List.of());
            case GroupingSetsElementContext s -> {
                List<Expression> sets = new ArrayList<>();
                for (GroupingElementContext inner : s.groupingElement()) {
                    sets.add(groupingElement(inner));
                }
                yield new GroupingSets(sets);
            }
            default -> throw b.failure("unsupported grouping element", g.getStart());
        };
    }

    WindowSpec windowSpec(WindowSpecContext ctx) {
        Identifier base = ctx.identifier() == null ? null : b.identifier(ctx.identifier());
        List<Expression> partitionBy = b.expressions.exprs(ctx.expr());
        List<OrderItem> orderBy = ctx.orderByClause() == null ? List.of() : orderBy(ctx.orderByClause());
        WindowFrame frame = null;
        FrameClauseContext f = ctx.frameClause();
        if (f != null) {
            FrameUnit unit = f.ROWS() != null ? FrameUnit.ROWS : f.RANGE() != null ? FrameUnit.RANGE : FrameUnit.GROUPS;
            List<FrameBoundContext> bounds = f.frameBound();
            FrameExclusion exclusion = null;
            if (f.frameExclusion() != null) {
                FrameExclusionContext e = f.frameExclusion();
                exclusion = e.CURRENT() != null ? FrameExclusion.CURRENT_ROW : e.GROUP() != null ? FrameExclusion.GROUP
                        : e.TIES() != null ? FrameExclusion.TIES : FrameExclusion.NO_OTHERS;
            }
            frame = new WindowFrame(unit, frameBound(bounds.get(0)), bounds.size() > 1 ? frameBound(bounds.get(1)) : null,
                    exclusion);
        }
        return new WindowSpec(base, partitionBy, orderBy, frame);
    }

    private FrameBound frameBound(FrameBoundContext ctx) {
        if (ctx.UNBOUNDED() != null) {
            return new FrameBound(ctx.PRECEDING() != null ? BoundType.UNBOUNDED_PRECEDING : BoundType.UNBOUNDED_FOLLOWING, null);
        }
        if (ctx.CURRENT() != null) {
            return new FrameBound(BoundType.CURRENT_ROW, null);
        }
        return new FrameBound(ctx.PRECEDING() != null ? BoundType.PRECEDING : BoundType.FOLLOWING,
                b.expressions.bitExpr(ctx.bitExpr()));
    }

    List<OrderItem> orderBy(OrderByClauseContext ctx) {
        List<OrderItemContext> items = ctx.orderItem();
        List<OrderItem> out = new ArrayList<>(items.size());
        for (OrderItemContext o : items) {
            out.add(orderItem(o));
        }
        return out;
    }

    OrderItem orderItem(OrderItemContext o) {
        SortOrder order = o.ASC() != null ? SortOrder.ASC : o.DESC() != null ? SortOrder.DESC : null;
        NullOrder nulls = o.NULLS() == null ? null : o.FIRST() != null ? NullOrder.FIRST : NullOrder.LAST;
        return new OrderItem(b.expressions.expr(o.expr()), order, nulls);
    }

    Limit limit(LimitClauseContext ctx) {
        return switch (ctx) {
            case LimitOffsetContext c -> {
                List<ExprContext> e = c.expr();
                if (c.Comma() != null) {
                    // MySQL's LIMIT offset, count
                    yield new Limit(b.expressions.expr(e.get(1)), b.expressions.expr(e.get(0)), false);
                }
                Expression count = c.ALL() != null ? null : b.expressions.expr(e.get(0));
                Expression offset = c.OFFSET() == null ? null : b.expressions.expr(e.get(e.size() - 1));
                yield new Limit(count, offset, false);
            }
            case OffsetFirstContext c -> {
                Expression offset = b.expressions.expr(c.expr(0));
                Expression count = null;
                boolean ties = false;
                if (c.fetchClause() != null) {
                    count = fetchCount(c.fetchClause());
                    ties = c.fetchClause().TIES() != null;
                } else if (c.expr().size() > 1) {
                    count = b.expressions.expr(c.expr(1));
                }
                yield new Limit(count, offset, ties);
            }
            case FetchOnlyContext c -> new Limit(fetchCount(c.fetchClause()), null, c.fetchClause().TIES() != null);
            default -> throw b.failure("unsupported row limit", ctx.getStart());
        };
    }

    private Expression fetchCount(FetchClauseContext f) {
        return f.expr() == null ? new NumberLiteral("1") : b.expressions.expr(f.expr());
    }

    List<LockClause> lockingClauses(List<LockingClauseContext> list, List<LockClause> existing) {
        if (list.isEmpty()) {
            return existing;
        }
        List<LockClause> out = new ArrayList<>(existing);
        for (LockingClauseContext l : list) {
            if (l.LOCK() != null) {
                out.add(new LockClause(LockStrength.LOCK_IN_SHARE_MODE, List.of(), null));
                continue;
            }
            LockStrength strength;
            if (l.NO() != null) {
                strength = LockStrength.NO_KEY_UPDATE;
            } else if (l.KEY() != null) {
                strength = LockStrength.KEY_SHARE;
            } else if (l.UPDATE() != null) {
                strength = LockStrength.UPDATE;
            } else {
                strength = LockStrength.SHARE;
            }
            LockWait wait = l.NOWAIT() != null ? LockWait.NOWAIT : l.SKIP() != null ? LockWait.SKIP_LOCKED : null;
            out.add(new LockClause(strength, b.qualifiedNames(l.tableName()), wait));
        }
        return out;
    }

    // ------------------------------------------------------------------ WITH

    With with(WithClauseContext ctx) {
        List<Cte> ctes = new ArrayList<>(ctx.cte().size());
        for (CteContext c : ctx.cte()) {
            List<Identifier> ids = b.identifiers(c.identifier());
            Boolean materialized = c.MATERIALIZED() == null ? null : c.NOT() == null;
            CteBodyContext body = c.cteBody();
            io.retort.sql.Statement statement;
            if (body.queryExpression() != null) {
                statement = queryExpression(body.queryExpression());
            } else if (body.insertStatement() != null) {
                statement = b.dml.insert(body.insertStatement());
            } else if (body.updateStatement() != null) {
                statement = b.dml.update(body.updateStatement());
            } else {
                statement = b.dml.delete(body.deleteStatement());
            }
            ctes.add(new Cte(ids.get(0), ids.subList(1, ids.size()), materialized, statement));
        }
        return new With(ctx.RECURSIVE() != null, ctes);
    }

    static boolean isKeyword(ParseTree t, int type) {
        return t instanceof TerminalNode n && n.getSymbol().getType() == type;
    }

    static Name name(List<Identifier> parts) {
        return new Name(parts);
    }
}
