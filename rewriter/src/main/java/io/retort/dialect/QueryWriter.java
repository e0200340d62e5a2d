package io.retort.dialect;

import io.retort.sql.*;
import java.util.List;

/** Writes queries: SELECT, set operations, VALUES, WITH, FROM items, ORDER BY, row limits and locks. */
final class QueryWriter {

    private QueryWriter() {
    }

    /** A query nested in another statement (subquery, derived table, CTE body, INSERT source). */
    static void query(RenderContext ctx, Query q) {
        StatementWriter.leadingComments(ctx, q.comments());
        queryBody(ctx, q);
    }

    /** A query without its leading comments (already written). */
    static void queryBody(RenderContext ctx, Query q) {
        switch (q) {
            case Select s -> select(ctx, s);
            case SetOperation s -> setOperation(ctx, s);
            case Values v -> values(ctx, v);
        }
    }

    static void with(RenderContext ctx, With with) {
        if (with == null) {
            return;
        }
        Dialect d = ctx.dialect();
        if (!d.supports(Capability.SUPPORTS_CTE)) {
            throw new UnsupportedConstruct("WITH (common table expressions)", "");
        }
        ctx.keyword("WITH ");
        if (with.recursive() && d.supports(Capability.RECURSIVE_KEYWORD)) {
            ctx.keyword("RECURSIVE ");
        }
        List<Cte> ctes = with.ctes();
        for (int i = 0; i < ctes.size(); i++) {
            if (i > 0) {
                ctx.append(", ");
            }
            Cte cte = ctes.get(i);
            ctx.identifier(cte.name());
            if (!cte.columns().isEmpty()) {
                ctx.append(" (");
                identifiers(ctx, cte.columns());
                ctx.append(')');
            } else if (with.recursive() && d.supports(Capability.RECURSIVE_CTE_NEEDS_COLUMNS)) {
                throw new UnsupportedConstruct("a recursive CTE without a column list", "name its columns: "
                        + cte.name().text() + "(a, b) AS (...)");
            }
            ctx.keyword(" AS ");
            if (cte.materialized() != null) {
                if (d.family() != SqlDialect.POSTGRESQL) {
                    throw new UnsupportedConstruct("[NOT] MATERIALIZED on a CTE", "");
                }
                ctx.keyword(cte.materialized() ? "MATERIALIZED " : "NOT MATERIALIZED ");
            }
            ctx.append('(');
            if (cte.statement() instanceof Query q) {
                query(ctx, q);
            } else {
                if (d.family() != SqlDialect.POSTGRESQL) {
                    throw new UnsupportedConstruct("a data-modifying statement in WITH", "");
                }
                StatementWriter.write(ctx, cte.statement());
            }
            ctx.append(')');
        }
        ctx.append(' ');
    }

    // ------------------------------------------------------------------ SELECT

    static void select(RenderContext ctx, Select s) {
        Dialect d = ctx.dialect();
        with(ctx, s.with());
        ctx.keyword("SELECT");
        StatementWriter.hints(ctx, s.comments());
        for (String m : s.modifiers()) {
            if (!d.family().isMySqlFamily()) {
                throw new UnsupportedConstruct("the MySQL select option " + m, "");
            }
            ctx.append(' ').keyword(m);
        }
        if (s.distinct()) {
            ctx.keyword(" DISTINCT");
            if (!s.distinctOn().isEmpty()) {
                if (!d.supports(Capability.SUPPORTS_DISTINCT_ON)) {
                    throw new UnsupportedConstruct("DISTINCT ON (...)", "");
                }
                ctx.keyword(" ON (");
                ExpressionWriter.list(ctx, s.distinctOn());
                ctx.append(')');
            }
        }
        boolean limitWritten = s.limit() != null && d.writeTop(ctx, s.limit(), !s.orderBy().isEmpty());
        ctx.append(' ');
        selectItems(ctx, s.items());
        if (s.into() != null && s.into().kind() == IntoKind.TABLE) {
            into(ctx, s.into());
        }
        LockClause sqlServerLock = null;
        if (!s.locks().isEmpty() && d.writesLocksAsTableHints()) {
            sqlServerLock = s.locks().get(0);
        }
        if (!s.from().isEmpty()) {
            ctx.keyword(" FROM ");
            LockClause previous = ctx.tableLock;
            ctx.tableLock = sqlServerLock;
            fromItems(ctx, s.from());
            ctx.tableLock = previous;
        } else if (d.supports(Capability.SELECT_REQUIRES_FROM)) {
            ctx.keyword(" FROM DUAL");
        }
        if (s.where() != null) {
            ctx.keyword(" WHERE ").expression(s.where());
        }
        if (!s.groupBy().isEmpty()) {
            ctx.keyword(" GROUP BY ");
            ExpressionWriter.list(ctx, s.groupBy());
            if (s.withRollup()) {
                if (!d.family().isMySqlFamily()) {
                    throw new UnsupportedConstruct("GROUP BY ... WITH ROLLUP", "use GROUP BY ROLLUP (...)");
                }
                ctx.keyword(" WITH ROLLUP");
            }
        }
        if (s.having() != null) {
            ctx.keyword(" HAVING ").expression(s.having());
        }
        if (!s.windows().isEmpty()) {
            ctx.keyword(" WINDOW ");
            for (int i = 0; i < s.windows().size(); i++) {
                if (i > 0) {
                    ctx.append(", ");
                }
                NamedWindow w = s.windows().get(i);
                ctx.identifier(w.name()).keyword(" AS (");
                FunctionWriter.windowSpec(ctx, w.spec());
                ctx.append(')');
            }
        }
        orderBy(ctx, s.orderBy());
        if (s.limit() != null && !limitWritten) {
            d.writeLimit(ctx, s.limit(), !s.orderBy().isEmpty());
        }
        if (!s.locks().isEmpty() && sqlServerLock == null) {
            d.writeLocks(ctx, s.locks());
        }
        if (s.into() != null && s.into().kind() != IntoKind.TABLE) {
            into(ctx, s.into());
        }
    }

    static void selectItems(RenderContext ctx, List<SelectItem> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                ctx.append(", ");
            }
            SelectItem item = items.get(i);
            ctx.expression(item.expression());
            if (item.alias() != null) {
                ctx.keyword(" AS ").identifier(item.alias());
            }
        }
    }

    private static void into(RenderContext ctx, Into into) {
        Dialect d = ctx.dialect();
        switch (into.kind()) {
            case TABLE -> {
                if (d.family() != SqlDialect.POSTGRESQL) {
                    throw new UnsupportedConstruct("SELECT ... INTO table", "use CREATE TABLE ... AS SELECT");
                }
                ctx.keyword(" INTO ");
                if (into.tableKind() != null) {
                    ctx.keyword(into.tableKind()).append(' ');
                }
                ctx.name(into.table());
            }
            case VARIABLES -> {
                ExpressionWriter.requireMySql(d, "SELECT ... INTO variables");
                ctx.keyword(" INTO ");
                ExpressionWriter.list(ctx, into.variables());
            }
            case OUTFILE, DUMPFILE -> {
                ExpressionWriter.requireMySql(d, "SELECT ... INTO " + into.kind());
                ctx.keyword(" INTO ").keyword(into.kind().name()).append(' ').expression(into.file());
                for (Option o : into.fileOptions()) {
                    ctx.append(' ');
                    DdlWriter.option(ctx, o, " ");
                }
            }
        }
    }

    static void orderBy(RenderContext ctx, List<OrderItem> orderBy) {
        if (!orderBy.isEmpty()) {
            ctx.keyword(" ORDER BY ");
            FunctionWriter.orderItems(ctx, orderBy);
        }
    }

    // ------------------------------------------------------------------ set operations and VALUES

    private static void setOperation(RenderContext ctx, SetOperation s) {
        Dialect d = ctx.dialect();
        with(ctx, s.with());
        if (s.all() && s.operator() != SetOperator.UNION && !d.supports(Capability.SUPPORTS_SET_OPERATION_ALL)) {
            throw new UnsupportedConstruct(s.operator() + " ALL", "");
        }
        if (s.operator() != SetOperator.UNION && !d.supportsIntersectExcept()) {
            throw new UnsupportedConstruct(s.operator().name(), "");
        }
        setOperand(ctx, s.left(), s.operator(), true);
        ctx.append(' ').keyword(d.setOperatorKeyword(s.operator()));
        if (s.all()) {
            ctx.keyword(" ALL");
        }
        ctx.append(' ');
        setOperand(ctx, s.right(), s.operator(), false);
        orderBy(ctx, s.orderBy());
        if (s.limit() != null) {
            d.writeLimit(ctx, s.limit(), !s.orderBy().isEmpty());
        }
    }

    private static void setOperand(RenderContext ctx, Query q, SetOperator parent, boolean left) {
        boolean ownClauses = switch (q) {
            case Select s -> s.with() != null || !s.orderBy().isEmpty() || s.limit() != null || !s.locks().isEmpty();
            case SetOperation s -> s.with() != null || !s.orderBy().isEmpty() || s.limit() != null
                    || !left || s.operator() != SetOperator.INTERSECT && parent == SetOperator.INTERSECT;
            case Values v -> v.with() != null || !v.orderBy().isEmpty() || v.limit() != null;
        };
        if (!ownClauses) {
            query(ctx, q);
            return;
        }
        if (ctx.dialect().family() == SqlDialect.SQLITE) {
            // SQLite does not parenthesise compound members; a derived table says the same.
            if (q instanceof SetOperation s && left && s.with() == null && s.orderBy().isEmpty() && s.limit() == null) {
                query(ctx, q); // SQLite evaluates compounds left to right: no parentheses needed
                return;
            }
            ctx.keyword("SELECT * FROM (");
            query(ctx, q);
            ctx.append(')');
            return;
        }
        ctx.append('(');
        query(ctx, q);
        ctx.append(')');
    }

    private static void values(RenderContext ctx, Values v) {
        Dialect d = ctx.dialect();
        if (!d.supports(Capability.SUPPORTS_VALUES_QUERY)) {
            throw new UnsupportedConstruct("VALUES as a query", "use SELECT ... UNION ALL SELECT ...");
        }
        with(ctx, v.with());
        ctx.keyword("VALUES");
        StatementWriter.hints(ctx, v.comments());
        ctx.append(' ');
        rows(ctx, v.rows(), d.valuesQueryRowKeyword());
        orderBy(ctx, v.orderBy());
        if (v.limit() != null) {
            d.writeLimit(ctx, v.limit(), !v.orderBy().isEmpty());
        }
    }

    static void rows(RenderContext ctx, List<RowValue> rows, boolean rowKeyword) {
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) {
                ctx.append(", ");
            }
            if (rowKeyword) {
                ctx.keyword("ROW");
            }
            ctx.append('(');
            ExpressionWriter.list(ctx, rows.get(i).values());
            ctx.append(')');
        }
    }

    // ------------------------------------------------------------------ FROM

    static void fromItems(RenderContext ctx, List<FromItem> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                ctx.append(", ");
            }
            fromItem(ctx, items.get(i));
        }
    }

    static void fromItem(RenderContext ctx, FromItem item) {
        Dialect d = ctx.dialect();
        switch (item) {
            case TableRef t -> tableRef(ctx, t);
            case Join j -> join(ctx, j);
            case DerivedTable t -> {
                if (t.lateral()) {
                    ExpressionWriter.require(d, Capability.SUPPORTS_LATERAL, "LATERAL");
                    ctx.keyword("LATERAL ");
                }
                ExpressionWriter.subquery(ctx, t.query());
                alias(ctx, t.alias(), t.columnAliases());
            }
            case JsonTable t -> jsonTable(ctx, t);
            case FunctionTable f -> {
                if (f.lateral()) {
                    ExpressionWriter.require(d, Capability.SUPPORTS_LATERAL, "LATERAL");
                    ctx.keyword("LATERAL ");
                }
                FunctionWriter.call(ctx, f.function());
                if (f.withOrdinality()) {
                    if (d.family() != SqlDialect.POSTGRESQL) {
                        throw new UnsupportedConstruct("WITH ORDINALITY", "");
                    }
                    ctx.keyword(" WITH ORDINALITY");
                }
                if (!f.columnDefinitions().isEmpty()) {
                    if (d.family() != SqlDialect.POSTGRESQL) {
                        throw new UnsupportedConstruct("a column definition list on a table function", "");
                    }
                    if (f.alias() != null) {
                        ctx.keyword(" AS ").identifier(f.alias());
                    } else {
                        ctx.keyword(" AS");
                    }
                    ctx.append(" (");
                    for (int i = 0; i < f.columnDefinitions().size(); i++) {
                        if (i > 0) {
                            ctx.append(", ");
                        }
                        DdlWriter.columnDefinition(ctx, f.columnDefinitions().get(i));
                    }
                    ctx.append(')');
                } else {
                    alias(ctx, f.alias(), f.columnAliases());
                }
            }
        }
    }

    /** MySQL's {@code JSON_TABLE(doc, path COLUMNS (...)) AS alias}. */
    private static void jsonTable(RenderContext ctx, JsonTable t) {
        if (ctx.dialect().family() != SqlDialect.MYSQL) {
            throw new UnsupportedConstruct("JSON_TABLE", "it exists only in MySQL");
        }
        ctx.keyword("JSON_TABLE(").expression(t.document()).append(", ").expression(t.path());
        jsonColumns(ctx, t.columns());
        ctx.append(')');
        alias(ctx, t.alias(), List.of());
    }

    private static void jsonColumns(RenderContext ctx, List<JsonTableColumn> columns) {
        ctx.keyword(" COLUMNS (");
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                ctx.append(", ");
            }
            JsonTableColumn c = columns.get(i);
            if (!c.nested().isEmpty() || c.name() == null) {
                ctx.keyword("NESTED PATH ").expression(c.path());
                jsonColumns(ctx, c.nested());
                continue;
            }
            ctx.identifier(c.name());
            if (c.forOrdinality()) {
                ctx.keyword(" FOR ORDINALITY");
                continue;
            }
            ctx.append(' ');
            ctx.dialect().writeDataType(ctx, c.type(), false);
            ctx.keyword(c.exists() ? " EXISTS PATH " : " PATH ").expression(c.path());
            for (Option b : c.behaviors()) {
                if (b.name().startsWith("DEFAULT ")) {
                    ctx.keyword(" DEFAULT ").expression(b.value()).append(' ').keyword(b.name().substring(8));
                } else {
                    ctx.append(' ').keyword(b.name());
                }
            }
        }
        ctx.append(')');
    }

    static void tableRef(RenderContext ctx, TableRef t) {
        Dialect d = ctx.dialect();
        if (t.only()) {
            if (d.family() != SqlDialect.POSTGRESQL) {
                throw new UnsupportedConstruct("ONLY (excluding inherited tables)", "");
            }
            ctx.keyword("ONLY ");
        }
        ctx.name(t.name());
        if (!t.partitions().isEmpty()) {
            ExpressionWriter.requireMySql(d, "PARTITION (...) selection");
            ctx.keyword(" PARTITION (");
            identifiers(ctx, t.partitions());
            ctx.append(')');
        }
        alias(ctx, t.alias(), t.columnAliases());
        for (IndexHint h : t.indexHints()) {
            ExpressionWriter.requireMySql(d, "an index hint");
            ctx.append(' ').keyword(h.type()).keyword(" INDEX");
            if (h.scope() != null) {
                ctx.keyword(" FOR ").keyword(h.scope());
            }
            ctx.append(" (");
            identifiers(ctx, h.indexes());
            ctx.append(')');
        }
        if (ctx.tableLock != null) {
            d.writeTableLockHint(ctx, ctx.tableLock);
        }
    }

    private static void alias(RenderContext ctx, Identifier alias, List<Identifier> columns) {
        Dialect d = ctx.dialect();
        if (alias != null) {
            ctx.keyword(d.supports(Capability.SUPPORTS_TABLE_ALIAS_AS) ? " AS " : " ").identifier(alias);
        }
        if (!columns.isEmpty()) {
            ExpressionWriter.require(d, Capability.SUPPORTS_DERIVED_COLUMN_LIST, "column aliases on a table (t AS x(a, b))");
            ctx.append(" (");
            identifiers(ctx, columns);
            ctx.append(')');
        }
    }

    private static void join(RenderContext ctx, Join j) {
        Dialect d = ctx.dialect();
        fromItem(ctx, j.left());
        ctx.append(' ');
        if (j.natural()) {
            ctx.keyword("NATURAL ");
        }
        switch (j.type()) {
            case INNER -> ctx.keyword("JOIN ");
            case LEFT -> ctx.keyword("LEFT JOIN ");
            case RIGHT -> {
                ExpressionWriter.require(d, Capability.SUPPORTS_RIGHT_JOIN, "RIGHT JOIN");
                ctx.keyword("RIGHT JOIN ");
            }
            case FULL -> {
                ExpressionWriter.require(d, Capability.SUPPORTS_FULL_JOIN, "FULL JOIN");
                ctx.keyword("FULL JOIN ");
            }
            case CROSS -> ctx.keyword("CROSS JOIN ");
            case STRAIGHT -> {
                ExpressionWriter.requireMySql(d, "STRAIGHT_JOIN");
                ctx.keyword("STRAIGHT_JOIN ");
            }
        }
        if (j.right() instanceof Join) {
            ctx.append('(');
            fromItem(ctx, j.right());
            ctx.append(')');
        } else {
            fromItem(ctx, j.right());
        }
        if (j.on() != null) {
            ctx.keyword(" ON ").expression(j.on());
        } else if (!j.using().isEmpty()) {
            ctx.keyword(" USING (");
            identifiers(ctx, j.using());
            ctx.append(')');
        }
    }

    static void identifiers(RenderContext ctx, List<Identifier> ids) {
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                ctx.append(", ");
            }
            ctx.identifier(ids.get(i));
        }
    }
}
