package io.retort.jdbc.sharded;

import java.util.List;

/** Federation on two PostgreSQL and two MariaDB databases (application dialect PostgreSQL). */
class MixedFederationTest extends FederatedQueriesTest {
    @Override
    List<ShardFixture.Kind> kinds() {
        return List.of(ShardFixture.Kind.POSTGRES, ShardFixture.Kind.POSTGRES, ShardFixture.Kind.MARIADB,
                ShardFixture.Kind.MARIADB);
    }
}
