package io.retort.dialect;

import static io.retort.dialect.Capability.*;

import io.retort.sql.BinaryOp;
import io.retort.sql.BinaryOperator;
import io.retort.sql.BeginTransaction;
import io.retort.sql.Limit;
import java.util.EnumSet;

/** PostgreSQL 12 and newer: the reference the standard hooks of {@link Dialect} are written for. */
final class PostgresDialect extends Dialect {

    PostgresDialect(DatabaseVersion version) {
        super(io.retort.sql.SqlDialect.POSTGRESQL, version, capabilitiesOf(version));
    }

    private static EnumSet<Capability> capabilitiesOf(DatabaseVersion v) {
        EnumSet<Capability> c = capabilities(SUPPORTS_RETURNING, SUPPORTS_UPDATE_RETURNING, SUPPORTS_DELETE_RETURNING,
                SUPPORTS_LIMIT, SUPPORTS_OFFSET_FETCH, SUPPORTS_BOOLEAN, SUPPORTS_ILIKE, SUPPORTS_REGEX,
                SUPPORTS_DOUBLE_COLON_CAST, SUPPORTS_IS_DISTINCT_FROM, SUPPORTS_ON_CONFLICT, SUPPORTS_ROW_LOCKS,
                SUPPORTS_FOR_SHARE, SUPPORTS_LOCK_NOWAIT, SUPPORTS_SKIP_LOCKED, SUPPORTS_LOCK_OF, SUPPORTS_ROW_VALUES,
                RECURSIVE_KEYWORD, SUPPORTS_CTE, SUPPORTS_UPDATE_FROM, SUPPORTS_DELETE_USING, SUPPORTS_MULTI_ROW_VALUES,
                SUPPORTS_VALUES_QUERY, SUPPORTS_DERIVED_COLUMN_LIST, SUPPORTS_SEQUENCES, SUPPORTS_IDENTITY,
                SUPPORTS_JSON_ARROW, SUPPORTS_JSON, SUPPORTS_FILTER_CLAUSE, SUPPORTS_NULLS_ORDERING,
                SUPPORTS_DISTINCT_ON, SUPPORTS_LATERAL, SUPPORTS_FULL_JOIN, SUPPORTS_RIGHT_JOIN,
                SUPPORTS_SET_OPERATION_ALL, SUPPORTS_GROUPING_SETS, SUPPORTS_TABLE_ALIAS_AS, SUPPORTS_ARRAYS,
                SUPPORTS_TRUNCATE, SUPPORTS_ORDERED_AGGREGATE, GROUP_BY_POSITION,
                INTEGER_DIVISION, CAST_TO_INTEGER_ROUNDS, CONCAT_FUNCTION_IGNORES_NULL, NULLS_SORT_HIGH,
                LIKE_BACKSLASH_ESCAPE, DATE_ARITHMETIC_IN_DAYS);
        if (v.atLeast(13, 0)) {
            c.add(SUPPORTS_FETCH_WITH_TIES);
        }
        if (v.atLeast(15, 0)) {
            c.add(SUPPORTS_MERGE);
        }
        return c;
    }

    @Override
    public String productName() {
        return "PostgreSQL";
    }

    @Override
    protected IdentifierFolding folding() {
        return IdentifierFolding.LOWER;
    }

    @Override
    protected boolean isReservedWord(String word) {
        return ReservedWords.POSTGRESQL.contains(word);
    }

    @Override
    protected String binaryOperator(BinaryOperator op, RenderContext ctx) {
        return switch (op) {
            case XOR, NULL_SAFE_EQUALS, SOUNDS_LIKE, MEMBER_OF, INTEGER_DIVIDE -> null;
            // PgJDBC reads "?" as a parameter: its operators containing "?" are written "??".
            // PgJDBC reads every ? as a parameter marker unless doubled; the parser needs the doubling
            // for the key-existence operators only (their single ? would be a marker there too).
            default -> op.symbol().indexOf('?') >= 0 && (ctx.jdbcParameters() || op == BinaryOperator.JSON_HAS_KEY
                    || op == BinaryOperator.JSON_HAS_ANY_KEY || op == BinaryOperator.JSON_HAS_ALL_KEYS)
                    ? op.symbol().replace("?", "??") : op.symbol();
        };
    }

    @Override
    protected void writeBinaryWithoutOperator(RenderContext ctx, BinaryOp b) {
        if (b.operator() == BinaryOperator.INTEGER_DIVIDE) {
            function(ctx, "DIV", b.left(), b.right());
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
        if (limit.count() == null && limit.offset() == null) {
            ctx.keyword(" LIMIT ALL");
            return;
        }
        if (offsetFirst(limit) && !limit.withTies()) {
            ctx.keyword(" OFFSET ").expression(limit.offset()).keyword(" LIMIT ").expression(limit.count());
            return;
        }
        super.writeLimit(ctx, limit, ordered);
    }

    @Override
    protected void writeBegin(RenderContext ctx, BeginTransaction b) {
        ctx.keyword("BEGIN");
        StatementWriter.hints(ctx, b.comments());
        if (!b.modes().isEmpty()) {
            ctx.append(' ');
            SessionWriter.modes(ctx, b.modes());
        }
    }
}
