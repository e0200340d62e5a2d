package io.retort.testkit;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The knobs the test kit reads, from environment variables and system properties. A separate
 * object so that the resolution order can be tested with made-up settings.
 *
 * <ul>
 *   <li>{@code RETORT_TEST_PG_URL}, {@code _USER}, {@code _PASSWORD} and {@code RETORT_TEST_MARIADB_…}:
 *       a server to use instead of the local one (URL of the server, e.g. {@code jdbc:postgresql://host:5432/}).
 *   <li>{@code RETORT_TEST_SKIP_LOCAL=true} or {@code -Dretort.testkit.skipLocal=true}: ignore servers on
 *       this machine, so the embedded fallback is used.
 *   <li>{@code CI=true}: a missing server fails the test instead of skipping it.
 * </ul>
 */
record TestSettings(UnaryOperator<String> env, UnaryOperator<String> properties) {

    static TestSettings system() {
        return new TestSettings(System::getenv, System::getProperty);
    }

    static TestSettings of(Map<String, String> env, Map<String, String> properties) {
        return new TestSettings(env::get, properties::get);
    }

    String env(String name) {
        String v = env.apply(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    boolean ci() {
        return "true".equalsIgnoreCase(env("CI"));
    }

    boolean skipLocal() {
        return "true".equalsIgnoreCase(env("RETORT_TEST_SKIP_LOCAL"))
                || "true".equalsIgnoreCase(properties.apply("retort.testkit.skipLocal"));
    }

    boolean flag(String property, String variable) {
        return "true".equalsIgnoreCase(properties.apply(property)) || "true".equalsIgnoreCase(env(variable));
    }
}
