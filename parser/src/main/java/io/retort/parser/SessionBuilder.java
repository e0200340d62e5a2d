package io.retort.parser;

import static io.retort.parser.grammar.RetortSqlParser.*;

import io.retort.sql.BeginTransaction;
import io.retort.sql.Call;
import io.retort.sql.Comments;
import io.retort.sql.Commit;
import io.retort.sql.CommitPrepared;
import io.retort.sql.Explain;
import io.retort.sql.Expression;
import io.retort.sql.IsolationLevel;
import io.retort.sql.Keyword;
import io.retort.sql.Name;
import io.retort.sql.PrepareTransaction;
import io.retort.sql.ReleaseSavepoint;
import io.retort.sql.Rollback;
import io.retort.sql.RollbackPrepared;
import io.retort.sql.Savepoint;
import io.retort.sql.SetConstraints;
import io.retort.sql.SetItem;
import io.retort.sql.SetNames;
import io.retort.sql.SetStatement;
import io.retort.sql.SetTimeZone;
import io.retort.sql.SetTransaction;
import io.retort.sql.SetVariable;
import io.retort.sql.Statement;
import io.retort.sql.StringLiteral;
import io.retort.sql.TransactionMode;
import io.retort.sql.Use;
import io.retort.sql.Variable;
import io.retort.sql.VariableKind;
import io.retort.sql.XaAction;
import io.retort.sql.XaCommand;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds transaction control, SET, EXPLAIN, USE and CALL statements. */
final class SessionBuilder {

    private final ModelBuilder b;

    SessionBuilder(ModelBuilder b) {
        this.b = b;
    }

    BeginTransaction begin(BeginStatementContext ctx) {
        List<TransactionMode> modes = new ArrayList<>();
        if (ctx.DEFERRED() != null || ctx.IMMEDIATE() != null || ctx.EXCLUSIVE() != null) {
            modes.add(new TransactionMode.LockingBehavior(ModelBuilder.upper(
                    (ctx.DEFERRED() != null ? ctx.DEFERRED() : ctx.IMMEDIATE() != null ? ctx.IMMEDIATE() : ctx.EXCLUSIVE()).getText())));
        }
        modes.addAll(modes(ctx.transactionModes()));
        return new BeginTransaction(modes, Comments.NONE);
    }

    private List<TransactionMode> modes(TransactionModesContext ctx) {
        if (ctx == null) {
            return List.of();
        }
        List<TransactionMode> out = new ArrayList<>();
        for (TransactionModeContext m : ctx.transactionMode()) {
            out.add(switch (m) {
                case IsolationModeContext c -> new TransactionMode.Isolation(isolation(c.isolationLevel()));
                case AccessModeContext c -> new TransactionMode.AccessMode(c.ONLY() != null);
                case DeferrableModeContext c -> new TransactionMode.Deferrable(c.NOT() == null);
                case SnapshotModeContext c -> new TransactionMode.ConsistentSnapshot();
                default -> throw b.failure("unsupported transaction mode", m.getStart());
            });
        }
        return out;
    }

    private static IsolationLevel isolation(IsolationLevelContext ctx) {
        if (ctx.SERIALIZABLE() != null) {
            return IsolationLevel.SERIALIZABLE;
        }
        if (ctx.REPEATABLE() != null) {
            return IsolationLevel.REPEATABLE_READ;
        }
        return ctx.UNCOMMITTED() != null ? IsolationLevel.READ_UNCOMMITTED : IsolationLevel.READ_COMMITTED;
    }

    Statement commit(CommitStatementContext ctx) {
        if (ctx instanceof CommitPreparedContext c) {
            return new CommitPrepared(b.stringValue(c.StringLit().getSymbol()), Comments.NONE);
        }
        PlainCommitContext c = (PlainCommitContext) ctx;
        return new Commit(c.CHAIN() != null && !negated(c.NO(), c.AND()), c.RELEASE() != null && !negated(c.NO(), c.RELEASE()),
                Comments.NONE);
    }

    /**
     * Whether a NO negates the word after {@code before} ({@code AND NO CHAIN}: before is AND) or the word
     * {@code before} itself ({@code NO RELEASE}: before is RELEASE).
     */
    private static boolean negated(List<TerminalNode> nos, TerminalNode before) {
        if (before == null) {
            return false;
        }
        int at = before.getSymbol().getTokenIndex();
        int type = before.getSymbol().getType();
        for (TerminalNode no : nos) {
            int i = no.getSymbol().getTokenIndex();
            if ((type == AND && i == at + 1) || (type != AND && i == at - 1)) {
                return true;
            }
        }
        return false;
    }

    Statement rollback(RollbackStatementContext ctx) {
        if (ctx instanceof RollbackPreparedContext c) {
            return new RollbackPrepared(b.stringValue(c.StringLit().getSymbol()), Comments.NONE);
        }
        PlainRollbackContext c = (PlainRollbackContext) ctx;
        return new Rollback(c.identifier() == null ? null : b.identifier(c.identifier()),
                c.CHAIN() != null && !negated(c.NO(), c.AND()), c.RELEASE() != null && !negated(c.NO(), c.RELEASE()), Comments.NONE);
    }

    Savepoint savepoint(SavepointStatementContext ctx) {
        return new Savepoint(b.identifier(ctx.identifier()), Comments.NONE);
    }

    ReleaseSavepoint release(ReleaseStatementContext ctx) {
        return new ReleaseSavepoint(b.identifier(ctx.identifier()), Comments.NONE);
    }

    PrepareTransaction prepareTransaction(PrepareTransactionStatementContext ctx) {
        return new PrepareTransaction(b.stringValue(ctx.StringLit().getSymbol()), Comments.NONE);
    }

    XaCommand xa(XaStatementContext ctx) {
        XaAction action;
        String option = null;
        XidContext xid;
        switch (ctx) {
            case XaStartContext c -> {
                action = XaAction.START;
                xid = c.xid();
                option = c.JOIN() != null ? "JOIN" : c.RESUME() != null ? "RESUME" : null;
            }
            case XaEndContext c -> {
                action = XaAction.END;
                xid = c.xid();
                option = c.SUSPEND() == null ? null : c.MIGRATE() != null ? "SUSPEND FOR MIGRATE" : "SUSPEND";
            }
            case XaPrepareContext c -> {
                action = XaAction.PREPARE;
                xid = c.xid();
            }
            case XaCommitContext c -> {
                action = XaAction.COMMIT;
                xid = c.xid();
                option = c.ONE() != null ? "ONE PHASE" : null;
            }
            case XaRollbackContext c -> {
                action = XaAction.ROLLBACK;
                xid = c.xid();
            }
            case XaRecoverContext c -> {
                action = XaAction.RECOVER;
                xid = null;
                option = c.CONVERT() != null ? "CONVERT XID" : null;
            }
            default -> throw b.failure("unsupported XA statement", ctx.getStart());
        }
        List<Expression> parts = new ArrayList<>();
        if (xid != null) {
            for (LiteralContext l : xid.literal()) {
                parts.add(b.expressions.literal(l));
            }
        }
        return new XaCommand(action, parts, option, Comments.NONE);
    }

    SetTransaction setTransaction(SetTransactionStatementContext ctx) {
        String scope = ctx.CHARACTERISTICS() != null ? "SESSION CHARACTERISTICS"
                : ctx.GLOBAL() != null ? "GLOBAL" : ctx.SESSION() != null ? "SESSION" : ctx.LOCAL() != null ? "LOCAL" : null;
        return new SetTransaction(scope, modes(ctx.transactionModes()), Comments.NONE);
    }

    SetConstraints setConstraints(SetConstraintsStatementContext ctx) {
        List<Name> names = new ArrayList<>();
        for (QualifiedNameContext q : ctx.qualifiedName()) {
            names.add(b.qualifiedName(q));
        }
        return new SetConstraints(names, ctx.DEFERRED() != null, Comments.NONE);
    }

    SetStatement set(SetStatementContext ctx) {
        List<SetItem> items = new ArrayList<>();
        for (SetItemContext item : ctx.setItem()) {
            items.add(setItem(item));
        }
        return new SetStatement(items, Comments.NONE);
    }

    private SetItem setItem(SetItemContext ctx) {
        return switch (ctx) {
            case SetNamesItemContext c -> {
                List<ParseTree> values = new ArrayList<>();
                for (int i = 1; i < c.getChildCount(); i++) {
                    ParseTree child = c.getChild(i);
                    if (!(child instanceof TerminalNode t && t.getSymbol().getType() == COLLATE)) {
                        values.add(child);
                    }
                }
                yield new SetNames(true, word(values.get(0)), values.size() > 1 ? word(values.get(1)) : null);
            }
            case SetCharsetItemContext c -> new SetNames(false, word(c.getChild(c.getChildCount() - 1)), null);
            case SetTimeZoneItemContext c -> {
                String scope = c.getStart().getType() == TIME ? null : ModelBuilder.upper(c.getStart().getText());
                Expression zone;
                if (c.literal() != null) {
                    zone = b.expressions.literal(c.literal());
                } else if (c.INTERVAL() != null) {
                    zone = new io.retort.sql.Interval(new StringLiteral(b.stringValue(c.StringLit().getSymbol()), null),
                            c.intervalUnit() == null ? null : ModelBuilder.words(c.intervalUnit()));
                } else {
                    zone = new Keyword(ModelBuilder.upper(c.getChild(c.getChildCount() - 1).getText()));
                }
                if (scope != null && c.LOCAL() != null && c.getStart().getType() == LOCAL
                        && c.getChildCount() == 3 && zone instanceof Keyword) {
                    // SET TIME ZONE LOCAL: the first LOCAL was the value, not a scope
                    scope = null;
                }
                yield new SetTimeZone(scope, zone);
            }
            case SetVariableItemContext c -> {
                Variable target;
                String scope = c.setScope() == null ? null : ModelBuilder.upper(c.setScope().getText());
                SetTargetContext t = c.setTarget();
                if (t.variable() != null) {
                    Variable v = b.expressions.variable(t.variable());
                    target = scope == null ? v : new Variable(v.kind(), scope, v.name());
                } else {
                    target = new Variable(VariableKind.SYSTEM, scope, b.qualifiedName(t.qualifiedName()));
                }
                List<Expression> values = new ArrayList<>();
                SetValueContext first = c.setValue();
                if (first.expr() == null) {
                    values.add(new Keyword(ModelBuilder.upper(first.getText())));
                } else {
                    values.add(word(b.expressions.expr(first.expr())));
                }
                for (SetListValueContext v : c.setListValue()) {
                    values.add(v.literal() != null ? b.expressions.literal(v.literal()) : new Keyword(b.identifier(v.identifier()).text()));
                }
                yield new SetVariable(target, values);
            }
            default -> throw b.failure("unsupported SET item", ctx.getStart());
        };
    }

    /** A bare word is a value in SET (OFF, TRADITIONAL, a schema of search_path), not a column. */
    private static Expression word(Expression value) {
        if (value instanceof io.retort.sql.ColumnRef ref && ref.qualifier() == null && !ref.column().quoted()) {
            return new Keyword(ref.column().text());
        }
        return value;
    }

    private Expression word(ParseTree value) {
        if (value instanceof TerminalNode t && t.getSymbol().getType() == StringLit) {
            return new StringLiteral(b.stringValue(t.getSymbol()), null);
        }
        return new Keyword(value.getText());
    }

    Explain explain(ExplainStatementContext ctx) {
        List<String> options = new ArrayList<>();
        for (ExplainOptionContext o : ctx.explainOption()) {
            options.add(ModelBuilder.words(o));
        }
        return new Explain(options, b.statement(ctx.statement()), Comments.NONE);
    }

    Use use(UseStatementContext ctx) {
        return new Use(b.identifier(ctx.identifier()), Comments.NONE);
    }

    Call call(CallStatementContext ctx) {
        return new Call(b.qualifiedName(ctx.qualifiedName()), b.expressions.exprs(ctx.expr()), Comments.NONE);
    }

    static Token start(org.antlr.v4.runtime.ParserRuleContext ctx) {
        return ctx.getStart();
    }
}
