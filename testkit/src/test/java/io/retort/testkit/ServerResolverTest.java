package io.retort.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class ServerResolverTest {

    @Test
    void anAddressFromTheEnvironmentThatDoesNotAnswerIsReportedNotReplaced() {
        // Port 1 on loopback: nothing listens there, the connect is refused at once.
        TestSettings settings = TestSettings.of(Map.of("RETORT_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:1/"), Map.of());
        ServerResolver.Resolution r = ServerResolver.resolve(DatabaseKind.POSTGRESQL, settings);
        assertThat(r.server()).isNull();
        assertThat(r.failures()).singleElement().asString()
                .contains("RETORT_TEST_PG_URL=jdbc:postgresql://127.0.0.1:1/ does not answer");
    }

    @Test
    void anAddressFromTheEnvironmentComesFirst() {
        DatabaseServer any = TestDatabases.postgres();
        TestSettings settings = TestSettings.of(Map.of(
                "RETORT_TEST_PG_URL", any.jdbcUrl(""),
                "RETORT_TEST_PG_USER", any.user(),
                "RETORT_TEST_PG_PASSWORD", any.password()), Map.of());
        DatabaseServer server = ServerResolver.resolve(DatabaseKind.POSTGRESQL, settings).server();
        assertThat(server.source()).isEqualTo(ServerSource.ENVIRONMENT);
        assertThat(server.address()).isEqualTo(any.address());
    }

    @Test
    void withoutServersOutsideCiTheTestIsSkippedWithAHint() {
        var none = new ServerResolver.Resolution(null, List.of("no local server at 127.0.0.1:3306: refused"));
        assertThatThrownBy(() -> TestDatabases.serverOrAbort(DatabaseKind.MARIADB, none, TestSettings.of(Map.of(), Map.of())))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("No MariaDB server for the tests: no local server at 127.0.0.1:3306: refused")
                .hasMessageContaining("RETORT_TEST_MARIADB_URL");
    }

    @Test
    void withoutServersInCiTheTestFails() {
        var none = new ServerResolver.Resolution(null, List.of("embedded PostgreSQL did not start: boom"));
        assertThatThrownBy(() -> TestDatabases.serverOrAbort(DatabaseKind.POSTGRESQL, none,
                        TestSettings.of(Map.of("CI", "true"), Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("embedded PostgreSQL did not start: boom")
                .hasMessageContaining("CI=true");
    }
}
