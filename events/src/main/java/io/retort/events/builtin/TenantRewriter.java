package io.retort.events.builtin;

import io.retort.sql.Assignment;
import io.retort.sql.BinaryOp;
import io.retort.sql.BinaryOperator;
import io.retort.sql.ColumnRef;
import io.retort.sql.Comments;
import io.retort.sql.CreateTable;
import io.retort.sql.CreateView;
import io.retort.sql.Delete;
import io.retort.sql.DerivedTable;
import io.retort.sql.Expression;
import io.retort.sql.FromItem;
import io.retort.sql.Identifier;
import io.retort.sql.Insert;
import io.retort.sql.Join;
import io.retort.sql.Name;
import io.retort.sql.Node;
import io.retort.sql.Parameter;
import io.retort.sql.ParameterKind;
import io.retort.sql.Passthrough;
import io.retort.sql.Query;
import io.retort.sql.Select;
import io.retort.sql.Sql;
import io.retort.sql.Statement;
import io.retort.sql.TableRef;
import io.retort.sql.Truncate;
import io.retort.sql.Update;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Adds {@code <table>.tenant_id = :retort_tenant} for every reference to a tenant table, wherever it
 * is: the FROM of every query block (subqueries, derived tables, CTE bodies, set-operation branches,
 * EXISTS, IN, scalar subqueries), joins, and the tables of UPDATE and DELETE. One rewriter per input
 * statement; the result is the same tree for every tenant (the tenant is a parameter).
 *
 * <p>Where the condition goes, so that it filters the table and nothing else:
 * <ul>
 *   <li>a table on the preserved side of every join above it: the query block's WHERE;</li>
 *   <li>a table on the null-supplying side of an outer join (right of LEFT, left of RIGHT): that
 *       join's ON, so the outer rows are kept and only the tenant's rows can match;</li>
 *   <li>a table under a FULL join, under an outer NATURAL or USING join (no ON to extend), with column
 *       aliases (which could rename the tenant column), or anywhere else unusual: the table is
 *       replaced by {@code (SELECT * FROM t WHERE t.tenant_id = ?) AS t}, which is right everywhere.</li>
 * </ul>
 *
 * <p>CTE bodies are filtered like any query. A CTE named like a tenant table does not shadow it for
 * the filter: databases disagree on which one such a name means (H2 reads the table, PostgreSQL the
 * CTE), so every reference with a tenant table's name is filtered. Where it means the CTE, the CTE
 * must expose the tenant column (it does when it selects from the tenant table), or the statement
 * fails; it never reads another tenant's rows.
 */
final class TenantRewriter {

    /** A statement the filter cannot make safe; refused with this message. */
    static final class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message, null, false, false);
        }
    }

    final TenantFilterConfig config;
    final Parameter parameter;
    final List<TenantPlan.Check> checks = new ArrayList<>();
    final Set<String> touchedTables = new HashSet<>();

    private TenantRewriter(TenantFilterConfig config, Parameter parameter) {
        this.config = config;
        this.parameter = parameter;
    }

    /** The plan for {@code input}: its rewritten tree and run-time checks, or a refusal. */
    static TenantPlan plan(Statement input, TenantFilterConfig config) {
        TenantRewriter r = new TenantRewriter(config, tenantParameter(input, config.parameterName()));
        try {
            Statement output = (Statement) r.visit(input);
            if (r.touchedTables.isEmpty()) {
                return TenantPlan.untouched();
            }
            checkComments(input);
            return TenantPlan.of(output == input ? null : output, r.checks, r.touchedTables);
        } catch (Refusal e) {
            return TenantPlan.refused(e.getMessage());
        } catch (IllegalArgumentException e) {
            // a rewrite the model would not accept in that position: refuse rather than pass it unfiltered
            return TenantPlan.refused("the statement cannot be filtered: " + e.getMessage());
        }
    }

    /**
     * The tenant parameter: kind NAMED, the configured name, index 0. Index 0 is never the position of
     * an application parameter, so a driver that bound parameters by index alone would fail rather
     * than bind one of the application's values (which an attacker may choose) as the tenant; the
     * driver binds it by name, from the listener. When the statement already uses the name itself,
     * that parameter is reused.
     */
    private static Parameter tenantParameter(Statement input, String name) {
        for (Parameter p : input.findAll(Parameter.class)) {
            if (p.kind() == ParameterKind.NAMED && name.equals(p.name())) {
                return p;
            }
        }
        return new Parameter(ParameterKind.NAMED, 0, name);
    }

    // ---- traversal ----

    Node visit(Node node) {
        return switch (node) {
            case Select s -> select(s);
            case Insert i -> TenantInserts.insert(this, i);
            case Update u -> update(u);
            case Delete d -> delete(d);
            case Passthrough p -> passthrough(p);
            case Truncate t -> truncate(t);
            case CreateView v -> refuseIfReadsTenantTables(v, "CREATE VIEW");
            case CreateTable t -> t.asQuery() == null ? t : refuseIfReadsTenantTables(t, "CREATE TABLE ... AS");
            case FromItem f -> placeFrom(f, null);
            // set operations, VALUES, WITH and CTE bodies, subqueries, EXPLAIN, CALL, SET, ...
            default -> node.mapChildren(this::visit);
        };
    }

    private Select select(Select s) {
        List<Expression> where = new ArrayList<>();
        Select mapped = (Select) s.mapChildren(c -> c instanceof FromItem f ? placeFrom(f, where) : visit(c));
        return where.isEmpty() ? mapped : mapped.where(and(where));
    }

    private Update update(Update u) {
        if (updatesTenantTable(u)) {
            for (Assignment a : u.set()) {
                for (ColumnRef col : a.columns()) {
                    if (col.column().text().equalsIgnoreCase(config.column().text())) {
                        throw new Refusal("UPDATE may not set the tenant column " + col.column().text()
                                + " of a tenant table: a row cannot move to another tenant");
                    }
                }
            }
            for (String modifier : u.modifiers()) {
                if (modifier.toUpperCase(Locale.ROOT).contains("REPLACE")) {
                    throw new Refusal("UPDATE " + modifier + " on a tenant table could delete another tenant's row "
                            + "that has the same key; use a plain UPDATE");
                }
            }
        }
        List<Expression> where = new ArrayList<>();
        Update mapped = (Update) u.mapChildren(c -> c instanceof FromItem f ? placeFrom(f, where) : visit(c));
        return where.isEmpty() ? mapped : mapped.where(and(where));
    }

    private boolean updatesTenantTable(Update u) {
        for (FromItem f : u.tables()) {
            for (TableRef t : joinedTables(f)) {
                if (config.tables().matches(t.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The tables of a FROM item and its joins (not those inside derived tables). */
    static List<TableRef> joinedTables(FromItem f) {
        List<TableRef> out = new ArrayList<>();
        collectJoined(f, out);
        return out;
    }

    private static void collectJoined(FromItem f, List<TableRef> out) {
        if (f instanceof TableRef t) {
            out.add(t);
        } else if (f instanceof Join j) {
            collectJoined(j.left(), out);
            collectJoined(j.right(), out);
        }
    }

    private Delete delete(Delete d) {
        List<Expression> where = new ArrayList<>();
        Delete mapped = (Delete) d.mapChildren(c -> c instanceof FromItem f ? placeFrom(f, where) : visit(c));
        return where.isEmpty() ? mapped : mapped.where(and(where));
    }

    // ---- placing the condition ----

    /**
     * Places the tenant condition of every tenant table in {@code item}.
     *
     * @param sink where the conditions of tables on the preserved side go (a WHERE or an ON), or null
     *     to replace each tenant table by a filtered derived table
     */
    FromItem placeFrom(FromItem item, List<Expression> sink) {
        return switch (item) {
            case TableRef t -> table(t, sink);
            case Join j -> join(j, sink);
            case DerivedTable d -> {
                Query q = (Query) visit(d.query());
                yield q == d.query() ? d : new DerivedTable(q, d.alias(), d.columnAliases(), d.lateral());
            }
            default -> (FromItem) item.mapChildren(this::visit);
        };
    }

    private FromItem table(TableRef t, List<Expression> sink) {
        if (!config.tables().matches(t.name())) {
            return t;
        }
        touchedTables.add(t.name().toString());
        if (sink == null || !t.columnAliases().isEmpty()) {
            return filtered(t);
        }
        sink.add(condition(qualifier(t)));
        return t;
    }

    private FromItem join(Join j, List<Expression> sink) {
        List<Expression> on = new ArrayList<>();
        boolean noOn = j.natural() || !j.using().isEmpty();
        List<Expression> leftSink;
        List<Expression> rightSink;
        switch (j.type()) {
            case LEFT -> {
                leftSink = sink;
                rightSink = noOn ? null : on;
            }
            case RIGHT -> {
                leftSink = noOn ? null : on;
                rightSink = sink;
            }
            case FULL -> {
                leftSink = null;
                rightSink = null;
            }
            default -> {
                // inner, cross, straight: filtering before or after the join is the same
                leftSink = sink;
                rightSink = sink;
            }
        }
        FromItem left = placeFrom(j.left(), leftSink);
        FromItem right = placeFrom(j.right(), rightSink);
        Expression condition = j.on() == null ? null : (Expression) visit(j.on());
        if (!on.isEmpty()) {
            condition = condition == null ? and(on) : new BinaryOp(condition, BinaryOperator.AND, and(on));
        }
        if (left == j.left() && right == j.right() && condition == j.on()) {
            return j;
        }
        return new Join(left, j.type(), right, condition, j.using(), j.natural());
    }

    /** {@code (SELECT * FROM t WHERE t.tenant_id = ?) AS t}, keeping t's alias and column aliases. */
    private FromItem filtered(TableRef t) {
        TableRef inner = new TableRef(t.name(), null, List.of(), t.only(), t.partitions(), t.indexHints());
        Select select = Sql.select(Sql.star()).from(inner).where(condition(t.name()));
        Identifier exposed = t.alias() != null ? t.alias() : t.name().last();
        return new DerivedTable(select, exposed, t.columnAliases(), false);
    }

    /** The name a table is referred to by in its query block: its alias, else its name as written. */
    static Name qualifier(TableRef t) {
        return t.alias() != null ? new Name(List.of(t.alias())) : t.name();
    }

    /** {@code qualifier.tenant_id = :retort_tenant}. */
    Expression condition(Name qualifier) {
        return new BinaryOp(new ColumnRef(qualifier, config.column()), BinaryOperator.EQUALS, parameter);
    }

    static Expression and(List<Expression> conditions) {
        Expression result = conditions.get(0);
        for (int i = 1; i < conditions.size(); i++) {
            result = new BinaryOp(result, BinaryOperator.AND, conditions.get(i));
        }
        return result;
    }

    // ---- statements that are not filtered ----

    private Node passthrough(Passthrough p) {
        boolean refuse = switch (config.unparsed()) {
            case REFUSE -> true;
            case CHECK -> config.tables().mentionedIn(p.sql()) || p.sql().toUpperCase(Locale.ROOT).contains("U&");
        };
        if (refuse) {
            throw new Refusal("the statement could not be parsed (" + p.reason() + "), so the tenant filter cannot "
                    + "check it; rewrite it in SQL Retort parses"
                    + (config.unparsed() == TenantFilterConfig.Unparsed.REFUSE ? ", or set unparsed=check to allow "
                            + "unparsed statements that do not mention a tenant table" : ""));
        }
        return p;
    }

    private Node truncate(Truncate t) {
        for (Name n : t.tables()) {
            if (config.tables().matches(n)) {
                throw new Refusal("TRUNCATE of the tenant table " + n + " would delete every tenant's rows; "
                        + "use DELETE, which the tenant filter restricts to the current tenant");
            }
        }
        return t;
    }

    private Node refuseIfReadsTenantTables(Statement s, String what) {
        for (TableRef t : s.findAll(TableRef.class)) {
            if (config.tables().matches(t.name())) {
                throw new Refusal(what + " reading the tenant table " + t.name()
                        + " would keep every tenant's rows outside the filter; run it without the tenant filter");
            }
        }
        return s;
    }

    // ---- comments ----

    /**
     * Refuses comments that could end early in some dialect and turn the rest into SQL: a block
     * comment containing another comment opener or closer (PostgreSQL nests block comments, MySQL does
     * not), or a line comment spanning lines.
     */
    private static void checkComments(Statement input) {
        for (Statement s : input.findAll(Statement.class)) {
            Comments c = s.comments();
            checkAll(c.leading());
            checkAll(c.hints());
            checkAll(c.inner());
        }
    }

    private static void checkAll(List<String> comments) {
        for (String c : comments) {
            boolean ok;
            if (c.startsWith("/*")) {
                String body = c.substring(2, Math.max(2, c.length() - 2));
                ok = c.length() >= 4 && c.endsWith("*/") && !body.contains("*/") && !body.contains("/*");
            } else if (c.startsWith("--") || c.startsWith("#")) {
                ok = c.indexOf('\n') < 0 && c.indexOf('\r') < 0;
            } else {
                ok = false;
            }
            if (!ok) {
                throw new Refusal("the comment " + abbreviate(c) + " could be read differently by another database "
                        + "(nested or unterminated); remove it");
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
