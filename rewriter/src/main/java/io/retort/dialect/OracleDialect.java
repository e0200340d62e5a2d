package io.retort.dialect;

import static io.retort.dialect.Capability.*;

import io.retort.sql.*;
import java.util.EnumSet;
import java.util.List;

/**
 * Oracle 12c and newer (golden SQL only: no Oracle database runs here). No boolean type in SQL
 * (TRUE is 1), no LIMIT (OFFSET/FETCH), SELECT needs FROM DUAL, no AS before table aliases, EXCEPT is
 * MINUS, and the empty string is NULL (a difference no rewrite can remove).
 */
final class OracleDialect extends Dialect {

    OracleDialect(DatabaseVersion version) {
        super(SqlDialect.ORACLE, version, capabilitiesOf(version));
    }

    private static EnumSet<Capability> capabilitiesOf(DatabaseVersion v) {
        return capabilities(SUPPORTS_OFFSET_FETCH, SUPPORTS_FETCH_WITH_TIES, SUPPORTS_REGEX, SUPPORTS_MERGE,
                SUPPORTS_ROW_LOCKS, SUPPORTS_LOCK_NOWAIT, SUPPORTS_SKIP_LOCKED, SUPPORTS_ROW_VALUES, SUPPORTS_CTE,
                RECURSIVE_CTE_NEEDS_COLUMNS, SUPPORTS_SEQUENCES, SUPPORTS_IDENTITY, SUPPORTS_JSON,
                SUPPORTS_NULLS_ORDERING, SUPPORTS_LATERAL, SUPPORTS_FULL_JOIN, SUPPORTS_RIGHT_JOIN,
                SUPPORTS_GROUPING_SETS, SELECT_REQUIRES_FROM, SUPPORTS_ORDERED_AGGREGATE, SUPPORTS_TRUNCATE,
                CAST_TO_INTEGER_ROUNDS, NULLS_SORT_HIGH,
                CONCAT_FUNCTION_IGNORES_NULL, DATE_ARITHMETIC_IN_DAYS);
    }

    @Override
    public String productName() {
        return "Oracle";
    }

    @Override
    protected IdentifierFolding folding() {
        return IdentifierFolding.UPPER;
    }

    @Override
    protected boolean isReservedWord(String word) {
        return ReservedWords.ORACLE.contains(word);
    }

    @Override
    protected String binaryOperator(BinaryOperator op, RenderContext ctx) {
        return op == BinaryOperator.MODULO ? null : super.binaryOperator(op, ctx);
    }

    @Override
    protected void writeBinaryWithoutOperator(RenderContext ctx, BinaryOp b) {
        switch (b.operator()) {
            case BIT_AND -> function(ctx, "BITAND", b.left(), b.right());
            default -> super.writeBinaryWithoutOperator(ctx, b);
        }
    }

    /** DECODE compares NULL equal to NULL: {@code DECODE(a, b, 0, 1) = 1} is {@code a IS DISTINCT FROM b}. */
    @Override
    protected void writeIsDistinctFrom(RenderContext ctx, IsDistinctFrom x) {
        function(ctx, "DECODE", x.left(), x.right(), new NumberLiteral("0"), new NumberLiteral("1"));
        ctx.append(x.negated() ? " = 0" : " = 1");
    }

    @Override
    protected void writeLimit(RenderContext ctx, Limit limit, boolean ordered) {
        writeOffsetFetch(ctx, limit);
    }

    /** Oracle locks rows with FOR UPDATE only; OF needs columns there, so all selected tables are locked. */
    @Override
    protected void writeLocks(RenderContext ctx, List<LockClause> locks) {
        LockWait wait = null;
        for (LockClause lock : locks) {
            wait = lock.waitPolicy() != null ? lock.waitPolicy() : wait;
        }
        ctx.keyword(" FOR UPDATE");
        writeLockWait(ctx, wait);
    }

    @Override
    protected String setOperatorKeyword(SetOperator op) {
        return op == SetOperator.EXCEPT ? "MINUS" : op.name();
    }

    @Override
    protected void writePosition(RenderContext ctx, Position p) {
        function(ctx, "INSTR", p.string(), p.substring());
    }

    @Override
    protected void writeSubstring(RenderContext ctx, Substring s) {
        if (s.length() == null) {
            function(ctx, "SUBSTR", s.string(), s.from());
        } else {
            function(ctx, "SUBSTR", s.string(), s.from(), s.length());
        }
    }

    @Override
    protected void writeValueFunction(RenderContext ctx, SqlValueFunction f) {
        ctx.keyword(f.name().equals("CURRENT_USER") || f.name().equals("SESSION_USER") ? "USER" : f.name());
    }

    @Override
    protected void writeTruncate(RenderContext ctx, Truncate t) {
        if ("RESTART".equals(t.identity())) {
            throw new UnsupportedConstruct("TRUNCATE resetting the identity counter (RESTART IDENTITY)", "");
        }
        if (t.tables().size() > 1 || t.behavior() != null) {
            throw new UnsupportedConstruct("TRUNCATE of several tables or with CASCADE", "");
        }
        if (t.identity() != null) {
            super.writeTruncate(ctx, new Truncate(t.tables(), null, null, t.comments()));
            return;
        }
        super.writeTruncate(ctx, t);
    }

    @Override
    protected String temporaryTableKeyword(String kind) {
        return "GLOBAL TEMPORARY";
    }

    @Override
    protected void writeBegin(RenderContext ctx, BeginTransaction b) {
        throw new UnsupportedConstruct("BEGIN / START TRANSACTION", "Oracle starts transactions implicitly");
    }
}
