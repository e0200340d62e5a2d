package io.retort.dialect;

import static io.retort.dialect.Capability.*;

import io.retort.sql.*;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * SQLite 3.35 and newer. SQLite has no row locks (a writing transaction locks the whole database),
 * so {@code FOR UPDATE} and {@code FOR SHARE} are left out: the statement reads the same rows.
 */
final class SqliteDialect extends Dialect {

    SqliteDialect(DatabaseVersion version) {
        super(SqlDialect.SQLITE, version, capabilitiesOf(version));
    }

    private static EnumSet<Capability> capabilitiesOf(DatabaseVersion v) {
        EnumSet<Capability> c = capabilities(SUPPORTS_LIMIT, OFFSET_REQUIRES_LIMIT, SUPPORTS_BOOLEAN,
                SUPPORTS_RETURNING, SUPPORTS_UPDATE_RETURNING, SUPPORTS_DELETE_RETURNING, SUPPORTS_ON_CONFLICT,
                SUPPORTS_ON_CONFLICT_UPDATE_WITHOUT_TARGET, SUPPORTS_EMPTY_IN_LIST, SUPPORTS_ROW_VALUES,
                RECURSIVE_KEYWORD, SUPPORTS_CTE, SUPPORTS_UPDATE_FROM, SUPPORTS_MULTI_ROW_VALUES,
                SUPPORTS_VALUES_QUERY, SUPPORTS_JSON, SUPPORTS_FILTER_CLAUSE, SUPPORTS_NULLS_ORDERING,
                SUPPORTS_TABLE_ALIAS_AS, GROUP_BY_POSITION, INTEGER_DIVISION, LIKE_IGNORES_CASE);
        if (v.atLeast(3, 38)) {
            c.add(SUPPORTS_JSON_ARROW);
        }
        if (v.atLeast(3, 39)) {
            c.add(SUPPORTS_FULL_JOIN);
            c.add(SUPPORTS_RIGHT_JOIN);
            c.add(SUPPORTS_IS_DISTINCT_FROM);
        }
        if (v.atLeast(3, 44)) {
            c.add(SUPPORTS_ORDERED_AGGREGATE);
            c.add(CONCAT_FUNCTION_IGNORES_NULL);
        }
        return c;
    }

    @Override
    public String productName() {
        return "SQLite";
    }

    @Override
    protected IdentifierFolding folding() {
        return IdentifierFolding.PRESERVE_CASE_INSENSITIVE;
    }

    @Override
    protected boolean isReservedWord(String word) {
        return ReservedWords.SQLITE.contains(word);
    }

    @Override
    protected String binaryOperator(BinaryOperator op, RenderContext ctx) {
        return switch (op) {
            case BIT_AND, BIT_OR, SHIFT_LEFT, SHIFT_RIGHT -> op.symbol();
            case NULL_SAFE_EQUALS -> "IS";
            case JSON_GET, JSON_GET_TEXT -> supports(SUPPORTS_JSON_ARROW) ? op.symbol() : null;
            default -> super.binaryOperator(op, ctx);
        };
    }

    /** SQLite's {@code IS} / {@code IS NOT} compare NULLs as equal. */
    @Override
    protected void writeIsDistinctFrom(RenderContext ctx, IsDistinctFrom x) {
        if (supports(SUPPORTS_IS_DISTINCT_FROM)) {
            super.writeIsDistinctFrom(ctx, x);
            return;
        }
        ExpressionWriter.operand(ctx, x.left(), Precedence.PREDICATE);
        ctx.keyword(x.negated() ? " IS " : " IS NOT ");
        ExpressionWriter.operand(ctx, x.right(), Precedence.PREDICATE);
    }

    @Override
    protected void writeIsTruth(RenderContext ctx, IsTruth t) {
        ExpressionWriter.operand(ctx, t.operand(), Precedence.PREDICATE);
        ctx.keyword(t.negated() ? " IS NOT " : " IS ");
        ctx.keyword(t.value() == TruthValue.UNKNOWN ? "NULL" : t.value().name());
    }

    /** Dates and times are text in SQLite: a typed literal is its string. */
    @Override
    protected void writeTypedLiteral(RenderContext ctx, TypedLiteral t) {
        String type = t.type().name();
        if (type.startsWith("DATE") || type.startsWith("TIME")) {
            ctx.stringLiteral(t.value());
            return;
        }
        throw new UnsupportedConstruct("a typed literal " + type + " '...'", "");
    }

    @Override
    protected void writeBinaryLiteral(RenderContext ctx, BinaryLiteral b) {
        if (!b.hex()) {
            throw new UnsupportedConstruct("a bit-string literal", "");
        }
        ctx.append("X'").append(b.digits()).append('\'');
    }

    @Override
    protected void writeExtract(RenderContext ctx, Extract x) {
        String field = x.field() instanceof Keyword k ? k.text().toUpperCase(Locale.ROOT) : "";
        String format = switch (field) {
            case "YEAR" -> "%Y";
            case "MONTH" -> "%m";
            case "DAY" -> "%d";
            case "HOUR" -> "%H";
            case "MINUTE" -> "%M";
            case "DOW" -> "%w";
            case "DOY" -> "%j";
            case "EPOCH" -> "%s";
            case "SECOND" -> "%f";
            default -> throw new UnsupportedConstruct("EXTRACT(" + x.field() + " FROM ...)", "");
        };
        ctx.keyword("CAST(strftime(").stringLiteral(format).append(", ").expression(x.source())
                .keyword(field.equals("SECOND") ? ") AS REAL)" : ") AS INTEGER)");
    }

    @Override
    protected void writePosition(RenderContext ctx, Position p) {
        function(ctx, "instr", p.string(), p.substring());
    }

    @Override
    protected void writeSubstring(RenderContext ctx, Substring s) {
        if (s.length() == null) {
            function(ctx, "substr", s.string(), s.from());
        } else {
            function(ctx, "substr", s.string(), s.from(), s.length());
        }
    }

    @Override
    protected void writeTrim(RenderContext ctx, Trim t) {
        String name = t.spec() == TrimSpec.LEADING ? "ltrim" : t.spec() == TrimSpec.TRAILING ? "rtrim" : "trim";
        if (t.characters() == null) {
            function(ctx, name, t.source());
        } else {
            function(ctx, name, t.source(), t.characters());
        }
    }

    @Override
    protected void writeOverlay(RenderContext ctx, Overlay o) {
        throw new UnsupportedConstruct("OVERLAY", "use substr(...) || ... || substr(...)");
    }

    @Override
    protected void writeInterval(RenderContext ctx, Interval i) {
        throw new UnsupportedConstruct("INTERVAL", "use datetime(x, '+1 day')");
    }

    @Override
    protected void writeAtTimeZone(RenderContext ctx, AtTimeZone a) {
        throw new UnsupportedConstruct("AT TIME ZONE", "");
    }

    @Override
    protected void writeValueFunction(RenderContext ctx, SqlValueFunction f) {
        switch (f.name()) {
            case "CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME" -> ctx.keyword(f.name());
            default -> throw new UnsupportedConstruct(f.name(), "");
        }
    }

    @Override
    protected void writeLimit(RenderContext ctx, Limit limit, boolean ordered) {
        if (limit.withTies()) {
            throw new UnsupportedConstruct("FETCH FIRST ... WITH TIES", "");
        }
        if (limit.count() == null && limit.offset() == null) {
            return;
        }
        if (offsetFirst(limit)) {
            ctx.keyword(" LIMIT ").expression(limit.offset()).append(", ").expression(limit.count());
            return;
        }
        ctx.keyword(" LIMIT ");
        if (limit.count() != null) {
            ctx.expression(limit.count());
        } else {
            ctx.append("-1"); // SQLite's "no limit"
        }
        if (limit.offset() != null) {
            ctx.keyword(" OFFSET ").expression(limit.offset());
        }
    }

    /** No row locks in SQLite: the lock clause is left out (documented; the rows read are the same). */
    @Override
    protected void writeLocks(RenderContext ctx, List<LockClause> locks) {
        for (LockClause lock : locks) {
            if (lock.waitPolicy() == LockWait.NOWAIT) {
                throw new UnsupportedConstruct("FOR UPDATE NOWAIT", "SQLite has no row locks to fail on");
            }
            if (lock.waitPolicy() == LockWait.SKIP_LOCKED) {
                throw new UnsupportedConstruct("FOR UPDATE SKIP LOCKED", "SQLite has no row locks to skip");
            }
        }
    }

    @Override
    protected boolean supportsGroupsFrame() {
        return version().atLeast(3, 28);
    }

    @Override
    protected String temporaryTableKeyword(String kind) {
        if (kind.contains("TEMP")) {
            return kind.equals("TEMP") ? "TEMP" : "TEMPORARY";
        }
        throw new UnsupportedConstruct(kind + " tables", "");
    }

    @Override
    protected void writeAutoIncrement(RenderContext ctx) {
        ctx.keyword("AUTOINCREMENT");
    }

    /** SQLite has no TRUNCATE; DELETE without WHERE empties the table (its AUTOINCREMENT counter continues). */
    @Override
    protected void writeTruncate(RenderContext ctx, Truncate t) {
        if (t.tables().size() > 1) {
            throw new UnsupportedConstruct("TRUNCATE of several tables", "delete from them one by one");
        }
        if ("RESTART".equals(t.identity()) || t.behavior() == DropBehavior.CASCADE) {
            throw new UnsupportedConstruct("TRUNCATE ... " + ("RESTART".equals(t.identity()) ? "RESTART IDENTITY"
                    : "CASCADE"), "");
        }
        ctx.keyword("DELETE");
        StatementWriter.hints(ctx, t.comments());
        ctx.keyword(" FROM ").name(t.tables().get(0));
    }

    /**
     * {@code BEGIN [DEFERRED | IMMEDIATE | EXCLUSIVE]}. SQLite transactions are always serializable, so
     * a requested isolation level is met (or exceeded) and left out.
     */
    @Override
    protected void writeBegin(RenderContext ctx, BeginTransaction b) {
        ctx.keyword("BEGIN");
        StatementWriter.hints(ctx, b.comments());
        for (TransactionMode m : b.modes()) {
            switch (m) {
                case TransactionMode.LockingBehavior l -> ctx.append(' ').keyword(l.behavior());
                case TransactionMode.Isolation i -> {
                }
                default -> throw new UnsupportedConstruct("BEGIN with " + m, "");
            }
        }
    }
}
