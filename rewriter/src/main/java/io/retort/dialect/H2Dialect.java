package io.retort.dialect;

import static io.retort.dialect.Capability.*;

import io.retort.sql.*;
import java.util.EnumSet;
import java.util.List;

/**
 * H2 2.x in its default (regular) mode. RETURNING becomes a data change delta table
 * ({@code SELECT ... FROM FINAL TABLE (INSERT ...)}); H2 has no shared row locks, so {@code FOR SHARE}
 * takes the exclusive lock (the same rows, more blocking).
 */
final class H2Dialect extends Dialect {

    H2Dialect(DatabaseVersion version) {
        super(SqlDialect.H2, version, capabilitiesOf(version));
    }

    private static EnumSet<Capability> capabilitiesOf(DatabaseVersion v) {
        return capabilities(SUPPORTS_LIMIT, SUPPORTS_OFFSET_FETCH, SUPPORTS_FETCH_WITH_TIES, SUPPORTS_BOOLEAN,
                SUPPORTS_ILIKE, SUPPORTS_REGEX, SUPPORTS_IS_DISTINCT_FROM, SUPPORTS_MERGE,
                SUPPORTS_DATA_CHANGE_DELTA_TABLE, SUPPORTS_ROW_LOCKS, SUPPORTS_LOCK_NOWAIT, SUPPORTS_SKIP_LOCKED,
                SUPPORTS_LOCK_OF, SUPPORTS_EMPTY_IN_LIST, SUPPORTS_ROW_VALUES, RECURSIVE_KEYWORD, SUPPORTS_CTE,
                SUPPORTS_MULTI_ROW_VALUES, SUPPORTS_VALUES_QUERY, SUPPORTS_DERIVED_COLUMN_LIST, SUPPORTS_SEQUENCES,
                SUPPORTS_IDENTITY, SUPPORTS_FILTER_CLAUSE, SUPPORTS_NULLS_ORDERING, SUPPORTS_DISTINCT_ON,
                SUPPORTS_RIGHT_JOIN, SUPPORTS_TABLE_ALIAS_AS, SUPPORTS_ARRAYS, SUPPORTS_TRUNCATE,
                SUPPORTS_ORDERED_AGGREGATE, INTEGER_DIVISION, CAST_TO_INTEGER_ROUNDS, CONCAT_FUNCTION_IGNORES_NULL,
                LIKE_BACKSLASH_ESCAPE, DATE_ARITHMETIC_IN_DAYS);
    }

    @Override
    public String productName() {
        return "H2";
    }

    @Override
    protected IdentifierFolding folding() {
        return IdentifierFolding.UPPER;
    }

    @Override
    protected boolean isReservedWord(String word) {
        return ReservedWords.H2.contains(word);
    }

    @Override
    protected void writeBinaryWithoutOperator(RenderContext ctx, BinaryOp b) {
        String function = switch (b.operator()) {
            case BIT_AND -> "BITAND";
            case BIT_OR -> "BITOR";
            case BIT_XOR -> "BITXOR";
            case SHIFT_LEFT -> "LSHIFT";
            case SHIFT_RIGHT -> "RSHIFT";
            default -> null;
        };
        if (function != null) {
            function(ctx, function, b.left(), b.right());
        } else {
            super.writeBinaryWithoutOperator(ctx, b);
        }
    }

    @Override
    protected boolean supportsBetweenSymmetric() {
        return true;
    }

    @Override
    protected void writeLimit(RenderContext ctx, Limit limit, boolean ordered) {
        if (limit.withTies()) {
            writeOffsetFetch(ctx, limit);
            return;
        }
        super.writeLimit(ctx, limit, ordered);
    }

    @Override
    protected void writeLocks(RenderContext ctx, List<LockClause> locks) {
        for (LockClause lock : locks) {
            ctx.keyword(" FOR UPDATE");
            if (!lock.tables().isEmpty()) {
                ctx.keyword(" OF ");
                DdlWriter.names(ctx, lock.tables());
            }
            writeLockWait(ctx, lock.waitPolicy());
        }
    }

    @Override
    protected boolean supportsIntersectExcept() {
        return true;
    }

    @Override
    protected void writeAutoIncrement(RenderContext ctx) {
        ctx.keyword("AUTO_INCREMENT");
    }

    @Override
    protected void writeTruncate(RenderContext ctx, Truncate t) {
        if (t.tables().size() > 1) {
            throw new UnsupportedConstruct("TRUNCATE of several tables", "truncate them one by one");
        }
        if (t.behavior() == DropBehavior.CASCADE) {
            throw new UnsupportedConstruct("TRUNCATE ... CASCADE", "");
        }
        super.writeTruncate(ctx, t);
    }

    @Override
    protected void writeBegin(RenderContext ctx, BeginTransaction b) {
        if (!b.modes().isEmpty()) {
            throw new UnsupportedConstruct("BEGIN with transaction modes",
                    "set the isolation level on the connection");
        }
        ctx.keyword("BEGIN");
        StatementWriter.hints(ctx, b.comments());
    }
}
