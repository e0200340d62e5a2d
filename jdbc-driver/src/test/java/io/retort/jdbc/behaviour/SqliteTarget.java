package io.retort.jdbc.behaviour;

import java.nio.file.Path;
import java.util.Properties;

final class SqliteTarget extends Target {

    private final Path file;

    SqliteTarget(Path file) {
        this.file = file;
    }

    @Override String name() { return "SQLite"; }
    @Override String rawUrl() { return "jdbc:sqlite:" + file; }
    @Override String dialect() { return "sqlite"; }
    @Override Properties properties() { return new Properties(); }
    @Override Class<?> realConnectionType() { return org.sqlite.SQLiteConnection.class; }
    @Override Class<?> realStatementType() { return org.sqlite.core.CoreStatement.class; }
    @Override String idColumn() { return "id INTEGER PRIMARY KEY AUTOINCREMENT"; }
    @Override String blobType() { return "BLOB"; }
    @Override String clobType() { return "TEXT"; }
    @Override String timestampType() { return "TIMESTAMP"; }
    @Override String timestampTzType() { return "TIMESTAMP"; }

    /**
     * About two seconds of work: long enough to be cancelled, short enough to run to the end where
     * a query timeout cannot stop it.
     */
    @Override
    String longQuery() {
        return "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10000000) SELECT MAX(x) FROM c";
    }

    @Override
    String longQueryResult() {
        return "10000000";
    }

    /** sqlite-jdbc's query timeout is a busy timeout: it waits for locks but does not stop a running query. */
    @Override
    boolean queryTimeoutInterruptsQueries() {
        return false;
    }
}
