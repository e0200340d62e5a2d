package io.retort.testkit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh database for a JUnit 5 test class (registered on a {@code static} field) or for each
 * test (registered on an instance field). The database is created before and dropped after.
 *
 * <pre>{@code
 * class WrapTest {
 *     @RegisterExtension
 *     static final TestDatabaseExtension PG = TestDatabaseExtension.postgres("wrap");
 *
 *     @Test
 *     void works() throws SQLException {
 *         try (Connection c = DriverManager.getConnection(PG.database().retortUrl(), PG.database().properties())) { … }
 *     }
 * }
 * }</pre>
 */
public final class TestDatabaseExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final DatabaseKind kind;
    private final String purpose;
    private TestDatabase database;
    private boolean perTest;

    private TestDatabaseExtension(DatabaseKind kind, String purpose) {
        this.kind = kind;
        this.purpose = purpose;
    }

    public static TestDatabaseExtension postgres(String purpose) {
        return new TestDatabaseExtension(DatabaseKind.POSTGRESQL, purpose);
    }

    public static TestDatabaseExtension mariadb(String purpose) {
        return new TestDatabaseExtension(DatabaseKind.MARIADB, purpose);
    }

    public static TestDatabaseExtension of(DatabaseKind kind, String purpose) {
        return new TestDatabaseExtension(kind, purpose);
    }

    /** The database of the running test (class); fails outside one. */
    public TestDatabase database() {
        if (database == null) {
            throw new IllegalStateException("no " + kind.displayName() + " test database outside a running test");
        }
        return database;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        database = TestDatabases.server(kind).create(purpose);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        closeDatabase();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (database == null) {
            // Registered on an instance field: JUnit calls no class-level callbacks, so one per test.
            perTest = true;
            database = TestDatabases.server(kind).create(purpose);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (perTest) {
            closeDatabase();
        }
    }

    private void closeDatabase() throws Exception {
        TestDatabase db = database;
        database = null;
        if (db != null) {
            db.close();
        }
    }
}
