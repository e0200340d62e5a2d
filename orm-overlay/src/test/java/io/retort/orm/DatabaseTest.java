package io.retort.orm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;

/**
 * Base of tests that run on every database: each test class gets its own databases (created on first
 * use, dropped after the class), and parameterized tests take the database kind from {@link #databases()}.
 */
abstract class DatabaseTest {

    private static final Map<String, TestDb> DATABASES = new LinkedHashMap<>();

    static Stream<String> databases() {
        return TestDb.KINDS.stream();
    }

    /** The class's database of {@code kind} (one per kind and class; tests clean up their tables). */
    static synchronized TestDb db(String kind) throws Exception {
        TestDb db = DATABASES.get(kind);
        if (db == null) {
            db = TestDb.create(kind, purpose());
            DATABASES.put(kind, db);
        }
        return db;
    }

    private static String purpose() {
        StackWalker walker = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
        return walker.walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
                        .filter(c -> DatabaseTest.class.isAssignableFrom(c) && c != DatabaseTest.class)
                        .findFirst().map(c -> c.getSimpleName().toLowerCase(java.util.Locale.ROOT))
                        .orElse("orm"));
    }

    /** A factory over the class's database of {@code kind}, with the entities' tables dropped and created anew. */
    static SessionFactory fresh(String kind, Class<?>... entities) throws Exception {
        SessionFactory f = db(kind).factory(entities);
        f.schema().dropAll();
        f.schema().createAll();
        db(kind).log.clear();
        return f;
    }

    @AfterAll
    static synchronized void dropDatabases() throws Exception {
        Exception failure = null;
        for (TestDb db : DATABASES.values()) {
            try {
                db.close();
            } catch (Exception e) {
                failure = e;
            }
        }
        DATABASES.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
