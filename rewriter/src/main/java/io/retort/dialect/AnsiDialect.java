package io.retort.dialect;

import io.retort.sql.BinaryOperator;
import io.retort.sql.SqlDialect;
import java.util.EnumSet;

/**
 * Standard SQL, the parser's default dialect: everything the standard (and the parser's ANSI reading)
 * has is written in its standard form.
 */
final class AnsiDialect extends Dialect {

    AnsiDialect(DatabaseVersion version) {
        super(SqlDialect.ANSI, version, capabilitiesOf());
    }

    private static EnumSet<Capability> capabilitiesOf() {
        EnumSet<Capability> c = EnumSet.allOf(Capability.class);
        c.removeAll(EnumSet.of(Capability.SUPPORTS_TOP, Capability.OFFSET_REQUIRES_ORDER_BY,
                Capability.OFFSET_REQUIRES_LIMIT, Capability.SUPPORTS_OUTPUT_CLAUSE,
                Capability.SUPPORTS_DATA_CHANGE_DELTA_TABLE, Capability.SELECT_REQUIRES_FROM,
                Capability.RECURSIVE_CTE_NEEDS_COLUMNS, Capability.SUPPORTS_ON_DUPLICATE_KEY_UPDATE,
                Capability.SUPPORTS_INSERT_ROW_ALIAS, Capability.SUPPORTS_INSERT_IGNORE,
                Capability.SUPPORTS_NULL_SAFE_EQUALS, Capability.SUPPORTS_MULTI_TABLE_DML,
                Capability.LIKE_IGNORES_CASE, Capability.LENGTH_COUNTS_BYTES, Capability.SEQUENTIAL_SET_ASSIGNMENTS,
                Capability.CASE_SENSITIVE_TABLE_NAMES, Capability.NULLS_SORT_HIGH));
        return c;
    }

    @Override
    public String productName() {
        return "standard SQL";
    }

    @Override
    public String displayName() {
        return "standard SQL";
    }

    @Override
    protected IdentifierFolding folding() {
        return IdentifierFolding.PRESERVE_CASE_INSENSITIVE;
    }

    @Override
    protected boolean isReservedWord(String word) {
        return ReservedWords.ANSI.contains(word);
    }

    @Override
    protected String binaryOperator(BinaryOperator op, RenderContext ctx) {
        return switch (op) {
            case XOR, NULL_SAFE_EQUALS, SOUNDS_LIKE, MEMBER_OF, INTEGER_DIVIDE -> null;
            default -> op.symbol();
        };
    }

    /** Kept as written: the parser's standard reading accepts both {@code X'1F'} and {@code 0x1F}. */
    @Override
    protected void writeBinaryLiteral(RenderContext ctx, io.retort.sql.BinaryLiteral b) {
        if (b.prefixed()) {
            ctx.append(b.hex() ? "0x" : "0b").append(b.digits());
        } else {
            super.writeBinaryLiteral(ctx, b);
        }
    }

    @Override
    protected boolean supportsBetweenSymmetric() {
        return true;
    }
}
