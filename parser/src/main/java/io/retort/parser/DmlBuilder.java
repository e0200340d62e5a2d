package io.retort.parser;

import static io.retort.parser.grammar.RetortSqlParser.*;

import io.retort.sql.Assignment;
import io.retort.sql.ColumnRef;
import io.retort.sql.Comments;
import io.retort.sql.DefaultValues;
import io.retort.sql.Delete;
import io.retort.sql.Expression;
import io.retort.sql.FromItem;
import io.retort.sql.Identifier;
import io.retort.sql.Insert;
import io.retort.sql.InsertSet;
import io.retort.sql.InsertSource;
import io.retort.sql.InsertVerb;
import io.retort.sql.Limit;
import io.retort.sql.Name;
import io.retort.sql.OnConflict;
import io.retort.sql.OrderItem;
import io.retort.sql.SelectItem;
import io.retort.sql.TableRef;
import io.retort.sql.Update;
import io.retort.sql.With;
import java.util.ArrayList;
import java.util.List;

/** Builds INSERT, REPLACE, UPDATE and DELETE. */
final class DmlBuilder {

    private final ModelBuilder b;

    DmlBuilder(ModelBuilder b) {
        this.b = b;
    }

    Insert insert(InsertStatementContext ctx) {
        With with = ctx.withClause() == null ? null : b.queries.with(ctx.withClause());
        InsertVerb verb = ctx.INSERT() != null ? InsertVerb.INSERT : InsertVerb.REPLACE;
        List<String> modifiers = new ArrayList<>();
        for (InsertModifierContext m : ctx.insertModifier()) {
            modifiers.add(ModelBuilder.upper(m.getText()));
        }
        if (ctx.conflictAction() != null) {
            modifiers.add("OR " + ModelBuilder.upper(ctx.conflictAction().getText()));
        }
        Identifier tableAlias = ctx.insertAlias == null ? null : b.identifier(ctx.insertAlias);
        List<Identifier> partitions = ctx.partitionList() == null ? List.of() : b.identifiers(ctx.partitionList().identifier());
        TableRef table = new TableRef(b.tableName(ctx.tableName()), tableAlias, List.of(), false, partitions, List.of());
        List<ColumnRef> columns = new ArrayList<>(ctx.columnRef().size());
        for (ColumnRefContext c : ctx.columnRef()) {
            columns.add(b.expressions.columnRef(c));
        }
        InsertSource source = switch (ctx.insertSource()) {
            case QueryInsertSourceContext q -> b.queries.queryExpression(q.queryExpression());
            case SetInsertSourceContext s -> new InsertSet(assignments(s.assignment()));
            case DefaultValuesInsertSourceContext d -> new DefaultValues();
            default -> throw b.failure("unsupported INSERT source", ctx.insertSource().getStart());
        };
        Identifier rowAlias = null;
        List<Identifier> rowAliasColumns = List.of();
        if (ctx.rowAlias() != null) {
            List<Identifier> r = b.identifiers(ctx.rowAlias().identifier());
            rowAlias = r.get(0);
            rowAliasColumns = r.subList(1, r.size());
        }
        OnConflict onConflict = ctx.onConflictClause() == null ? null : onConflict(ctx.onConflictClause());
        List<Assignment> duplicate = ctx.onDuplicateKeyClause() == null ? List.of()
                : assignments(ctx.onDuplicateKeyClause().assignment());
        return new Insert(with, verb, modifiers, table, columns, source, rowAlias, rowAliasColumns, onConflict, duplicate,
                returning(ctx.returningClause()), b.hintsAfter(ctx.INSERT() != null ? ctx.INSERT() : ctx.REPLACE()));
    }

    private OnConflict onConflict(OnConflictClauseContext ctx) {
        List<Expression> targets = List.of();
        Expression targetWhere = null;
        Identifier constraint = null;
        ConflictTargetContext t = ctx.conflictTarget();
        if (t != null) {
            if (t.CONSTRAINT() != null) {
                constraint = b.identifier(t.identifier());
            } else {
                targets = b.expressions.exprs(t.expr());
                targetWhere = t.whereClause() == null ? null : b.expressions.expr(t.whereClause().expr());
            }
        }
        if (ctx.NOTHING() != null) {
            return new OnConflict(targets, targetWhere, constraint, true, List.of(), null);
        }
        Expression where = ctx.whereClause() == null ? null : b.expressions.expr(ctx.whereClause().expr());
        return new OnConflict(targets, targetWhere, constraint, false, assignments(ctx.assignment()), where);
    }

    List<Assignment> assignments(List<AssignmentContext> list) {
        List<Assignment> out = new ArrayList<>(list.size());
        for (AssignmentContext a : list) {
            List<ColumnRef> columns = new ArrayList<>(a.columnRef().size());
            for (ColumnRefContext c : a.columnRef()) {
                columns.add(b.expressions.columnRef(c));
            }
            out.add(new Assignment(columns, b.expressions.expr(a.expr())));
        }
        return out;
    }

    private List<SelectItem> returning(ReturningClauseContext ctx) {
        return ctx == null ? List.of() : b.queries.selectList(ctx.selectList());
    }

    Update update(UpdateStatementContext ctx) {
        With with = ctx.withClause() == null ? null : b.queries.with(ctx.withClause());
        List<String> modifiers = new ArrayList<>();
        for (UpdateModifierContext m : ctx.updateModifier()) {
            modifiers.add(ModelBuilder.upper(m.getText()));
        }
        List<FromItem> tables = b.queries.tableReferences(ctx.tableReferences());
        List<FromItem> from = ctx.fromClause() == null ? List.of() : b.queries.tableReferences(ctx.fromClause().tableReferences());
        Expression where = ctx.whereClause() == null ? null : b.expressions.expr(ctx.whereClause().expr());
        List<OrderItem> orderBy = ctx.orderByClause() == null ? List.of() : b.queries.orderBy(ctx.orderByClause());
        Limit limit = ctx.limitClause() == null ? null : b.queries.limit(ctx.limitClause());
        return new Update(with, modifiers, tables, assignments(ctx.assignment()), from, where, orderBy, limit,
                returning(ctx.returningClause()), b.hintsAfter(ctx.UPDATE()));
    }

    io.retort.sql.Delete delete(DeleteStatementContext ctx) {
        With with = ctx.withClause() == null ? null : b.queries.with(ctx.withClause());
        List<String> modifiers = new ArrayList<>();
        for (DeleteModifierContext m : ctx.deleteModifier()) {
            modifiers.add(ModelBuilder.upper(m.getText()));
        }
        List<Name> targets = List.of();
        List<FromItem> from;
        List<FromItem> using = List.of();
        List<TableReferencesContext> refs = ctx.tableReferences();
        if (!ctx.deleteTarget().isEmpty()) {
            // MySQL: DELETE t1, t2 FROM <joined tables>
            targets = new ArrayList<>();
            for (DeleteTargetContext t : ctx.deleteTarget()) {
                targets.add(b.qualifiedName(t.qualifiedName()));
            }
            from = b.queries.tableReferences(refs.get(0));
        } else if (ctx.USING() != null && b.mysql) {
            // MySQL: DELETE FROM t1, t2 USING <joined tables>
            targets = new ArrayList<>();
            for (FromItem f : b.queries.tableReferences(refs.get(0))) {
                if (!(f instanceof TableRef t)) {
                    throw b.failure("DELETE FROM ... USING names the tables to delete from", refs.get(0).getStart());
                }
                targets.add(t.name());
            }
            from = List.of();
            using = b.queries.tableReferences(refs.get(1));
        } else {
            from = b.queries.tableReferences(refs.get(0));
            if (ctx.USING() != null) {
                using = b.queries.tableReferences(refs.get(1));
            }
        }
        Expression where = ctx.whereClause() == null ? null : b.expressions.expr(ctx.whereClause().expr());
        List<OrderItem> orderBy = ctx.orderByClause() == null ? List.of() : b.queries.orderBy(ctx.orderByClause());
        Limit limit = ctx.limitClause() == null ? null : b.queries.limit(ctx.limitClause());
        return new Delete(with, modifiers, targets, from, using, where, orderBy, limit, returning(ctx.returningClause()),
                b.hintsAfter(ctx.DELETE()));
    }

    static Comments none() {
        return Comments.NONE;
    }
}
