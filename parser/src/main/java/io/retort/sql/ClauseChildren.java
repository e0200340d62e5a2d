package io.retort.sql;

import java.util.List;

/** {@link ChildMapper} for FROM items and clauses. */
final class ClauseChildren {

    private ClauseChildren() {
    }

    static FromItem fromItem(FromItem f, ChildMapper m) {
        return switch (f) {
            case TableRef n -> n;
            case Join n -> {
                FromItem left = m.one(n.left(), FromItem.class);
                FromItem right = m.one(n.right(), FromItem.class);
                Expression on = m.one(n.on(), Expression.class);
                yield m.changed ? new Join(left, n.type(), right, on, n.using(), n.natural()) : n;
            }
            case DerivedTable n -> {
                Query query = m.one(n.query(), Query.class);
                yield m.changed ? new DerivedTable(query, n.alias(), n.columnAliases(), n.lateral()) : n;
            }
            case JsonTable n -> {
                Expression document = m.one(n.document(), Expression.class);
                Expression path = m.one(n.path(), Expression.class);
                List<JsonTableColumn> columns = m.list(n.columns(), JsonTableColumn.class);
                yield m.changed ? new JsonTable(document, path, columns, n.alias()) : n;
            }
            case FunctionTable n -> {
                FunctionCall function = m.one(n.function(), FunctionCall.class);
                List<ColumnDefinition> columnDefinitions = m.list(n.columnDefinitions(), ColumnDefinition.class);
                yield m.changed ? new FunctionTable(function, n.alias(), n.columnAliases(), columnDefinitions,
                        n.lateral(), n.withOrdinality()) : n;
            }
        };
    }

    static Clause clause(Clause c, ChildMapper m) {
        return switch (c) {
            case SelectItem n -> {
                Expression expression = m.one(n.expression(), Expression.class);
                yield m.changed ? new SelectItem(expression, n.alias()) : n;
            }
            case OrderItem n -> {
                Expression expression = m.one(n.expression(), Expression.class);
                yield m.changed ? new OrderItem(expression, n.order(), n.nulls()) : n;
            }
            case WhenClause n -> {
                Expression condition = m.one(n.condition(), Expression.class);
                Expression result = m.one(n.result(), Expression.class);
                yield m.changed ? new WhenClause(condition, result) : n;
            }
            case With n -> {
                List<Cte> ctes = m.list(n.ctes(), Cte.class);
                yield m.changed ? new With(n.recursive(), ctes) : n;
            }
            case Cte n -> {
                Statement statement = m.one(n.statement(), Statement.class);
                yield m.changed ? new Cte(n.name(), n.columns(), n.materialized(), statement) : n;
            }
            case WindowSpec n -> {
                List<Expression> partitionBy = m.list(n.partitionBy(), Expression.class);
                List<OrderItem> orderBy = m.list(n.orderBy(), OrderItem.class);
                WindowFrame frame = m.one(n.frame(), WindowFrame.class);
                yield m.changed ? new WindowSpec(n.base(), partitionBy, orderBy, frame) : n;
            }
            case WindowRef n -> n;
            case NamedWindow n -> {
                WindowSpec spec = m.one(n.spec(), WindowSpec.class);
                yield m.changed ? new NamedWindow(n.name(), spec) : n;
            }
            case WindowFrame n -> {
                FrameBound start = m.one(n.start(), FrameBound.class);
                FrameBound end = m.one(n.end(), FrameBound.class);
                yield m.changed ? new WindowFrame(n.unit(), start, end, n.exclusion()) : n;
            }
            case FrameBound n -> {
                Expression offset = m.one(n.offset(), Expression.class);
                yield m.changed ? new FrameBound(n.type(), offset) : n;
            }
            case Limit n -> {
                Expression count = m.one(n.count(), Expression.class);
                Expression offset = m.one(n.offset(), Expression.class);
                yield m.changed ? new Limit(count, offset, n.withTies()) : n;
            }
            case LockClause n -> n;
            case Into n -> {
                List<Expression> variables = m.list(n.variables(), Expression.class);
                Expression file = m.one(n.file(), Expression.class);
                List<Option> fileOptions = m.list(n.fileOptions(), Option.class);
                yield m.changed ? new Into(n.kind(), variables, n.table(), n.tableKind(), file, fileOptions) : n;
            }
            case Assignment n -> {
                List<ColumnRef> columns = m.list(n.columns(), ColumnRef.class);
                Expression value = m.one(n.value(), Expression.class);
                yield m.changed ? new Assignment(columns, value) : n;
            }
            case OnConflict n -> {
                List<Expression> targets = m.list(n.targets(), Expression.class);
                Expression targetWhere = m.one(n.targetWhere(), Expression.class);
                List<Assignment> set = m.list(n.set(), Assignment.class);
                Expression where = m.one(n.where(), Expression.class);
                yield m.changed ? new OnConflict(targets, targetWhere, n.constraint(), n.doNothing(), set, where) : n;
            }
            case InsertSet n -> {
                List<Assignment> assignments = m.list(n.assignments(), Assignment.class);
                yield m.changed ? new InsertSet(assignments) : n;
            }
            case DefaultValues n -> n;
            case Option n -> {
                Expression value = m.one(n.value(), Expression.class);
                yield m.changed ? new Option(n.name(), value) : n;
            }
            case ColumnDefinition n -> {
                List<ColumnConstraint> constraints = m.list(n.constraints(), ColumnConstraint.class);
                yield m.changed ? new ColumnDefinition(n.name(), n.type(), constraints) : n;
            }
            case LikeTable n -> n;
            case ColumnNullability n -> n;
            case ColumnDefault n -> {
                Expression value = m.one(n.value(), Expression.class);
                yield m.changed ? new ColumnDefault(value) : n;
            }
            case ColumnPrimaryKey n -> n;
            case ColumnUnique n -> n;
            case ColumnCheck n -> {
                Expression condition = m.one(n.condition(), Expression.class);
                yield m.changed ? new ColumnCheck(n.constraintName(), condition, n.enforced()) : n;
            }
            case ColumnReferences n -> n;
            case ColumnAutoIncrement n -> n;
            case ColumnIdentity n -> {
                List<Option> options = m.list(n.options(), Option.class);
                yield m.changed ? new ColumnIdentity(n.always(), options) : n;
            }
            case ColumnGenerated n -> {
                Expression expression = m.one(n.expression(), Expression.class);
                yield m.changed ? new ColumnGenerated(expression, n.storage()) : n;
            }
            case ColumnCollate n -> n;
            case ColumnComment n -> n;
            case ColumnOnUpdate n -> {
                Expression value = m.one(n.value(), Expression.class);
                yield m.changed ? new ColumnOnUpdate(value) : n;
            }
            case ColumnAttribute n -> n;
            case PrimaryKey n -> {
                List<IndexColumn> columns = m.list(n.columns(), IndexColumn.class);
                List<Option> options = m.list(n.options(), Option.class);
                yield m.changed ? new PrimaryKey(n.name(), columns, options) : n;
            }
            case UniqueKey n -> {
                List<IndexColumn> columns = m.list(n.columns(), IndexColumn.class);
                List<Option> options = m.list(n.options(), Option.class);
                yield m.changed ? new UniqueKey(n.name(), n.indexName(), columns, options) : n;
            }
            case ForeignKey n -> n;
            case CheckConstraint n -> {
                Expression condition = m.one(n.condition(), Expression.class);
                yield m.changed ? new CheckConstraint(n.name(), condition, n.enforced()) : n;
            }
            case IndexDefinition n -> {
                List<IndexColumn> columns = m.list(n.columns(), IndexColumn.class);
                List<Option> options = m.list(n.options(), Option.class);
                yield m.changed ? new IndexDefinition(n.kind(), n.name(), columns, options) : n;
            }
            case IndexColumn n -> {
                Expression expression = m.one(n.expression(), Expression.class);
                yield m.changed ? new IndexColumn(expression, n.length(), n.order(), n.nulls()) : n;
            }
            case PartitionBy n -> {
                List<Expression> expressions = m.list(n.expressions(), Expression.class);
                Expression partitions = m.one(n.partitions(), Expression.class);
                yield m.changed ? new PartitionBy(n.method(), expressions, partitions) : n;
            }
            case PartitionBound n -> {
                List<Expression> values = m.list(n.values(), Expression.class);
                List<Expression> to = m.list(n.to(), Expression.class);
                yield m.changed ? new PartitionBound(n.kind(), values, to) : n;
            }
            case PartitionOf n -> {
                PartitionBound bound = m.one(n.bound(), PartitionBound.class);
                yield m.changed ? new PartitionOf(n.parent(), bound) : n;
            }
            case AddColumn n -> {
                ColumnDefinition column = m.one(n.column(), ColumnDefinition.class);
                yield m.changed ? new AddColumn(column, n.ifNotExists(), n.position()) : n;
            }
            case DropColumn n -> n;
            case ModifyColumn n -> {
                ColumnDefinition column = m.one(n.column(), ColumnDefinition.class);
                yield m.changed ? new ModifyColumn(column, n.position()) : n;
            }
            case ChangeColumn n -> {
                ColumnDefinition column = m.one(n.column(), ColumnDefinition.class);
                yield m.changed ? new ChangeColumn(n.oldName(), column, n.position()) : n;
            }
            case RenameColumn n -> n;
            case AlterColumn n -> {
                Expression expression = m.one(n.expression(), Expression.class);
                yield m.changed ? new AlterColumn(n.column(), n.kind(), n.type(), expression) : n;
            }
            case AddConstraint n -> {
                TableConstraint constraint = m.one(n.constraint(), TableConstraint.class);
                yield m.changed ? new AddConstraint(constraint, n.notValid()) : n;
            }
            case DropConstraint n -> n;
            case RenameTable n -> n;
            case RenameObject n -> n;
            case TableOptionAction n -> {
                Option option = m.one(n.option(), Option.class);
                yield m.changed ? new TableOptionAction(option) : n;
            }
            case SetStorageParameters n -> {
                List<Option> parameters = m.list(n.parameters(), Option.class);
                yield m.changed ? new SetStorageParameters(n.reset(), parameters) : n;
            }
            case AlterOrderBy n -> {
                List<OrderItem> orderBy = m.list(n.orderBy(), OrderItem.class);
                yield m.changed ? new AlterOrderBy(orderBy) : n;
            }
            case ConvertCharset n -> {
                Expression charset = m.one(n.charset(), Expression.class);
                yield m.changed ? new ConvertCharset(charset, n.collation()) : n;
            }
            case AttachPartition n -> {
                PartitionBound bound = m.one(n.bound(), PartitionBound.class);
                yield m.changed ? new AttachPartition(n.partition(), bound) : n;
            }
            case DetachPartition n -> n;
            case PartitionByAction n -> {
                PartitionBy partitionBy = m.one(n.partitionBy(), PartitionBy.class);
                yield m.changed ? new PartitionByAction(partitionBy) : n;
            }
            case JsonTableColumn n -> {
                Expression path = m.one(n.path(), Expression.class);
                List<Option> behaviors = m.list(n.behaviors(), Option.class);
                List<JsonTableColumn> nested = m.list(n.nested(), JsonTableColumn.class);
                yield m.changed ? new JsonTableColumn(n.name(), n.type(), n.forOrdinality(), n.exists(), path,
                        behaviors, nested) : n;
            }
            case SetVariable n -> {
                Variable variable = m.one(n.variable(), Variable.class);
                List<Expression> values = m.list(n.values(), Expression.class);
                yield m.changed ? new SetVariable(variable, values) : n;
            }
            case SetNames n -> {
                Expression charset = m.one(n.charset(), Expression.class);
                Expression collation = m.one(n.collation(), Expression.class);
                yield m.changed ? new SetNames(n.names(), charset, collation) : n;
            }
            case SetTimeZone n -> {
                Expression zone = m.one(n.zone(), Expression.class);
                yield m.changed ? new SetTimeZone(n.scope(), zone) : n;
            }
        };
    }
}
