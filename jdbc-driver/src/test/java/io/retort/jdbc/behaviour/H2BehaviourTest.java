package io.retort.jdbc.behaviour;

import org.junit.jupiter.api.Nested;

/** The behaviour suites on H2 in memory. */
class H2BehaviourTest {

    static final H2Target TARGET = new H2Target();

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
