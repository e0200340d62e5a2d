package io.retort.parser;

import static io.retort.parser.grammar.RetortSqlParser.*;

import io.retort.sql.AddColumn;
import io.retort.sql.AddConstraint;
import io.retort.sql.AlterAction;
import io.retort.sql.AlterColumn;
import io.retort.sql.AlterColumnKind;
import io.retort.sql.AlterOrderBy;
import io.retort.sql.AlterTable;
import io.retort.sql.AlterTablespace;
import io.retort.sql.AttachPartition;
import io.retort.sql.BooleanLiteral;
import io.retort.sql.ChangeColumn;
import io.retort.sql.CheckConstraint;
import io.retort.sql.ColumnAttribute;
import io.retort.sql.ColumnAutoIncrement;
import io.retort.sql.ColumnCheck;
import io.retort.sql.ColumnCollate;
import io.retort.sql.ColumnComment;
import io.retort.sql.ColumnConstraint;
import io.retort.sql.ColumnDefault;
import io.retort.sql.ColumnDefinition;
import io.retort.sql.ColumnGenerated;
import io.retort.sql.ColumnIdentity;
import io.retort.sql.ColumnNullability;
import io.retort.sql.ColumnOnUpdate;
import io.retort.sql.ColumnPosition;
import io.retort.sql.ColumnPrimaryKey;
import io.retort.sql.ColumnReferences;
import io.retort.sql.ColumnUnique;
import io.retort.sql.Comments;
import io.retort.sql.ConvertCharset;
import io.retort.sql.CreateIndex;
import io.retort.sql.CreateTable;
import io.retort.sql.CreateTablespace;
import io.retort.sql.CreateView;
import io.retort.sql.DetachPartition;
import io.retort.sql.DropBehavior;
import io.retort.sql.DropColumn;
import io.retort.sql.DropConstraint;
import io.retort.sql.DropIndex;
import io.retort.sql.DropTable;
import io.retort.sql.DropTablespace;
import io.retort.sql.DropView;
import io.retort.sql.Expression;
import io.retort.sql.ForeignKey;
import io.retort.sql.ForeignKeyReference;
import io.retort.sql.Identifier;
import io.retort.sql.IndexColumn;
import io.retort.sql.IndexDefinition;
import io.retort.sql.Keyword;
import io.retort.sql.LikeTable;
import io.retort.sql.ModifyColumn;
import io.retort.sql.Name;
import io.retort.sql.NullOrder;
import io.retort.sql.NumberLiteral;
import io.retort.sql.Option;
import io.retort.sql.PartitionBound;
import io.retort.sql.PartitionBy;
import io.retort.sql.PartitionByAction;
import io.retort.sql.PartitionOf;
import io.retort.sql.PrimaryKey;
import io.retort.sql.Query;
import io.retort.sql.ReferentialAction;
import io.retort.sql.RenameColumn;
import io.retort.sql.RenameObject;
import io.retort.sql.RenameTable;
import io.retort.sql.SetStorageParameters;
import io.retort.sql.SortOrder;
import io.retort.sql.StringLiteral;
import io.retort.sql.TableConstraint;
import io.retort.sql.TableElement;
import io.retort.sql.TableOptionAction;
import io.retort.sql.Truncate;
import io.retort.sql.UniqueKey;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds DDL: CREATE/ALTER/DROP TABLE, INDEX, VIEW, TABLESPACE and TRUNCATE. */
final class DdlBuilder {

    private final ModelBuilder b;

    DdlBuilder(ModelBuilder b) {
        this.b = b;
    }

    CreateTable createTable(CreateTableStatementContext ctx) {
        Name name = b.tableName(ctx.tableName(0));
        String kind = ctx.tableKind() == null ? null : ModelBuilder.words(ctx.tableKind());
        List<TableElement> elements = new ArrayList<>();
        for (TableElementContext e : ctx.tableElement()) {
            elements.add(tableElement(e));
        }
        PartitionOf partitionOf = null;
        Name ofType = null;
        if (ctx.LIKE() != null) {
            elements.add(new LikeTable(b.tableName(ctx.tableName(1))));
        } else if (ctx.PARTITION() != null) {
            partitionOf = new PartitionOf(b.tableName(ctx.tableName(1)), partitionBound(ctx.partitionBound()));
        } else if (ctx.OF() != null) {
            ofType = Name.of(b.identifier(ctx.identifier()));
        }
        List<Option> options = new ArrayList<>();
        PartitionBy partitionBy = null;
        for (TableTailContext t : ctx.tableTail()) {
            if (t.partitionByClause() != null) {
                partitionBy = partitionBy(t.partitionByClause());
            } else {
                options.add(tableOption(t.tableOption()));
            }
        }
        Query asQuery = ctx.queryExpression() == null ? null : b.queries.queryExpression(ctx.queryExpression());
        return new CreateTable(name, kind, ctx.IF() != null, elements, asQuery, partitionOf, ofType, partitionBy, options,
                Comments.NONE);
    }

    private TableElement tableElement(TableElementContext ctx) {
        if (ctx.tableConstraint() != null) {
            return tableConstraint(ctx.tableConstraint());
        }
        if (ctx.LIKE() != null) {
            return new LikeTable(b.tableName(ctx.tableName()));
        }
        return columnDefinition(ctx.columnDefinition());
    }

    ColumnDefinition columnDefinition(ColumnDefinitionContext ctx) {
        List<ColumnConstraint> constraints = new ArrayList<>(ctx.columnConstraint().size());
        for (ColumnConstraintContext c : ctx.columnConstraint()) {
            constraints.add(columnConstraint(c));
        }
        return new ColumnDefinition(b.identifier(ctx.identifier()),
                ctx.dataType() == null ? null : b.expressions.dataType(ctx.dataType()), constraints);
    }

    private ColumnConstraint columnConstraint(ColumnConstraintContext ctx) {
        return switch (ctx) {
            case PrimaryKeyColumnConstraintContext c -> new ColumnPrimaryKey(constraintName(c.identifier()),
                    c.ASC() != null ? SortOrder.ASC : c.DESC() != null ? SortOrder.DESC : null);
            case UniqueColumnConstraintContext c -> new ColumnUnique(constraintName(c.identifier()));
            case CheckColumnConstraintContext c -> new ColumnCheck(constraintName(c.identifier()), b.expressions.expr(c.expr()),
                    c.ENFORCED() == null || c.NOT() == null);
            case ReferencesColumnConstraintContext c -> new ColumnReferences(constraintName(c.identifier()),
                    reference(c.referenceSpec()));
            case NotNullColumnConstraintContext c -> new ColumnNullability(false);
            case NullColumnConstraintContext c -> new ColumnNullability(true);
            case KeyColumnConstraintContext c -> new ColumnPrimaryKey(null, null);
            case DefaultColumnConstraintContext c -> new ColumnDefault(b.expressions.bitExpr(c.bitExpr()));
            case AutoIncrementColumnConstraintContext c -> new ColumnAutoIncrement();
            case IdentityColumnConstraintContext c -> {
                List<Option> options = new ArrayList<>();
                for (SequenceOptionContext o : c.sequenceOption()) {
                    StringBuilder name = new StringBuilder();
                    for (IdentifierContext id : o.identifier()) {
                        if (!name.isEmpty()) {
                            name.append(' ');
                        }
                        name.append(ModelBuilder.upper(id.getText()));
                    }
                    Expression value = o.Integer() == null ? null
                            : new NumberLiteral((o.Minus() != null ? "-" : "") + o.Integer().getText());
                    options.add(new Option(name.toString(), value));
                }
                yield new ColumnIdentity(c.ALWAYS() != null, options);
            }
            case GeneratedColumnConstraintContext c -> new ColumnGenerated(b.expressions.expr(c.expr()),
                    c.STORED() != null ? "STORED" : c.VIRTUAL() != null ? "VIRTUAL" : null);
            case CollateColumnConstraintContext c -> new ColumnCollate(b.expressions.collation(c.collationName()));
            case CommentColumnConstraintContext c -> new ColumnComment(b.stringValue(c.StringLit().getSymbol()));
            case OnUpdateColumnConstraintContext c -> new ColumnOnUpdate(b.expressions.expr(c.expr()));
            case VisibilityColumnConstraintContext c -> new ColumnAttribute(ModelBuilder.upper(c.getText()));
            case StorageColumnConstraintContext c -> new ColumnAttribute(ModelBuilder.words(c));
            case SridColumnConstraintContext c -> new ColumnAttribute(ModelBuilder.words(c));
            default -> throw b.failure("unsupported column constraint", ctx.getStart());
        };
    }

    private Identifier constraintName(IdentifierContext ctx) {
        return ctx == null ? null : b.identifier(ctx);
    }

    private ForeignKeyReference reference(ReferenceSpecContext ctx) {
        ReferentialAction onDelete = null;
        ReferentialAction onUpdate = null;
        for (ReferentialTriggerContext t : ctx.referentialTrigger()) {
            ReferentialActionContext a = t.referentialAction();
            ReferentialAction action = a.CASCADE() != null ? ReferentialAction.CASCADE
                    : a.RESTRICT() != null ? ReferentialAction.RESTRICT
                    : a.NO() != null ? ReferentialAction.NO_ACTION
                    : a.NULL() != null ? ReferentialAction.SET_NULL : ReferentialAction.SET_DEFAULT;
            if (t.DELETE() != null) {
                onDelete = action;
            } else {
                onUpdate = action;
            }
        }
        List<IdentifierContext> ids = ctx.identifier();
        String match = null;
        List<Identifier> columns = b.identifiers(ids);
        if (ctx.MATCH() != null) {
            if (ctx.FULL() != null) {
                match = "FULL";
            } else {
                match = ModelBuilder.upper(ids.get(ids.size() - 1).getText());
                columns = columns.subList(0, columns.size() - 1);
            }
        }
        return new ForeignKeyReference(b.tableName(ctx.tableName()), columns, onDelete, onUpdate, match);
    }

    TableConstraint tableConstraint(TableConstraintContext ctx) {
        return switch (ctx) {
            case PrimaryKeyConstraintContext c -> new PrimaryKey(c.CONSTRAINT() == null ? null : optional(c.identifier()),
                    indexColumns(c.indexColumn()), indexOptions(c.indexType(), c.indexOption()));
            case UniqueConstraintContext c -> {
                List<IdentifierContext> ids = c.identifier();
                Identifier constraint = null;
                Identifier index = null;
                int i = 0;
                if (c.CONSTRAINT() != null && !ids.isEmpty() && ids.get(0).getStart().getTokenIndex() < c.UNIQUE().getSymbol().getTokenIndex()) {
                    constraint = b.identifier(ids.get(i++));
                }
                if (i < ids.size()) {
                    index = b.identifier(ids.get(i));
                }
                yield new UniqueKey(constraint, index, indexColumns(c.indexColumn()), indexOptions(c.indexType(), c.indexOption()));
            }
            case ForeignKeyConstraintContext c -> {
                List<IdentifierContext> ids = c.identifier();
                int first = 0;
                Identifier constraint = null;
                int foreign = c.FOREIGN().getSymbol().getTokenIndex();
                if (c.CONSTRAINT() != null && !ids.isEmpty() && ids.get(0).getStart().getTokenIndex() < foreign) {
                    constraint = b.identifier(ids.get(0));
                    first = 1;
                }
                // an index name may follow FOREIGN KEY before the parenthesised columns (MySQL)
                int lparen = c.LParen().getSymbol().getTokenIndex();
                List<Identifier> columns = new ArrayList<>();
                for (int i = first; i < ids.size(); i++) {
                    if (ids.get(i).getStart().getTokenIndex() > lparen) {
                        columns.add(b.identifier(ids.get(i)));
                    }
                }
                yield new ForeignKey(constraint, columns, reference(c.referenceSpec()));
            }
            case CheckConstraintContext c -> new CheckConstraint(c.CONSTRAINT() == null ? null : optional(c.identifier()),
                    b.expressions.expr(c.expr()), c.ENFORCED() == null || c.NOT() == null);
            case IndexConstraintContext c -> {
                String kind = c.FULLTEXT() != null ? "FULLTEXT" : c.SPATIAL() != null ? "SPATIAL"
                        : ModelBuilder.upper(c.getStart().getText());
                yield new IndexDefinition(kind, optional(c.identifier()), indexColumns(c.indexColumn()),
                        indexOptions(c.indexType(), c.indexOption()));
            }
            default -> throw b.failure("unsupported table constraint", ctx.getStart());
        };
    }

    private Identifier optional(IdentifierContext ctx) {
        return ctx == null ? null : b.identifier(ctx);
    }

    List<IndexColumn> indexColumns(List<IndexColumnContext> list) {
        List<IndexColumn> out = new ArrayList<>(list.size());
        for (IndexColumnContext c : list) {
            SortOrder order = c.ASC() != null ? SortOrder.ASC : c.DESC() != null ? SortOrder.DESC : null;
            NullOrder nulls = c.NULLS() == null ? null : c.FIRST() != null ? NullOrder.FIRST : NullOrder.LAST;
            if (c.identifier() != null) {
                out.add(new IndexColumn(new io.retort.sql.ColumnRef(null, b.identifier(c.identifier())),
                        java.lang.Integer.valueOf(c.Integer().getText()), order, nulls));
            } else {
                out.add(new IndexColumn(b.expressions.expr(c.expr()), null, order, nulls));
            }
        }
        return out;
    }

    private List<Option> indexOptions(IndexTypeContext type, List<IndexOptionContext> options) {
        List<Option> out = new ArrayList<>();
        if (type != null) {
            out.add(new Option("USING", new Keyword(ModelBuilder.upper(type.identifier().getText()))));
        }
        for (IndexOptionContext o : options) {
            out.add(indexOption(o));
        }
        return out;
    }

    private Option indexOption(IndexOptionContext o) {
        if (o.indexType() != null) {
            return new Option("USING", new Keyword(ModelBuilder.upper(o.indexType().identifier().getText())));
        }
        if (o.COMMENT() != null) {
            return new Option("COMMENT", new StringLiteral(b.stringValue(o.StringLit().getSymbol()), null));
        }
        if (o.VISIBLE() != null || o.INVISIBLE() != null) {
            return new Option(ModelBuilder.upper(o.getText()), null);
        }
        return new Option(ModelBuilder.upper(o.identifier().getText()), optionValue(o.optionValue()));
    }

    Option tableOption(TableOptionContext ctx) {
        return switch (ctx) {
            case CharsetTableOptionContext c -> new Option((c.DEFAULT().size() > (isDefaultValue(c) ? 1 : 0) ? "DEFAULT " : "")
                    + "CHARACTER SET", charsetValue(c.getChild(c.getChildCount() - 1)));
            case CollateTableOptionContext c -> new Option((c.DEFAULT() != null ? "DEFAULT " : "") + "COLLATE",
                    charsetValue(c.getChild(c.getChildCount() - 1)));
            case CommentTableOptionContext c -> new Option("COMMENT", new StringLiteral(b.stringValue(c.StringLit().getSymbol()), null));
            case StartTransactionTableOptionContext c -> new Option("START TRANSACTION", null);
            case StorageTableOptionContext c -> new Option("WITH", storageParameters(c.storageParameter()));
            case InheritsTableOptionContext c -> new Option("INHERITS", new Keyword(joinNames(c.tableName())));
            case TablespaceTableOptionContext c -> new Option("TABLESPACE", new Keyword(c.identifier().getText()));
            case OnCommitTableOptionContext c -> new Option("ON COMMIT", new Keyword(
                    c.DROP() != null ? "DROP" : c.DELETE() != null ? "DELETE ROWS" : "PRESERVE ROWS"));
            case UsingTableOptionContext c -> new Option("USING", new Keyword(c.identifier().getText()));
            case GenericTableOptionContext c -> new Option(ModelBuilder.upper(c.identifier().getText()), optionValue(c.optionValue()));
            default -> throw b.failure("unsupported table option", ctx.getStart());
        };
    }

    private static boolean isDefaultValue(CharsetTableOptionContext c) {
        ParseTree last = c.getChild(c.getChildCount() - 1);
        return last instanceof TerminalNode t && t.getSymbol().getType() == DEFAULT;
    }

    private Expression charsetValue(ParseTree value) {
        if (value instanceof TerminalNode t && t.getSymbol().getType() == StringLit) {
            return new StringLiteral(b.stringValue(t.getSymbol()), null);
        }
        return new Keyword(value.getText());
    }

    /** PostgreSQL storage parameters {@code (a = 1, b)} as one keyword value {@code a=1, b}. */
    private Keyword storageParameters(List<StorageParameterContext> list) {
        StringBuilder sb = new StringBuilder();
        for (StorageParameterContext p : list) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(b.qualifiedName(p.qualifiedName()));
            if (p.optionValue() != null) {
                sb.append('=').append(p.optionValue().getText());
            }
        }
        return new Keyword(sb.toString());
    }

    private List<Option> storageParameterOptions(List<StorageParameterContext> list) {
        List<Option> out = new ArrayList<>(list.size());
        for (StorageParameterContext p : list) {
            out.add(new Option(b.qualifiedName(p.qualifiedName()).toString(),
                    p.optionValue() == null ? null : optionValue(p.optionValue())));
        }
        return out;
    }

    private String joinNames(List<TableNameContext> names) {
        StringBuilder sb = new StringBuilder();
        for (TableNameContext n : names) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(b.tableName(n));
        }
        return sb.toString();
    }

    Expression optionValue(OptionValueContext ctx) {
        Token t = ctx.getStart();
        return switch (t.getType()) {
            case StringLit -> new StringLiteral(b.stringValue(t), null);
            case io.retort.parser.grammar.RetortSqlParser.Integer, Decimal -> new NumberLiteral(t.getText());
            case Minus -> new NumberLiteral("-" + ctx.Integer().getText());
            case TRUE -> new BooleanLiteral(true);
            case FALSE -> new BooleanLiteral(false);
            default -> new Keyword(ctx.getText());
        };
    }

    private PartitionBy partitionBy(PartitionByClauseContext ctx) {
        return new PartitionBy(ModelBuilder.words(ctx.partitionMethod()), b.expressions.exprs(ctx.expr()),
                ctx.Integer() == null ? null : new NumberLiteral(ctx.Integer().getText()));
    }

    private PartitionBound partitionBound(PartitionBoundContext ctx) {
        if (ctx == null) {
            return null;
        }
        return switch (ctx) {
            case InPartitionBoundContext c -> new PartitionBound("IN", b.expressions.exprs(c.expr()), List.of());
            case RangePartitionBoundContext c -> {
                int to = c.TO().getSymbol().getTokenIndex();
                List<Expression> from = new ArrayList<>();
                List<Expression> upto = new ArrayList<>();
                for (ExprContext e : c.expr()) {
                    (e.getStart().getTokenIndex() < to ? from : upto).add(b.expressions.expr(e));
                }
                yield new PartitionBound("FROM_TO", from, upto);
            }
            case HashPartitionBoundContext c -> new PartitionBound("WITH",
                    List.of(new NumberLiteral(c.Integer(0).getText()), new NumberLiteral(c.Integer(1).getText())), List.of());
            case DefaultPartitionBoundContext c -> new PartitionBound("DEFAULT", List.of(), List.of());
            default -> throw b.failure("unsupported partition bound", ctx.getStart());
        };
    }

    // ------------------------------------------------------------------ ALTER TABLE

    AlterTable alterTable(AlterTableStatementContext ctx) {
        List<AlterAction> actions = new ArrayList<>();
        for (AlterActionContext a : ctx.alterAction()) {
            alterAction(a, actions);
        }
        return new AlterTable(b.tableName(ctx.tableName()), ctx.IF() != null, ctx.ONLY() != null, actions, Comments.NONE);
    }

    private void alterAction(AlterActionContext ctx, List<AlterAction> out) {
        switch (ctx) {
            case AddColumnActionContext c -> out.add(new AddColumn(columnDefinition(c.columnDefinition()), c.IF() != null,
                    position(c.columnPosition())));
            case AddColumnsActionContext c -> {
                for (ColumnDefinitionContext d : c.columnDefinition()) {
                    out.add(new AddColumn(columnDefinition(d), false, null));
                }
            }
            case AddConstraintActionContext c -> out.add(new AddConstraint(tableConstraint(c.tableConstraint()), c.VALID() != null));
            case DropConstraintActionContext c -> out.add(new DropConstraint(c.CHECK() != null ? "CHECK" : "CONSTRAINT",
                    b.identifier(c.identifier()), c.IF() != null, behavior(c.CASCADE(), c.RESTRICT())));
            case DropPrimaryKeyActionContext c -> out.add(new DropConstraint("PRIMARY KEY", null, false, null));
            case DropForeignKeyActionContext c -> out.add(new DropConstraint("FOREIGN KEY", b.identifier(c.identifier()), false, null));
            case DropIndexActionContext c -> out.add(new DropConstraint(ModelBuilder.upper(c.getChild(1).getText()),
                    b.identifier(c.identifier()), false, null));
            case DropColumnActionContext c -> out.add(new DropColumn(b.identifier(c.identifier()), c.IF() != null,
                    behavior(c.CASCADE(), c.RESTRICT())));
            case ModifyColumnActionContext c -> out.add(new ModifyColumn(columnDefinition(c.columnDefinition()),
                    position(c.columnPosition())));
            case ChangeColumnActionContext c -> out.add(new ChangeColumn(b.identifier(c.identifier()),
                    columnDefinition(c.columnDefinition()), position(c.columnPosition())));
            case RenameColumnActionContext c -> out.add(new RenameColumn(b.identifier(c.identifier(0)), b.identifier(c.identifier(1))));
            case RenameObjectActionContext c -> out.add(new RenameObject(ModelBuilder.upper(c.getChild(1).getText()),
                    b.identifier(c.identifier(0)), b.identifier(c.identifier(1))));
            case RenameTableActionContext c -> out.add(new RenameTable(b.tableName(c.tableName())));
            case AlterColumnAlterActionContext c -> out.add(alterColumn(b.identifier(c.identifier()), c.alterColumnAction()));
            case ConvertActionContext c -> out.add(new ConvertCharset(
                    c.DEFAULT() != null ? new Keyword("DEFAULT") : new Keyword(c.identifier(0).getText()),
                    c.COLLATE() == null ? null : b.identifier(c.identifier(c.identifier().size() - 1))));
            case StorageActionContext c -> out.add(new SetStorageParameters(c.RESET() != null, storageParameterOptions(c.storageParameter())));
            case OrderByActionContext c -> {
                List<io.retort.sql.OrderItem> items = new ArrayList<>();
                for (OrderItemContext o : c.orderItem()) {
                    items.add(b.queries.orderItem(o));
                }
                out.add(new AlterOrderBy(items));
            }
            case AttachPartitionActionContext c -> out.add(new AttachPartition(b.tableName(c.tableName()), partitionBound(c.partitionBound())));
            case DetachPartitionActionContext c -> out.add(new DetachPartition(b.tableName(c.tableName()),
                    c.CONCURRENTLY() != null ? "CONCURRENTLY" : c.FINALIZE() != null ? "FINALIZE" : null));
            case PartitionByActionContext c -> out.add(new PartitionByAction(partitionBy(c.partitionByClause())));
            case ForceActionContext c -> out.add(new TableOptionAction(new Option("FORCE", null)));
            case AlgorithmActionContext c -> out.add(new TableOptionAction(new Option(ModelBuilder.upper(c.getStart().getText()),
                    new Keyword(c.identifier() != null ? c.identifier().getText() : "DEFAULT"))));
            case SetSchemaActionContext c -> out.add(new TableOptionAction(new Option("SET SCHEMA", new Keyword(c.identifier().getText()))));
            case SetAccessMethodActionContext c -> out.add(new TableOptionAction(new Option("SET ACCESS METHOD",
                    new Keyword(c.identifier().getText()))));
            case SetTablespaceActionContext c -> out.add(new TableOptionAction(new Option("SET TABLESPACE",
                    new Keyword(c.identifier().getText()))));
            case OwnerActionContext c -> out.add(new TableOptionAction(new Option("OWNER TO", new Keyword(c.identifier().getText()))));
            case TableOptionActionContext c -> out.add(new TableOptionAction(tableOption(c.tableOption())));
            default -> throw b.failure("unsupported ALTER TABLE action", ctx.getStart());
        }
    }

    private AlterColumn alterColumn(Identifier column, AlterColumnActionContext ctx) {
        return switch (ctx) {
            case SetDefaultAlterContext c -> new AlterColumn(column, AlterColumnKind.SET_DEFAULT, null, b.expressions.bitExpr(c.bitExpr()));
            case DropDefaultAlterContext c -> new AlterColumn(column, AlterColumnKind.DROP_DEFAULT, null, null);
            case SetNotNullAlterContext c -> new AlterColumn(column, AlterColumnKind.SET_NOT_NULL, null, null);
            case DropNotNullAlterContext c -> new AlterColumn(column, AlterColumnKind.DROP_NOT_NULL, null, null);
            case SetTypeAlterContext c -> new AlterColumn(column, AlterColumnKind.SET_DATA_TYPE, b.expressions.dataType(c.dataType()),
                    c.expr() == null ? null : b.expressions.expr(c.expr()));
            case VisibilityAlterContext c -> new AlterColumn(column,
                    c.VISIBLE() != null ? AlterColumnKind.SET_VISIBLE : AlterColumnKind.SET_INVISIBLE, null, null);
            case DropExpressionAlterContext c -> new AlterColumn(column, AlterColumnKind.DROP_EXPRESSION, null, null);
            case DropIdentityAlterContext c -> new AlterColumn(column, AlterColumnKind.DROP_IDENTITY, null, null);
            default -> throw b.failure("unsupported ALTER COLUMN action", ctx.getStart());
        };
    }

    private ColumnPosition position(ColumnPositionContext ctx) {
        if (ctx == null) {
            return null;
        }
        return ctx.FIRST() != null ? ColumnPosition.FIRST : ColumnPosition.after(b.identifier(ctx.identifier()));
    }

    private static DropBehavior behavior(TerminalNode cascade, TerminalNode restrict) {
        return cascade != null ? DropBehavior.CASCADE : restrict != null ? DropBehavior.RESTRICT : null;
    }

    // ------------------------------------------------------------------ other DDL

    CreateIndex createIndex(CreateIndexStatementContext ctx) {
        String kind = ctx.UNIQUE() != null ? "UNIQUE" : ctx.FULLTEXT() != null ? "FULLTEXT" : ctx.SPATIAL() != null ? "SPATIAL" : null;
        List<IdentifierContext> ids = ctx.identifier();
        Identifier name = null;
        List<Identifier> include = List.of();
        int on = ctx.ON().getSymbol().getTokenIndex();
        List<Identifier> includeList = new ArrayList<>();
        for (IdentifierContext id : ids) {
            if (id.getStart().getTokenIndex() < on) {
                name = b.identifier(id);
            } else {
                includeList.add(b.identifier(id));
            }
        }
        if (ctx.INCLUDE() != null) {
            include = includeList;
        }
        String method = null;
        for (IndexTypeContext t : ctx.indexType()) {
            method = ModelBuilder.upper(t.identifier().getText());
        }
        List<Option> options = new ArrayList<>();
        if (ctx.WITH() != null) {
            options.add(new Option("WITH", storageParameters(ctx.storageParameter())));
        }
        for (ParseTree child : ctx.children) {
            if (child instanceof IndexOptionContext o) {
                options.add(indexOption(o));
            } else if (child instanceof AlgorithmOrLockContext a) {
                options.add(algorithmOrLock(a));
            }
        }
        Expression where = ctx.whereClause() == null ? null : b.expressions.expr(ctx.whereClause().expr());
        return new CreateIndex(name, b.tableName(ctx.tableName()), kind, ctx.CONCURRENTLY() != null, ctx.IF() != null, method,
                indexColumns(ctx.indexColumn()), include, where, options, Comments.NONE);
    }

    private Option algorithmOrLock(AlgorithmOrLockContext a) {
        return new Option(ModelBuilder.upper(a.getStart().getText()),
                new Keyword(a.identifier() != null ? a.identifier().getText() : "DEFAULT"));
    }

    DropIndex dropIndex(DropIndexStatementContext ctx) {
        List<TableNameContext> names = ctx.tableName();
        Name table = null;
        List<TableNameContext> indexes = names;
        if (ctx.ON() != null) {
            table = b.tableName(names.get(names.size() - 1));
            indexes = names.subList(0, names.size() - 1);
        }
        List<Option> options = new ArrayList<>();
        for (AlgorithmOrLockContext a : ctx.algorithmOrLock()) {
            options.add(algorithmOrLock(a));
        }
        return new DropIndex(b.qualifiedNames(indexes), table, ctx.CONCURRENTLY() != null, ctx.IF() != null,
                behavior(ctx.CASCADE(), ctx.RESTRICT()), options, Comments.NONE);
    }

    CreateView createView(CreateViewStatementContext ctx) {
        String kind = ctx.TEMP() != null ? "TEMP" : ctx.TEMPORARY() != null ? "TEMPORARY"
                : ctx.MATERIALIZED() != null ? "MATERIALIZED" : ctx.RECURSIVE() != null ? "RECURSIVE" : null;
        List<Option> options = new ArrayList<>();
        for (ViewOptionContext o : ctx.viewOption()) {
            if (o.ALGORITHM() != null) {
                options.add(new Option("ALGORITHM", new Keyword(o.identifier().getText())));
            } else if (o.SECURITY() != null) {
                options.add(new Option("SQL SECURITY", new Keyword(o.DEFINER() != null ? "DEFINER" : "INVOKER")));
            } else {
                StringBuilder definer = new StringBuilder();
                for (int i = 2; i < o.getChildCount(); i++) {
                    definer.append(o.getChild(i).getText());
                }
                options.add(new Option("DEFINER", new Keyword(definer.toString())));
            }
        }
        if (!ctx.storageParameter().isEmpty()) {
            options.add(new Option("WITH", storageParameters(ctx.storageParameter())));
        }
        String check = null;
        if (ctx.CHECK() != null) {
            check = ctx.CASCADED() != null ? "CASCADED" : ctx.LOCAL() != null ? "LOCAL" : "CHECK";
        }
        return new CreateView(b.tableName(ctx.tableName()), ctx.OR() != null, kind, b.identifiers(ctx.identifier()),
                b.queries.queryExpression(ctx.queryExpression()), check, options, Comments.NONE);
    }

    DropView dropView(DropViewStatementContext ctx) {
        return new DropView(b.qualifiedNames(ctx.tableName()), ctx.MATERIALIZED() != null, ctx.IF() != null,
                behavior(ctx.CASCADE(), ctx.RESTRICT()), Comments.NONE);
    }

    DropTable dropTable(DropTableStatementContext ctx) {
        return new DropTable(b.qualifiedNames(ctx.tableName()), ctx.TEMPORARY() != null, ctx.IF() != null,
                behavior(ctx.CASCADE(), ctx.RESTRICT()), Comments.NONE);
    }

    Truncate truncate(TruncateStatementContext ctx) {
        String identity = ctx.RESTART() != null ? "RESTART" : ctx.CONTINUE() != null ? "CONTINUE" : null;
        return new Truncate(b.qualifiedNames(ctx.tableName()), identity, behavior(ctx.CASCADE(), ctx.RESTRICT()), Comments.NONE);
    }

    CreateTablespace createTablespace(CreateTablespaceStatementContext ctx) {
        return new CreateTablespace(b.identifier(ctx.identifier()), ctx.UNDO() != null, tablespaceOptions(ctx.tablespaceOption()),
                Comments.NONE);
    }

    AlterTablespace alterTablespace(AlterTablespaceStatementContext ctx) {
        return new AlterTablespace(b.identifier(ctx.identifier()), ctx.UNDO() != null, tablespaceOptions(ctx.tablespaceOption()),
                Comments.NONE);
    }

    DropTablespace dropTablespace(DropTablespaceStatementContext ctx) {
        return new DropTablespace(b.identifier(ctx.identifier()), ctx.UNDO() != null, tablespaceOptions(ctx.tablespaceOption()),
                Comments.NONE);
    }

    private List<Option> tablespaceOptions(List<TablespaceOptionContext> list) {
        List<Option> out = new ArrayList<>(list.size());
        for (TablespaceOptionContext o : list) {
            out.add(switch (o) {
                case DatafileTablespaceOptionContext c -> new Option(ModelBuilder.upper(c.getStart().getText()) + " DATAFILE",
                        new StringLiteral(b.stringValue(c.StringLit().getSymbol()), null));
                case LogfileTablespaceOptionContext c -> new Option("USE LOGFILE GROUP", new Keyword(c.identifier().getText()));
                case RenameTablespaceOptionContext c -> new Option("RENAME TO", new Keyword(c.identifier().getText()));
                case CommentTablespaceOptionContext c -> new Option("COMMENT", new StringLiteral(b.stringValue(c.StringLit().getSymbol()), null));
                case GenericTablespaceOptionContext c -> new Option(ModelBuilder.upper(c.identifier().getText()),
                        c.optionValue() == null ? null : optionValue(c.optionValue()));
                default -> throw b.failure("unsupported tablespace option", o.getStart());
            });
        }
        return out;
    }
}
