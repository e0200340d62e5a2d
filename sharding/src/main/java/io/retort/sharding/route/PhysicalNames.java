package io.retort.sharding.route;

import io.retort.sql.Identifier;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Names of indexes and constraints on physical tables. PostgreSQL wants them unique per schema,
 * and several physical tables of one logical table share a database, so each physical table's
 * objects get their own names: the logical table's name inside the object's name is replaced by
 * the physical table's ({@code orders_pkey} on {@code orders_3} becomes {@code orders_3_pkey}),
 * else the physical table's name is appended ({@code idx_customer} becomes
 * {@code idx_customer_orders_3}). Names longer than 63 characters (PostgreSQL's limit, MySQL's
 * is 64) are cut and end in a hash of the full name, so they stay unique and stable.
 */
final class PhysicalNames {
    static final int MAX_LENGTH = 63;

    private PhysicalNames() {}

    static Identifier object(Identifier name, String logicalTable, String physicalTable) {
        if (name == null || logicalTable.equals(physicalTable)) {
            return name;
        }
        return new Identifier(object(name.text(), logicalTable, physicalTable), name.quoted());
    }

    static String object(String name, String logicalTable, String physicalTable) {
        String lower = name.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(logicalTable.toLowerCase(Locale.ROOT));
        String out = at >= 0
                ? name.substring(0, at) + physicalTable + name.substring(at + logicalTable.length())
                : name + "_" + physicalTable;
        if (out.length() <= MAX_LENGTH) {
            return out;
        }
        CRC32 crc = new CRC32();
        crc.update(out.getBytes(StandardCharsets.UTF_8));
        String hash = String.format("%08x", crc.getValue());
        return out.substring(0, MAX_LENGTH - 9) + "_" + hash;
    }
}
