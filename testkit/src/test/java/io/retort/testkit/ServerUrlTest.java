package io.retort.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerUrlTest {

    @Test
    void serverUrlWithoutDatabase() {
        ServerUrl u = ServerUrl.parse("jdbc:postgresql://127.0.0.1:5432/");
        assertThat(u.withDatabase("x")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/x");
        assertThat(u.database()).isEmpty();
        assertThat(u.address()).isEqualTo("127.0.0.1:5432");
    }

    @Test
    void missingSlashAndQueryAreHandled() {
        ServerUrl u = ServerUrl.parse("jdbc:mariadb://db.example:3307?useSsl=false&x=1");
        assertThat(u.withDatabase("t")).isEqualTo("jdbc:mariadb://db.example:3307/t?useSsl=false&x=1");
        assertThat(u.address()).isEqualTo("db.example:3307");
    }

    @Test
    void databaseInUrlIsReplaced() {
        ServerUrl u = ServerUrl.parse("jdbc:postgresql://h:5432/postgres?sslmode=disable");
        assertThat(u.database()).isEqualTo("postgres");
        assertThat(u.withDatabase("retort_it_a")).isEqualTo("jdbc:postgresql://h:5432/retort_it_a?sslmode=disable");
    }

    @Test
    void notAServerUrl() {
        assertThatThrownBy(() -> ServerUrl.parse("jdbc:h2:mem:x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql://host:5432/");
    }
}
