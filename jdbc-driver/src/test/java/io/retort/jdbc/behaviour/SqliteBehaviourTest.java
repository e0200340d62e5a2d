package io.retort.jdbc.behaviour;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The behaviour suites on SQLite, a file in a temporary directory. */
class SqliteBehaviourTest {

    @TempDir
    static Path dir;

    static Target target() {
        return new SqliteTarget(dir.resolve("behaviour.db"));
    }

    @Nested
    class Wrappers extends WrapperSuite {
        @Override
        Target target() {
            return SqliteBehaviourTest.target();
        }
    }

    @Nested
    class Execution extends ExecutionSuite {
        @Override
        Target target() {
            return SqliteBehaviourTest.target();
        }
    }
}
