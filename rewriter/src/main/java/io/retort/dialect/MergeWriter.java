package io.retort.dialect;

import io.retort.sql.*;
import java.util.List;

/**
 * An upsert written as MERGE (H2, Oracle, SQL Server): the INSERT's rows become the source named
 * {@code excluded}, its conflict columns the join condition.
 *
 * <pre>
 * MERGE INTO t USING (VALUES (?, ?)) AS excluded (id, name) ON (t.id = excluded.id)
 * WHEN MATCHED THEN UPDATE SET name = excluded.name
 * WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name)
 * </pre>
 */
final class MergeWriter {

    private MergeWriter() {
    }

    static void upsert(RenderContext ctx, Insert i) {
        Dialect d = ctx.dialect();
        OnConflict c = i.onConflict();
        if (c.targets().isEmpty()) {
            throw new UnsupportedConstruct("an upsert without conflict columns", "MERGE needs them to match rows");
        }
        if (i.columns().isEmpty()) {
            throw new UnsupportedConstruct("an upsert without a column list", "name the inserted columns");
        }
        boolean oracle = d.family() == SqlDialect.ORACLE;
        TableRef table = i.table();
        Identifier target = table.alias() != null ? table.alias() : table.name().last();
        QueryWriter.with(ctx, i.with());
        ctx.keyword("MERGE");
        StatementWriter.hints(ctx, i.comments());
        ctx.keyword(" INTO ").name(table.name());
        if (table.alias() != null) {
            ctx.keyword(oracle ? " " : " AS ").identifier(table.alias());
        }
        ctx.keyword(" USING (");
        source(ctx, i, oracle);
        ctx.append(')').keyword(oracle ? " " : " AS ").keyword("excluded");
        if (!oracle) {
            ctx.append(" (");
            columns(ctx, i.columns(), null);
            ctx.append(')');
        }
        ctx.keyword(" ON (");
        for (int k = 0; k < c.targets().size(); k++) {
            if (k > 0) {
                ctx.keyword(" AND ");
            }
            ColumnRef key = (ColumnRef) c.targets().get(k);
            ctx.identifier(target).append('.').identifier(key.column()).keyword(" = excluded.").identifier(key.column());
        }
        ctx.append(')');
        if (!c.doNothing()) {
            ctx.keyword(" WHEN MATCHED");
            if (c.where() != null) {
                ctx.keyword(" AND ").expression(c.where());
            }
            ctx.keyword(" THEN UPDATE SET ");
            DmlWriter.assignments(ctx, c.set());
        }
        ctx.keyword(" WHEN NOT MATCHED THEN INSERT (");
        columns(ctx, i.columns(), null);
        ctx.keyword(") VALUES (");
        columns(ctx, i.columns(), "excluded");
        ctx.append(')');
        if (d.family() == SqlDialect.SQLSERVER) {
            ctx.append(';'); // SQL Server requires MERGE to be terminated
        }
    }

    private static void source(RenderContext ctx, Insert i, boolean oracle) {
        if (i.source() instanceof Values v && v.with() == null && v.orderBy().isEmpty() && v.limit() == null) {
            if (!oracle) {
                ctx.keyword("VALUES ");
                QueryWriter.rows(ctx, v.rows(), false);
                return;
            }
            for (int r = 0; r < v.rows().size(); r++) {
                ctx.keyword(r == 0 ? "SELECT " : " UNION ALL SELECT ");
                List<Expression> row = v.rows().get(r).values();
                for (int k = 0; k < row.size(); k++) {
                    if (k > 0) {
                        ctx.append(", ");
                    }
                    ctx.expression(row.get(k));
                    if (r == 0) {
                        ctx.append(' ').identifier(i.columns().get(k).column());
                    }
                }
                ctx.keyword(" FROM DUAL");
            }
            return;
        }
        if (i.source() instanceof Query q && !oracle) {
            QueryWriter.query(ctx, q);
            return;
        }
        throw new UnsupportedConstruct("this upsert source as MERGE", "");
    }

    private static void columns(RenderContext ctx, List<ColumnRef> columns, String qualifier) {
        for (int k = 0; k < columns.size(); k++) {
            if (k > 0) {
                ctx.append(", ");
            }
            if (qualifier != null) {
                ctx.keyword(qualifier).append('.');
            }
            ctx.identifier(columns.get(k).column());
        }
    }
}
