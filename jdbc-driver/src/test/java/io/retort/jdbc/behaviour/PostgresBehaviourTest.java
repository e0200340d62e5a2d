package io.retort.jdbc.behaviour;

import io.retort.testkit.TestDatabaseExtension;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The behaviour suites on a real PostgreSQL (local, from the environment, or embedded: see the test kit). */
class PostgresBehaviourTest {

    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.postgres("behaviour");

    static final PostgresTarget TARGET = new PostgresTarget(DB);

    @Nested
    class Wrappers extends WrapperSuite {
        @Override
        Target target() {
            return TARGET;
        }
    }

    @Nested
    class Execution extends ExecutionSuite {
        @Override
        Target target() {
            return TARGET;
        }
    }
}
