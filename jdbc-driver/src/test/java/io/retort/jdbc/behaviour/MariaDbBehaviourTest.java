package io.retort.jdbc.behaviour;

import io.retort.testkit.TestDatabaseExtension;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The behaviour suites on a real MariaDB (local, from the environment, or embedded: see the test kit). */
class MariaDbBehaviourTest {

    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.mariadb("behaviour");

    static final MariaDbTarget TARGET = new MariaDbTarget(DB);

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
