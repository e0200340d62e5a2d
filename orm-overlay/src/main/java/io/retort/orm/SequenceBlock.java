package io.retort.orm;

import io.retort.dialect.Dialect;
import io.retort.dialect.RenderedSql;
import io.retort.rewrite.SqlTranslator;
import io.retort.sql.Sql;
import io.retort.sql.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Keys from a database sequence, a block at a time: the sequence is created with
 * {@code INCREMENT BY allocationSize}, so one call returning {@code v} reserves {@code v .. v + size - 1}
 * for this factory (shared by its sessions). The sequence call is not transactional in any database,
 * so a rolled back transaction only leaves a gap.
 */
final class SequenceBlock {

    private final String name;
    private final int size;
    private long next;
    private long limit;

    SequenceBlock(String name, int size) {
        this.name = name;
        this.size = size;
    }

    synchronized long next(Connection connection, Dialect dialect) throws SQLException {
        if (next >= limit) {
            long v = fetch(connection, dialect);
            next = v;
            limit = v + size;
        }
        return next++;
    }

    private long fetch(Connection connection, Dialect dialect) throws SQLException {
        if (!dialect.supports(io.retort.dialect.Capability.SUPPORTS_SEQUENCES)) {
            throw new SQLException("the key of a SEQUENCE entity needs the sequence " + name + ", but "
                    + dialect.displayName() + " has no sequences; use GenerationType.IDENTITY or SNOWFLAKE there", "0A000");
        }
        RenderedSql sql = SqlTranslator.translate(Sql.select(Sql.func("nextval", name)), SqlDialect.POSTGRESQL, dialect);
        try (PreparedStatement ps = connection.prepareStatement(sql.sql()); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the sequence " + name + " returned no value", "02000");
            }
            return rs.getLong(1);
        }
    }
}
