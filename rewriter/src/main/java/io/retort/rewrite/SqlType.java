package io.retort.rewrite;

/**
 * A data type by meaning, independent of any database's spelling: what {@code SERIAL} (PostgreSQL),
 * {@code INT AUTO_INCREMENT}'s {@code INT} (MySQL) and {@code NUMBER(10)} (Oracle) have in common.
 *
 * @param base the kind of type
 * @param length length or precision, or null when not given
 * @param scale scale, or null when not given
 * @param serial true for PostgreSQL's SERIAL family (an integer with a generated default)
 */
record SqlType(Base base, Integer length, Integer scale, boolean serial) {

    enum Base {
        BOOLEAN, TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL, REAL, DOUBLE, CHAR, VARCHAR, TEXT, BINARY, VARBINARY,
        BLOB, DATE, TIME, TIMESTAMP, TIMESTAMP_TZ, INTERVAL, UUID, JSON, JSONB
    }

    static SqlType of(Base base) {
        return new SqlType(base, null, null, false);
    }

    static SqlType of(Base base, Integer length) {
        return new SqlType(base, length, null, false);
    }

    boolean isInteger() {
        return base == Base.TINYINT || base == Base.SMALLINT || base == Base.INTEGER || base == Base.BIGINT;
    }

    /** The width of an integer type in bits; 0 for other types. */
    int integerBits() {
        return switch (base) {
            case TINYINT -> 8;
            case SMALLINT -> 16;
            case INTEGER -> 32;
            case BIGINT -> 64;
            default -> 0;
        };
    }

    /** The coarse kind used by type inference. */
    TypeKind kind() {
        return switch (base) {
            case BOOLEAN -> TypeKind.BOOLEAN;
            case TINYINT, SMALLINT, INTEGER, BIGINT -> TypeKind.INTEGER;
            case DECIMAL -> TypeKind.DECIMAL;
            case REAL, DOUBLE -> TypeKind.FLOAT;
            case CHAR, VARCHAR, TEXT -> TypeKind.TEXT;
            case BINARY, VARBINARY, BLOB -> TypeKind.BINARY;
            case DATE -> TypeKind.DATE;
            case TIME -> TypeKind.TIME;
            case TIMESTAMP -> TypeKind.TIMESTAMP;
            case TIMESTAMP_TZ -> TypeKind.TIMESTAMP_TZ;
            case INTERVAL -> TypeKind.INTERVAL;
            case UUID -> TypeKind.UUID;
            case JSON, JSONB -> TypeKind.JSON;
        };
    }
}
