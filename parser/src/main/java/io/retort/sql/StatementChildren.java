package io.retort.sql;

import java.util.List;

/** {@link ChildMapper} for statements. */
final class StatementChildren {

    private StatementChildren() {
    }

    static Statement map(Statement s, ChildMapper m) {
        return switch (s) {
            case Select n -> {
                With with = m.one(n.with(), With.class);
                List<Expression> distinctOn = m.list(n.distinctOn(), Expression.class);
                List<SelectItem> items = m.list(n.items(), SelectItem.class);
                Into into = m.one(n.into(), Into.class);
                List<FromItem> from = m.list(n.from(), FromItem.class);
                Expression where = m.one(n.where(), Expression.class);
                List<Expression> groupBy = m.list(n.groupBy(), Expression.class);
                Expression having = m.one(n.having(), Expression.class);
                List<NamedWindow> windows = m.list(n.windows(), NamedWindow.class);
                List<OrderItem> orderBy = m.list(n.orderBy(), OrderItem.class);
                Limit limit = m.one(n.limit(), Limit.class);
                List<LockClause> locks = m.list(n.locks(), LockClause.class);
                yield m.changed ? new Select(with, n.modifiers(), n.distinct(), distinctOn, items, into, from, where,
                        groupBy, n.withRollup(), having, windows, orderBy, limit, locks, n.comments()) : n;
            }
            case SetOperation n -> {
                With with = m.one(n.with(), With.class);
                Query left = m.one(n.left(), Query.class);
                Query right = m.one(n.right(), Query.class);
                List<OrderItem> orderBy = m.list(n.orderBy(), OrderItem.class);
                Limit limit = m.one(n.limit(), Limit.class);
                yield m.changed ? new SetOperation(with, n.operator(), n.all(), left, right, orderBy, limit,
                        n.comments()) : n;
            }
            case Values n -> {
                With with = m.one(n.with(), With.class);
                List<RowValue> rows = m.list(n.rows(), RowValue.class);
                List<OrderItem> orderBy = m.list(n.orderBy(), OrderItem.class);
                Limit limit = m.one(n.limit(), Limit.class);
                yield m.changed ? new Values(with, rows, orderBy, limit, n.comments()) : n;
            }
            case Insert n -> {
                With with = m.one(n.with(), With.class);
                TableRef table = m.one(n.table(), TableRef.class);
                List<ColumnRef> columns = m.list(n.columns(), ColumnRef.class);
                InsertSource source = m.source(n.source());
                OnConflict onConflict = m.one(n.onConflict(), OnConflict.class);
                List<Assignment> onDuplicateKeyUpdate = m.list(n.onDuplicateKeyUpdate(), Assignment.class);
                List<SelectItem> returning = m.list(n.returning(), SelectItem.class);
                yield m.changed ? new Insert(with, n.verb(), n.modifiers(), table, columns, source, n.rowAlias(),
                        n.rowAliasColumns(), onConflict, onDuplicateKeyUpdate, returning, n.comments()) : n;
            }
            case Update n -> {
                With with = m.one(n.with(), With.class);
                List<FromItem> tables = m.list(n.tables(), FromItem.class);
                List<Assignment> set = m.list(n.set(), Assignment.class);
                List<FromItem> from = m.list(n.from(), FromItem.class);
                Expression where = m.one(n.where(), Expression.class);
                List<OrderItem> orderBy = m.list(n.orderBy(), OrderItem.class);
                Limit limit = m.one(n.limit(), Limit.class);
                List<SelectItem> returning = m.list(n.returning(), SelectItem.class);
                yield m.changed ? new Update(with, n.modifiers(), tables, set, from, where, orderBy, limit, returning,
                        n.comments()) : n;
            }
            case Delete n -> {
                With with = m.one(n.with(), With.class);
                List<FromItem> from = m.list(n.from(), FromItem.class);
                List<FromItem> using = m.list(n.using(), FromItem.class);
                Expression where = m.one(n.where(), Expression.class);
                List<OrderItem> orderBy = m.list(n.orderBy(), OrderItem.class);
                Limit limit = m.one(n.limit(), Limit.class);
                List<SelectItem> returning = m.list(n.returning(), SelectItem.class);
                yield m.changed ? new Delete(with, n.modifiers(), n.targets(), from, using, where, orderBy, limit,
                        returning, n.comments()) : n;
            }
            case CreateTable n -> {
                List<TableElement> elements = m.list(n.elements(), TableElement.class);
                Query asQuery = m.one(n.asQuery(), Query.class);
                PartitionOf partitionOf = m.one(n.partitionOf(), PartitionOf.class);
                PartitionBy partitionBy = m.one(n.partitionBy(), PartitionBy.class);
                List<Option> options = m.list(n.options(), Option.class);
                yield m.changed ? new CreateTable(n.name(), n.kind(), n.ifNotExists(), elements, asQuery, partitionOf,
                        n.ofType(), partitionBy, options, n.comments()) : n;
            }
            case AlterTable n -> {
                List<AlterAction> actions = m.list(n.actions(), AlterAction.class);
                yield m.changed ? new AlterTable(n.name(), n.ifExists(), n.only(), actions, n.comments()) : n;
            }
            case DropTable n -> n;
            case CreateIndex n -> {
                List<IndexColumn> columns = m.list(n.columns(), IndexColumn.class);
                Expression where = m.one(n.where(), Expression.class);
                List<Option> options = m.list(n.options(), Option.class);
                yield m.changed ? new CreateIndex(n.name(), n.table(), n.kind(), n.concurrently(), n.ifNotExists(),
                        n.method(), columns, n.include(), where, options, n.comments()) : n;
            }
            case DropIndex n -> {
                List<Option> options = m.list(n.options(), Option.class);
                yield m.changed ? new DropIndex(n.names(), n.table(), n.concurrently(), n.ifExists(), n.behavior(),
                        options, n.comments()) : n;
            }
            case CreateView n -> {
                Query query = m.one(n.query(), Query.class);
                List<Option> options = m.list(n.options(), Option.class);
                yield m.changed ? new CreateView(n.name(), n.orReplace(), n.kind(), n.columns(), query, n.checkOption(),
                        options, n.comments()) : n;
            }
            case DropView n -> n;
            case Truncate n -> n;
            case CreateTablespace n -> {
                List<Option> options = m.list(n.options(), Option.class);
                yield m.changed ? new CreateTablespace(n.name(), n.undo(), options, n.comments()) : n;
            }
            case AlterTablespace n -> {
                List<Option> options = m.list(n.options(), Option.class);
                yield m.changed ? new AlterTablespace(n.name(), n.undo(), options, n.comments()) : n;
            }
            case DropTablespace n -> {
                List<Option> options = m.list(n.options(), Option.class);
                yield m.changed ? new DropTablespace(n.name(), n.undo(), options, n.comments()) : n;
            }
            case BeginTransaction n -> n;
            case Commit n -> n;
            case Rollback n -> n;
            case Savepoint n -> n;
            case ReleaseSavepoint n -> n;
            case PrepareTransaction n -> n;
            case CommitPrepared n -> n;
            case RollbackPrepared n -> n;
            case XaCommand n -> {
                List<Expression> xid = m.list(n.xid(), Expression.class);
                yield m.changed ? new XaCommand(n.action(), xid, n.option(), n.comments()) : n;
            }
            case SetTransaction n -> n;
            case SetStatement n -> {
                List<SetItem> items = m.list(n.items(), SetItem.class);
                yield m.changed ? new SetStatement(items, n.comments()) : n;
            }
            case SetConstraints n -> n;
            case Explain n -> {
                Statement statement = m.one(n.statement(), Statement.class);
                yield m.changed ? new Explain(n.options(), statement, n.comments()) : n;
            }
            case Use n -> n;
            case Call n -> {
                List<Expression> arguments = m.list(n.arguments(), Expression.class);
                yield m.changed ? new Call(n.procedure(), arguments, n.comments()) : n;
            }
            case Passthrough n -> n;
        };
    }
}
