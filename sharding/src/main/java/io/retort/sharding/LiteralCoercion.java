package io.retort.sharding;

import java.sql.SQLDataException;

/**
 * Brings a routed value into the family of configured literals (range boundaries, list values),
 * so {@code '42'} finds the boundary {@code 42} and {@code '2024-01-05'} the boundary
 * {@code 2024-01-01}.
 */
final class LiteralCoercion {
    private LiteralCoercion() {}

    static CanonicalValue toFamily(Object value, CanonicalValue.Family family) throws SQLDataException {
        CanonicalValue c = CanonicalValue.of(value);
        if (c.family() == family || (c.family().isNumeric() && family.isNumeric())) {
            return c;
        }
        KeyType type = switch (family) {
            case INTEGER, DECIMAL -> KeyType.DECIMAL;
            case STRING -> KeyType.STRING;
            case UUID -> KeyType.UUID;
            case DATE -> KeyType.DATE;
            case TIME -> KeyType.TIME;
            case TIMESTAMP -> KeyType.TIMESTAMP;
            default -> null;
        };
        if (type != null) {
            try {
                CanonicalValue converted = CanonicalValue.of(type.coerce(value));
                if (converted.family() == family || (converted.family().isNumeric() && family.isNumeric())) {
                    return converted;
                }
            } catch (SQLDataException e) {
                // reported below, naming the configured type
            }
        }
        throw new SQLDataException("Sharding value " + KeyType.describe(value) + " cannot be compared with the configured "
                + family.name().toLowerCase(java.util.Locale.ROOT) + " values; pass a value of that type or set keyType:", "22018");
    }
}
