package io.retort.sql;

import java.util.function.Function;

/**
 * A complete SQL statement. Every statement carries its {@link Comments}. The set of statement types
 * is closed (sealed), so a {@code switch} over a statement can be exhaustive:
 *
 * <pre>{@code
 * String kind = switch (statement) {
 *     case Query q -> "query";
 *     case Insert i -> "insert";
 *     case Update u -> "update";
 *     case Delete d -> "delete";
 *     case Passthrough p -> "unparsed: " + p.reason();
 *     default -> "other";
 * };
 * }</pre>
 */
public sealed interface Statement extends Node
        permits Query, Insert, Update, Delete, CreateTable, AlterTable, DropTable, CreateIndex, DropIndex,
        CreateView, DropView, Truncate, CreateTablespace, AlterTablespace, DropTablespace, BeginTransaction,
        Commit, Rollback, Savepoint, ReleaseSavepoint, PrepareTransaction, CommitPrepared, RollbackPrepared,
        XaCommand, SetTransaction, SetStatement, SetConstraints, Explain, Use, Call, Passthrough {

    /** The statement's comments and optimizer hints. */
    Comments comments();

    /** This statement with other comments. */
    Statement withComments(Comments comments);

    /** {@link Node#transform} for a whole statement. */
    @Override
    default Statement transform(Function<? super Node, ? extends Node> fn) {
        Node result = Node.super.transform(fn);
        if (result instanceof Statement s) {
            return s;
        }
        throw new IllegalArgumentException("transform turned a statement into a " + result.getClass().getSimpleName());
    }
}
