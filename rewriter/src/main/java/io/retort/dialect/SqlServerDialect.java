package io.retort.dialect;

import static io.retort.dialect.Capability.*;

import io.retort.sql.*;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * SQL Server 2017 and newer (golden SQL only: no SQL Server runs here). Row limits are
 * {@code TOP (n)} or {@code OFFSET ... FETCH} (which needs ORDER BY: {@code ORDER BY (SELECT NULL)} is
 * added), RETURNING is {@code OUTPUT INSERTED.*}, row locks are table hints, {@code +} concatenates.
 */
final class SqlServerDialect extends Dialect {

    SqlServerDialect(DatabaseVersion version) {
        super(SqlDialect.SQLSERVER, version, capabilitiesOf(version));
    }

    private static EnumSet<Capability> capabilitiesOf(DatabaseVersion v) {
        return capabilities(SUPPORTS_TOP, SUPPORTS_OFFSET_FETCH, OFFSET_REQUIRES_ORDER_BY, SUPPORTS_FETCH_WITH_TIES,
                SUPPORTS_OUTPUT_CLAUSE, SUPPORTS_MERGE, SUPPORTS_ROW_LOCKS, SUPPORTS_FOR_SHARE, SUPPORTS_LOCK_NOWAIT,
                SUPPORTS_SKIP_LOCKED, SUPPORTS_CTE, SUPPORTS_UPDATE_FROM, SUPPORTS_MULTI_ROW_VALUES,
                SUPPORTS_DERIVED_COLUMN_LIST, SUPPORTS_SEQUENCES, SUPPORTS_IDENTITY, SUPPORTS_JSON,
                SUPPORTS_FULL_JOIN, SUPPORTS_RIGHT_JOIN, SUPPORTS_GROUPING_SETS, SUPPORTS_TABLE_ALIAS_AS,
                SUPPORTS_TRUNCATE, SUPPORTS_ORDERED_AGGREGATE, INTEGER_DIVISION,
                CONCAT_FUNCTION_IGNORES_NULL, DATE_ARITHMETIC_IN_DAYS);
    }

    @Override
    public String productName() {
        return "SQL Server";
    }

    @Override
    protected IdentifierFolding folding() {
        return IdentifierFolding.PRESERVE_CASE_INSENSITIVE;
    }

    @Override
    protected boolean isReservedWord(String word) {
        return ReservedWords.SQLSERVER.contains(word);
    }

    @Override
    protected void quoteIdentifier(StringBuilder sql, String text) {
        sql.append('[');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sql.append(c);
            if (c == ']') {
                sql.append(']');
            }
        }
        sql.append(']');
    }

    @Override
    protected String binaryOperator(BinaryOperator op, RenderContext ctx) {
        return switch (op) {
            case BIT_AND, BIT_OR -> op.symbol();
            case BIT_XOR -> "^";
            default -> super.binaryOperator(op, ctx);
        };
    }

    @Override
    protected void writeConcat(RenderContext ctx, BinaryOp b) {
        ExpressionWriter.infix(ctx, b, "+");
    }

    /** {@code EXISTS (SELECT a INTERSECT SELECT b)}: INTERSECT treats NULLs as equal. */
    @Override
    protected void writeIsDistinctFrom(RenderContext ctx, IsDistinctFrom x) {
        ctx.keyword(x.negated() ? "EXISTS (SELECT " : "NOT EXISTS (SELECT ").expression(x.left())
                .keyword(" INTERSECT SELECT ").expression(x.right()).append(')');
    }

    @Override
    protected void writeTypedLiteral(RenderContext ctx, TypedLiteral t) {
        ctx.keyword("CAST(").stringLiteral(t.value()).keyword(" AS ");
        // SQL Server's TIMESTAMP is a row version, not a point in time.
        writeDataType(ctx, t.type().name().equals("TIMESTAMP") ? DataType.of("DATETIME2") : t.type(), true);
        ctx.append(')');
    }

    @Override
    protected void writeBinaryLiteral(RenderContext ctx, BinaryLiteral b) {
        if (!b.hex()) {
            throw new UnsupportedConstruct("a bit-string literal", "");
        }
        ctx.append("0x").append(b.digits());
    }

    @Override
    protected void writeExtract(RenderContext ctx, Extract x) {
        String field = x.field() instanceof Keyword k ? k.text().toUpperCase(Locale.ROOT) : "";
        String part = switch (field) {
            case "YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND", "QUARTER" -> field;
            case "DOY" -> "DAYOFYEAR";
            case "WEEK" -> "ISO_WEEK";
            default -> throw new UnsupportedConstruct("EXTRACT(" + x.field() + " FROM ...)", "");
        };
        ctx.keyword("DATEPART(").keyword(part).append(", ").expression(x.source()).append(')');
    }

    @Override
    protected void writePosition(RenderContext ctx, Position p) {
        function(ctx, "CHARINDEX", p.substring(), p.string());
    }

    @Override
    protected void writeSubstring(RenderContext ctx, Substring s) {
        function(ctx, "SUBSTRING", s.string(), s.from(),
                s.length() != null ? s.length() : new NumberLiteral("2147483647"));
    }

    @Override
    protected void writeTrim(RenderContext ctx, Trim t) {
        if (t.spec() == null || t.spec() == TrimSpec.BOTH) {
            super.writeTrim(ctx, new Trim(null, t.characters(), t.source()));
        } else if (t.characters() == null) {
            function(ctx, t.spec() == TrimSpec.LEADING ? "LTRIM" : "RTRIM", t.source());
        } else {
            throw new UnsupportedConstruct("TRIM(" + t.spec() + " characters FROM ...)", "");
        }
    }

    @Override
    protected void writeOverlay(RenderContext ctx, Overlay o) {
        ctx.keyword("STUFF(").expression(o.string()).append(", ").expression(o.from()).append(", ");
        if (o.length() != null) {
            ctx.expression(o.length());
        } else {
            function(ctx, "LEN", o.placing());
        }
        ctx.append(", ").expression(o.placing()).append(')');
    }

    @Override
    protected void writeInterval(RenderContext ctx, Interval i) {
        throw new UnsupportedConstruct("INTERVAL", "use DATEADD");
    }

    @Override
    protected void writeValueFunction(RenderContext ctx, SqlValueFunction f) {
        switch (f.name()) {
            case "CURRENT_DATE" -> ctx.keyword("CAST(GETDATE() AS DATE)");
            case "CURRENT_TIME" -> ctx.keyword("CAST(GETDATE() AS TIME)");
            case "LOCALTIMESTAMP" -> ctx.keyword("GETDATE()");
            default -> ctx.keyword(f.name());
        }
    }

    @Override
    protected boolean writeTop(RenderContext ctx, Limit limit, boolean ordered) {
        if (limit.offset() != null || limit.count() == null) {
            return false;
        }
        ctx.keyword(" TOP (").expression(limit.count()).append(')');
        if (limit.withTies()) {
            if (!ordered) {
                throw new UnsupportedConstruct("WITH TIES without ORDER BY", "");
            }
            ctx.keyword(" WITH TIES");
        }
        return true;
    }

    /** OFFSET/FETCH, after {@code ORDER BY (SELECT NULL)} when the query has no order. */
    @Override
    protected void writeLimit(RenderContext ctx, Limit limit, boolean ordered) {
        if (limit.withTies()) {
            throw new UnsupportedConstruct("OFFSET ... FETCH ... WITH TIES", "");
        }
        if (limit.count() == null && limit.offset() == null) {
            return;
        }
        if (!ordered) {
            ctx.keyword(" ORDER BY (SELECT NULL)");
        }
        ctx.keyword(" OFFSET ");
        if (limit.offset() != null) {
            ctx.expression(limit.offset());
        } else {
            ctx.append('0');
        }
        ctx.keyword(" ROWS");
        if (limit.count() != null) {
            ctx.keyword(" FETCH NEXT ").expression(limit.count()).keyword(" ROWS ONLY");
        }
    }

    @Override
    protected boolean writesLocksAsTableHints() {
        return true;
    }

    @Override
    protected void writeTableLockHint(RenderContext ctx, LockClause lock) {
        boolean shared = lock.strength() == LockStrength.SHARE || lock.strength() == LockStrength.KEY_SHARE
                || lock.strength() == LockStrength.LOCK_IN_SHARE_MODE;
        ctx.keyword(shared ? " WITH (HOLDLOCK, ROWLOCK" : " WITH (UPDLOCK, ROWLOCK");
        if (lock.waitPolicy() == LockWait.NOWAIT) {
            ctx.keyword(", NOWAIT");
        } else if (lock.waitPolicy() == LockWait.SKIP_LOCKED) {
            ctx.keyword(", READPAST");
        }
        ctx.append(')');
    }

    @Override
    protected void writeLocks(RenderContext ctx, List<LockClause> locks) {
        throw new UnsupportedConstruct("a row lock outside a FROM clause", "");
    }

    @Override
    protected boolean supportsGroupsFrame() {
        return false;
    }

    @Override
    protected void writeIdentity(RenderContext ctx, ColumnIdentity identity) {
        ctx.keyword("IDENTITY(1, 1)");
    }

    @Override
    protected void writeTruncate(RenderContext ctx, Truncate t) {
        if ("CONTINUE".equals(t.identity())) {
            throw new UnsupportedConstruct("TRUNCATE keeping the identity counter (CONTINUE IDENTITY)",
                    "SQL Server's TRUNCATE resets it; use DELETE");
        }
        if (t.tables().size() > 1 || t.behavior() != null) {
            throw new UnsupportedConstruct("TRUNCATE of several tables or with CASCADE", "");
        }
        ctx.keyword("TRUNCATE");
        StatementWriter.hints(ctx, t.comments());
        ctx.keyword(" TABLE ").name(t.tables().get(0));
    }

    @Override
    protected String temporaryTableKeyword(String kind) {
        throw new UnsupportedConstruct("CREATE TEMPORARY TABLE", "SQL Server names temporary tables #t");
    }

    @Override
    protected void writeBegin(RenderContext ctx, BeginTransaction b) {
        if (!b.modes().isEmpty()) {
            throw new UnsupportedConstruct("BEGIN with transaction modes", "use SET TRANSACTION ISOLATION LEVEL");
        }
        ctx.keyword("BEGIN TRANSACTION");
        StatementWriter.hints(ctx, b.comments());
    }
}
