package io.retort.dialect;

import static io.retort.dialect.Capability.*;

import io.retort.sql.SqlDialect;
import java.util.EnumSet;

/**
 * MariaDB 10.5 and newer: MySQL's SQL with RETURNING on INSERT and DELETE, sequences, standalone
 * VALUES, and without MySQL 8's JSON arrows, row aliases, LATERAL and {@code FOR UPDATE OF}.
 */
final class MariaDbDialect extends MySqlDialect {

    MariaDbDialect(DatabaseVersion version) {
        super(SqlDialect.MARIADB, version, capabilitiesOf(version));
    }

    private static EnumSet<Capability> capabilitiesOf(DatabaseVersion v) {
        EnumSet<Capability> c = common();
        c.add(SUPPORTS_RETURNING);
        c.add(SUPPORTS_DELETE_RETURNING);
        c.add(SUPPORTS_SEQUENCES);
        c.add(SUPPORTS_SET_OPERATION_ALL);
        if (v.atLeast(10, 6)) {
            c.add(SUPPORTS_SKIP_LOCKED);
            c.add(SUPPORTS_OFFSET_FETCH);
            c.add(SUPPORTS_FETCH_WITH_TIES);
        }
        return c;
    }

    @Override
    public String productName() {
        return "MariaDB";
    }

    @Override
    protected boolean isReservedWord(String word) {
        return ReservedWords.MARIADB.contains(word);
    }

    @Override
    protected boolean valuesQueryRowKeyword() {
        return false;
    }

    /** MariaDB has no FOR SHARE; LOCK IN SHARE MODE is the same lock. */
    @Override
    String shareLock() {
        return " LOCK IN SHARE MODE";
    }
}
