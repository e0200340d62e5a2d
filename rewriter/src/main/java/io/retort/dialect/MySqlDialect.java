package io.retort.dialect;

import static io.retort.dialect.Capability.*;

import io.retort.sql.*;
import java.util.EnumSet;
import java.util.List;

/** MySQL 8.0 and newer; {@link MariaDbDialect} overrides where MariaDB differs. */
class MySqlDialect extends Dialect {

    MySqlDialect(DatabaseVersion version) {
        super(SqlDialect.MYSQL, version, capabilitiesOf(version));
    }

    MySqlDialect(SqlDialect family, DatabaseVersion version, EnumSet<Capability> capabilities) {
        super(family, version, capabilities);
    }

    /** What MySQL and MariaDB share. */
    static EnumSet<Capability> common() {
        return capabilities(SUPPORTS_LIMIT, OFFSET_REQUIRES_LIMIT, SUPPORTS_BOOLEAN, SUPPORTS_REGEX,
                SUPPORTS_NULL_SAFE_EQUALS, SUPPORTS_ON_DUPLICATE_KEY_UPDATE, SUPPORTS_INSERT_IGNORE, SUPPORTS_ROW_LOCKS,
                SUPPORTS_FOR_SHARE, SUPPORTS_LOCK_NOWAIT, SUPPORTS_ROW_VALUES, RECURSIVE_KEYWORD, SUPPORTS_CTE,
                SUPPORTS_MULTI_TABLE_DML, SUPPORTS_MULTI_ROW_VALUES, SUPPORTS_VALUES_QUERY, SUPPORTS_JSON,
                SUPPORTS_TABLE_ALIAS_AS, SUPPORTS_TRUNCATE, SUPPORTS_ORDERED_AGGREGATE, SUPPORTS_RIGHT_JOIN, GROUP_BY_POSITION,
                CAST_TO_INTEGER_ROUNDS, LIKE_BACKSLASH_ESCAPE, LENGTH_COUNTS_BYTES, SEQUENTIAL_SET_ASSIGNMENTS,
                CASE_SENSITIVE_TABLE_NAMES);
    }

    private static EnumSet<Capability> capabilitiesOf(DatabaseVersion v) {
        EnumSet<Capability> c = common();
        c.addAll(List.of(SUPPORTS_SKIP_LOCKED, SUPPORTS_LOCK_OF, SUPPORTS_DERIVED_COLUMN_LIST, SUPPORTS_JSON_ARROW));
        c.remove(SUPPORTS_VALUES_QUERY);
        if (v.atLeast(8, 0, 14)) {
            c.add(SUPPORTS_LATERAL);
        }
        if (v.atLeast(8, 0, 19)) {
            c.add(SUPPORTS_INSERT_ROW_ALIAS);
            c.add(SUPPORTS_VALUES_QUERY);
        }
        if (v.atLeast(8, 0, 31)) {
            c.add(SUPPORTS_SET_OPERATION_ALL);
        }
        return c;
    }

    @Override
    public String productName() {
        return "MySQL";
    }

    @Override
    protected IdentifierFolding folding() {
        return IdentifierFolding.PRESERVE_CASE_SENSITIVE;
    }

    @Override
    protected boolean isReservedWord(String word) {
        return ReservedWords.MYSQL.contains(word);
    }

    @Override
    protected void quoteIdentifier(StringBuilder sql, String text) {
        sql.append('`');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sql.append(c);
            if (c == '`') {
                sql.append('`');
            }
        }
        sql.append('`');
    }

    /** MySQL reads backslash escapes in strings (unless NO_BACKSLASH_ESCAPES): double them. */
    @Override
    protected void writeStringLiteral(StringBuilder sql, String value) {
        sql.append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\'' -> sql.append("''");
                case '\\' -> sql.append("\\\\");
                case '\0' -> sql.append("\\0");
                default -> sql.append(c);
            }
        }
        sql.append('\'');
    }

    @Override
    protected void writeBinaryLiteral(RenderContext ctx, BinaryLiteral b) {
        if (b.prefixed()) {
            ctx.append(b.hex() ? "0x" : "0b").append(b.digits());
        } else {
            super.writeBinaryLiteral(ctx, b);
        }
    }

    @Override
    protected String binaryOperator(BinaryOperator op, RenderContext ctx) {
        return switch (op) {
            case XOR, SOUNDS_LIKE, MEMBER_OF, NULL_SAFE_EQUALS, BIT_AND, BIT_OR, SHIFT_LEFT, SHIFT_RIGHT -> op.symbol();
            case INTEGER_DIVIDE -> "DIV";
            case BIT_XOR -> "^";
            case JSON_GET, JSON_GET_TEXT -> supports(SUPPORTS_JSON_ARROW) ? op.symbol() : null;
            default -> super.binaryOperator(op, ctx);
        };
    }

    /** {@code a || b || c} is {@code CONCAT(a, b, c)} (in MySQL {@code ||} means OR). */
    @Override
    protected void writeConcat(RenderContext ctx, BinaryOp b) {
        ctx.keyword("CONCAT(");
        concatOperands(ctx, b, true);
        ctx.append(')');
    }

    private static void concatOperands(RenderContext ctx, Expression e, boolean first) {
        if (e instanceof BinaryOp b && b.operator() == BinaryOperator.CONCAT) {
            concatOperands(ctx, b.left(), first);
            concatOperands(ctx, b.right(), false);
            return;
        }
        if (!first) {
            ctx.append(", ");
        }
        ctx.expression(e);
    }

    @Override
    protected void writeCast(RenderContext ctx, Cast c) {
        if (c.syntax() == CastSyntax.CONVERT) {
            ctx.keyword("CONVERT(").expression(c.operand()).append(", ");
            writeDataType(ctx, c.type(), true);
            ctx.append(')');
            return;
        }
        super.writeCast(ctx, c);
    }

    @Override
    protected void writeOverlay(RenderContext ctx, Overlay o) {
        ctx.keyword("INSERT(").expression(o.string()).append(", ").expression(o.from()).append(", ");
        if (o.length() != null) {
            ctx.expression(o.length());
        } else {
            function(ctx, "CHAR_LENGTH", o.placing());
        }
        ctx.append(", ").expression(o.placing()).append(')');
    }

    @Override
    protected void writeInterval(RenderContext ctx, Interval i) {
        if (i.unit() == null && i.value() instanceof RowValue r) {
            // MySQL's INTERVAL(n, n1, n2, ...) function: the index of the last ni <= n.
            ctx.keyword("INTERVAL(");
            ExpressionWriter.list(ctx, r.values());
            ctx.append(')');
            return;
        }
        if (i.unit() == null) {
            throw new UnsupportedConstruct("INTERVAL '...' without a unit", "write INTERVAL n UNIT");
        }
        super.writeInterval(ctx, i);
    }

    @Override
    protected void writeAtTimeZone(RenderContext ctx, AtTimeZone a) {
        throw new UnsupportedConstruct("AT TIME ZONE", "use CONVERT_TZ");
    }

    @Override
    protected void writeLimit(RenderContext ctx, Limit limit, boolean ordered) {
        if (limit.withTies()) {
            if (!supports(SUPPORTS_FETCH_WITH_TIES)) {
                throw new UnsupportedConstruct("FETCH FIRST ... WITH TIES", "");
            }
            writeOffsetFetch(ctx, limit);
            return;
        }
        if (limit.count() == null && limit.offset() == null) {
            return;
        }
        if (offsetFirst(limit)) {
            ctx.keyword(" LIMIT ").expression(limit.offset()).append(", ").expression(limit.count());
            return;
        }
        // MySQL's documented way to say "all rows after the offset".
        ctx.keyword(" LIMIT ");
        if (limit.count() != null) {
            ctx.expression(limit.count());
        } else {
            ctx.append("18446744073709551615");
        }
        if (limit.offset() != null) {
            ctx.keyword(" OFFSET ").expression(limit.offset());
        }
    }

    @Override
    protected void writeLocks(RenderContext ctx, List<LockClause> locks) {
        for (LockClause lock : locks) {
            switch (lock.strength()) {
                // A key-only lock is not available: the full row lock is stronger and gives the same rows.
                case UPDATE, NO_KEY_UPDATE -> ctx.keyword(" FOR UPDATE");
                case SHARE, KEY_SHARE -> ctx.keyword(shareLock());
                case LOCK_IN_SHARE_MODE -> {
                    ctx.keyword(" LOCK IN SHARE MODE");
                    continue;
                }
            }
            if (!lock.tables().isEmpty() && supports(SUPPORTS_LOCK_OF)) {
                ctx.keyword(" OF ");
                DdlWriter.names(ctx, lock.tables());
            }
            writeLockWait(ctx, lock.waitPolicy());
        }
    }

    String shareLock() {
        return " FOR SHARE";
    }

    @Override
    protected boolean supportsIntersectExcept() {
        return family() == SqlDialect.MARIADB || version().atLeast(8, 0, 31);
    }

    @Override
    protected boolean valuesQueryRowKeyword() {
        return true;
    }

    @Override
    protected String temporaryTableKeyword(String kind) {
        if (kind.contains("TEMP")) {
            return "TEMPORARY";
        }
        throw new UnsupportedConstruct(kind + " tables", "");
    }

    @Override
    protected void writeTableOption(RenderContext ctx, Option option) {
        DdlWriter.option(ctx, option, option.value() instanceof Keyword || option.value() instanceof Literal ? "=" : " ");
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
        if ("CONTINUE".equals(t.identity())) {
            // TRUNCATE resets AUTO_INCREMENT; DELETE keeps the counter, as CONTINUE IDENTITY asks.
            ctx.keyword("DELETE");
            StatementWriter.hints(ctx, t.comments());
            ctx.keyword(" FROM ").name(t.tables().get(0));
            return;
        }
        ctx.keyword("TRUNCATE");
        StatementWriter.hints(ctx, t.comments());
        ctx.keyword(" TABLE ").name(t.tables().get(0));
    }

    @Override
    protected void writeBegin(RenderContext ctx, BeginTransaction b) {
        ctx.keyword("START TRANSACTION");
        StatementWriter.hints(ctx, b.comments());
        String sep = " ";
        for (TransactionMode m : b.modes()) {
            if (m instanceof TransactionMode.Isolation) {
                throw new UnsupportedConstruct("an isolation level in START TRANSACTION",
                        "use SET TRANSACTION ISOLATION LEVEL before it");
            }
            ctx.append(sep);
            SessionWriter.modes(ctx, List.of(m));
            sep = ", ";
        }
    }
}
