package io.retort.jdbc.behaviour;

import io.retort.testkit.TestDatabaseExtension;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

final class PostgresTarget extends Target {

    private final TestDatabaseExtension db;

    PostgresTarget(TestDatabaseExtension db) {
        this.db = db;
    }

    @Override String name() { return "PostgreSQL"; }
    @Override String rawUrl() { return db.database().jdbcUrl(); }
    @Override String dialect() { return "postgresql"; }
    @Override Properties properties() { return db.database().properties(); }
    @Override Class<?> realConnectionType() { return org.postgresql.PGConnection.class; }
    @Override Class<?> realStatementType() { return org.postgresql.PGStatement.class; }
    @Override String idColumn() { return "id SERIAL PRIMARY KEY"; }
    @Override String blobType() { return "bytea"; }
    @Override String clobType() { return "text"; }
    @Override String timestampType() { return "timestamp(6)"; }
    @Override String timestampTzType() { return "timestamptz(6)"; }
    @Override String longQuery() { return "SELECT pg_sleep(60)"; }

    @Override
    boolean longQueryRunning() throws SQLException {
        try (Connection c = db.database().server().connectAdmin()) {
            return count(c, "SELECT count(*) FROM pg_stat_activity WHERE datname = '" + db.database().name()
                    + "' AND state = 'active' AND query LIKE 'SELECT pg_sleep%'") > 0;
        }
    }

    @Override
    long sessions() throws SQLException {
        try (Connection c = db.database().server().connectAdmin()) {
            return count(c, "SELECT count(*) FROM pg_stat_activity WHERE datname = '" + db.database().name() + "'");
        }
    }
}
