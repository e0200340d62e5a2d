package io.retort.jdbc.behaviour;

import io.retort.testkit.TestDatabaseExtension;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

final class MariaDbTarget extends Target {

    private final TestDatabaseExtension db;

    MariaDbTarget(TestDatabaseExtension db) {
        this.db = db;
    }

    @Override String name() { return "MariaDB"; }
    /** allowMultiQueries: a real driver parameter that must reach the driver next to Retort's option. */
    @Override String rawUrl() { return db.database().jdbcUrl() + "?allowMultiQueries=true"; }
    @Override String dialect() { return "mariadb"; }
    @Override Properties properties() { return db.database().properties(); }
    @Override Class<?> realConnectionType() { return org.mariadb.jdbc.Connection.class; }
    @Override Class<?> realStatementType() { return org.mariadb.jdbc.Statement.class; }
    @Override String idColumn() { return "id INT AUTO_INCREMENT PRIMARY KEY"; }
    @Override String blobType() { return "LONGBLOB"; }
    @Override String clobType() { return "LONGTEXT"; }
    @Override String timestampType() { return "DATETIME(6)"; }
    @Override String timestampTzType() { return "TIMESTAMP(6)"; }
    @Override String longQuery() { return "SELECT SLEEP(60)"; }

    @Override
    boolean longQueryRunning() throws SQLException {
        try (Connection c = db.database().server().connectAdmin()) {
            return count(c, "SELECT count(*) FROM information_schema.processlist WHERE db = '" + db.database().name()
                    + "' AND info LIKE 'SELECT SLEEP%'") > 0;
        }
    }

    @Override
    long sessions() throws SQLException {
        try (Connection c = db.database().server().connectAdmin()) {
            return count(c, "SELECT count(*) FROM information_schema.processlist WHERE db = '" + db.database().name() + "'");
        }
    }
}
