package io.retort.dialect;

import io.retort.sql.*;
import java.util.List;

/** Writes INSERT, UPDATE and DELETE, including upserts and RETURNING in each database's form. */
final class DmlWriter {

    private DmlWriter() {
    }

    // ------------------------------------------------------------------ INSERT

    static void insert(RenderContext ctx, Insert i) {
        Dialect d = ctx.dialect();
        if (i.onConflict() != null && !d.supports(Capability.SUPPORTS_ON_CONFLICT) && d.supports(Capability.SUPPORTS_MERGE)) {
            MergeWriter.upsert(ctx, i);
            return;
        }
        boolean deltaTable = !i.returning().isEmpty() && d.supports(Capability.SUPPORTS_DATA_CHANGE_DELTA_TABLE);
        if (!i.returning().isEmpty()) {
            requireReturning(d, Capability.SUPPORTS_RETURNING, "INSERT ... RETURNING");
        }
        if (deltaTable) {
            deltaTableStart(ctx, i.returning(), "FINAL");
        }
        QueryWriter.with(ctx, i.with());
        if (i.verb() == InsertVerb.REPLACE) {
            if (!d.family().isMySqlFamily() && d.family() != SqlDialect.SQLITE) {
                throw new UnsupportedConstruct("REPLACE INTO", "use an upsert");
            }
            ctx.keyword("REPLACE");
        } else {
            ctx.keyword("INSERT");
        }
        StatementWriter.hints(ctx, i.comments());
        modifiers(ctx, i.modifiers());
        ctx.keyword(" INTO ");
        ctx.name(i.table().name());
        if (i.table().alias() != null) {
            if (d.family() != SqlDialect.POSTGRESQL && d.family() != SqlDialect.SQLITE) {
                throw new UnsupportedConstruct("an alias on the INSERT target", "");
            }
            ctx.keyword(" AS ").identifier(i.table().alias());
        }
        if (!i.columns().isEmpty()) {
            ctx.append(" (");
            columnNames(ctx, i.columns());
            ctx.append(')');
        }
        if (!i.returning().isEmpty() && d.supports(Capability.SUPPORTS_OUTPUT_CLAUSE)) {
            output(ctx, i.returning(), "INSERTED");
        }
        source(ctx, i);
        if (i.rowAlias() != null) {
            ExpressionWriter.require(d, Capability.SUPPORTS_INSERT_ROW_ALIAS, "a row alias (VALUES ... AS new)");
            ctx.keyword(" AS ").identifier(i.rowAlias());
            if (!i.rowAliasColumns().isEmpty()) {
                ctx.append(" (");
                QueryWriter.identifiers(ctx, i.rowAliasColumns());
                ctx.append(')');
            }
        }
        if (i.onConflict() != null) {
            onConflict(ctx, i.onConflict());
        }
        if (!i.onDuplicateKeyUpdate().isEmpty()) {
            ExpressionWriter.require(d, Capability.SUPPORTS_ON_DUPLICATE_KEY_UPDATE, "ON DUPLICATE KEY UPDATE");
            ctx.keyword(" ON DUPLICATE KEY UPDATE ");
            assignments(ctx, i.onDuplicateKeyUpdate());
        }
        returning(ctx, i.returning(), deltaTable, i.table());
    }

    private static void source(RenderContext ctx, Insert i) {
        Dialect d = ctx.dialect();
        switch (i.source()) {
            case Values v when v.with() == null && v.orderBy().isEmpty() && v.limit() == null -> {
                if (v.rows().size() > 1 && !d.supports(Capability.SUPPORTS_MULTI_ROW_VALUES)) {
                    // Oracle: INSERT INTO t (a) SELECT 1 FROM DUAL UNION ALL SELECT 2 FROM DUAL
                    for (int r = 0; r < v.rows().size(); r++) {
                        ctx.keyword(r == 0 ? " SELECT " : " UNION ALL SELECT ");
                        ExpressionWriter.list(ctx, v.rows().get(r).values());
                        ctx.keyword(" FROM DUAL");
                    }
                    return;
                }
                ctx.keyword(" VALUES ");
                QueryWriter.rows(ctx, v.rows(), false);
            }
            case Query q -> {
                ctx.append(' ');
                QueryWriter.query(ctx, q);
            }
            case InsertSet s -> {
                ExpressionWriter.requireMySql(d, "INSERT ... SET");
                ctx.keyword(" SET ");
                assignments(ctx, s.assignments());
            }
            case DefaultValues v -> ctx.keyword(d.family().isMySqlFamily() ? " VALUES ()" : " DEFAULT VALUES");
        }
    }

    private static void onConflict(RenderContext ctx, OnConflict c) {
        Dialect d = ctx.dialect();
        ExpressionWriter.require(d, Capability.SUPPORTS_ON_CONFLICT, "ON CONFLICT");
        ctx.keyword(" ON CONFLICT");
        if (c.constraint() != null) {
            if (d.family() != SqlDialect.POSTGRESQL) {
                throw new UnsupportedConstruct("ON CONFLICT ON CONSTRAINT", "name the conflict columns");
            }
            ctx.keyword(" ON CONSTRAINT ").identifier(c.constraint());
        } else if (!c.targets().isEmpty()) {
            ctx.append(" (");
            ExpressionWriter.list(ctx, c.targets());
            ctx.append(')');
            if (c.targetWhere() != null) {
                ctx.keyword(" WHERE ").expression(c.targetWhere());
            }
        } else if (!c.doNothing() && !d.supports(Capability.SUPPORTS_ON_CONFLICT_UPDATE_WITHOUT_TARGET)) {
            throw new UnsupportedConstruct("ON CONFLICT DO UPDATE without conflict columns", "");
        }
        if (c.doNothing()) {
            ctx.keyword(" DO NOTHING");
        } else {
            ctx.keyword(" DO UPDATE SET ");
            assignments(ctx, c.set());
            if (c.where() != null) {
                ctx.keyword(" WHERE ").expression(c.where());
            }
        }
    }

    // ------------------------------------------------------------------ UPDATE

    static void update(RenderContext ctx, Update u) {
        Dialect d = ctx.dialect();
        boolean deltaTable = !u.returning().isEmpty() && d.supports(Capability.SUPPORTS_DATA_CHANGE_DELTA_TABLE);
        if (!u.returning().isEmpty()) {
            requireReturning(d, Capability.SUPPORTS_UPDATE_RETURNING, "UPDATE ... RETURNING");
        }
        if (deltaTable) {
            deltaTableStart(ctx, u.returning(), "FINAL");
        }
        QueryWriter.with(ctx, u.with());
        ctx.keyword("UPDATE");
        StatementWriter.hints(ctx, u.comments());
        modifiers(ctx, u.modifiers());
        ctx.append(' ');
        if (u.tables().size() > 1 || u.tables().get(0) instanceof Join) {
            ExpressionWriter.require(d, Capability.SUPPORTS_MULTI_TABLE_DML, "a multi-table UPDATE");
        }
        QueryWriter.fromItems(ctx, u.tables());
        ctx.keyword(" SET ");
        assignments(ctx, u.set());
        if (!u.returning().isEmpty() && d.supports(Capability.SUPPORTS_OUTPUT_CLAUSE)) {
            output(ctx, u.returning(), "INSERTED");
        }
        if (!u.from().isEmpty()) {
            ExpressionWriter.require(d, Capability.SUPPORTS_UPDATE_FROM, "UPDATE ... FROM");
            ctx.keyword(" FROM ");
            QueryWriter.fromItems(ctx, u.from());
        }
        if (u.where() != null) {
            ctx.keyword(" WHERE ").expression(u.where());
        }
        orderAndLimit(ctx, u.orderBy(), u.limit(), "UPDATE");
        FromItem target = u.tables().get(0);
        returning(ctx, u.returning(), deltaTable, target instanceof TableRef t ? t : null);
    }

    // ------------------------------------------------------------------ DELETE

    static void delete(RenderContext ctx, Delete del) {
        Dialect d = ctx.dialect();
        boolean deltaTable = !del.returning().isEmpty() && d.supports(Capability.SUPPORTS_DATA_CHANGE_DELTA_TABLE);
        if (!del.returning().isEmpty()) {
            requireReturning(d, Capability.SUPPORTS_DELETE_RETURNING, "DELETE ... RETURNING");
        }
        if (deltaTable) {
            deltaTableStart(ctx, del.returning(), "OLD");
        }
        QueryWriter.with(ctx, del.with());
        ctx.keyword("DELETE");
        StatementWriter.hints(ctx, del.comments());
        modifiers(ctx, del.modifiers());
        if (!del.targets().isEmpty()) {
            ExpressionWriter.require(d, Capability.SUPPORTS_MULTI_TABLE_DML, "a multi-table DELETE");
            if (!del.using().isEmpty()) {
                ctx.keyword(" FROM ");
                names(ctx, del.targets());
                ctx.keyword(" USING ");
                QueryWriter.fromItems(ctx, del.using());
            } else {
                ctx.append(' ');
                names(ctx, del.targets());
                ctx.keyword(" FROM ");
                QueryWriter.fromItems(ctx, del.from());
            }
        } else {
            ctx.keyword(" FROM ");
            QueryWriter.fromItems(ctx, del.from());
            if (!del.returning().isEmpty() && d.supports(Capability.SUPPORTS_OUTPUT_CLAUSE)) {
                output(ctx, del.returning(), "DELETED");
            }
            if (!del.using().isEmpty()) {
                ExpressionWriter.require(d, Capability.SUPPORTS_DELETE_USING, "DELETE ... USING");
                ctx.keyword(" USING ");
                QueryWriter.fromItems(ctx, del.using());
            }
        }
        if (del.where() != null) {
            ctx.keyword(" WHERE ").expression(del.where());
        }
        orderAndLimit(ctx, del.orderBy(), del.limit(), "DELETE");
        FromItem target = del.from().isEmpty() ? null : del.from().get(0);
        returning(ctx, del.returning(), deltaTable, target instanceof TableRef t ? t : null);
    }

    // ------------------------------------------------------------------ shared parts

    static void assignments(RenderContext ctx, List<Assignment> set) {
        for (int i = 0; i < set.size(); i++) {
            if (i > 0) {
                ctx.append(", ");
            }
            Assignment a = set.get(i);
            if (a.columns().size() == 1) {
                ctx.expression(a.columns().get(0));
            } else {
                ExpressionWriter.require(ctx.dialect(), Capability.SUPPORTS_ROW_VALUES, "(a, b) = (...) in SET");
                ctx.append('(');
                ExpressionWriter.list(ctx, a.columns());
                ctx.append(')');
            }
            ctx.keyword(" = ").expression(a.value());
        }
    }

    private static void modifiers(RenderContext ctx, List<String> modifiers) {
        Dialect d = ctx.dialect();
        for (String m : modifiers) {
            boolean sqliteOr = m.startsWith("OR ");
            if (sqliteOr ? d.family() != SqlDialect.SQLITE : !d.family().isMySqlFamily()) {
                throw new UnsupportedConstruct("the " + (sqliteOr ? "SQLite" : "MySQL") + " modifier " + m, "");
            }
            ctx.append(' ').keyword(m);
        }
    }

    private static void columnNames(RenderContext ctx, List<ColumnRef> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                ctx.append(", ");
            }
            ctx.expression(columns.get(i));
        }
    }

    private static void names(RenderContext ctx, List<Name> names) {
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                ctx.append(", ");
            }
            ctx.name(names.get(i));
        }
    }

    private static void orderAndLimit(RenderContext ctx, List<OrderItem> orderBy, Limit limit, String verb) {
        if (orderBy.isEmpty() && limit == null) {
            return;
        }
        if (!ctx.dialect().family().isMySqlFamily()) {
            throw new UnsupportedConstruct(verb + " ... " + (orderBy.isEmpty() ? "LIMIT" : "ORDER BY"),
                    "restrict the rows with a key subquery");
        }
        QueryWriter.orderBy(ctx, orderBy);
        if (limit != null) {
            ctx.dialect().writeLimit(ctx, limit, !orderBy.isEmpty());
        }
    }

    private static void requireReturning(Dialect d, Capability c, String construct) {
        if (!d.supports(c) && !d.supports(Capability.SUPPORTS_OUTPUT_CLAUSE)
                && !d.supports(Capability.SUPPORTS_DATA_CHANGE_DELTA_TABLE)) {
            throw new UnsupportedConstruct(construct, "read the rows with a separate query (or use generated keys)");
        }
    }

    /** H2: {@code SELECT items FROM FINAL TABLE (} ... {@code ) alias}. */
    private static void deltaTableStart(RenderContext ctx, List<SelectItem> items, String which) {
        ctx.keyword("SELECT ");
        QueryWriter.selectItems(ctx, items);
        ctx.keyword(" FROM ").keyword(which).keyword(" TABLE (");
    }

    private static void returning(RenderContext ctx, List<SelectItem> items, boolean deltaTable, TableRef target) {
        if (items.isEmpty() || ctx.dialect().supports(Capability.SUPPORTS_OUTPUT_CLAUSE)) {
            return;
        }
        if (deltaTable) {
            ctx.append(')');
            if (target != null) {
                // Lets RETURNING items keep their qualifier: t.id reads the delta table named t.
                ctx.append(' ').identifier(target.alias() != null ? target.alias() : target.name().last());
            }
            return;
        }
        ctx.keyword(" RETURNING ");
        QueryWriter.selectItems(ctx, items);
    }

    /** SQL Server: {@code OUTPUT INSERTED.a, INSERTED.b} (column references re-qualified). */
    private static void output(RenderContext ctx, List<SelectItem> items, String pseudoTable) {
        Name pseudo = Name.of(pseudoTable);
        ctx.keyword(" OUTPUT ");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                ctx.append(", ");
            }
            SelectItem item = items.get(i);
            Expression e = (Expression) item.expression().transform(n -> switch (n) {
                case ColumnRef c -> new ColumnRef(pseudo, c.column());
                case Star s -> new Star(pseudo);
                default -> n;
            });
            ctx.expression(e);
            if (item.alias() != null) {
                ctx.keyword(" AS ").identifier(item.alias());
            }
        }
    }
}
