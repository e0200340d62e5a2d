package io.retort.jdbc.sharded;

import java.util.List;

/** Federation on four PostgreSQL databases. */
class PostgresFederationTest extends FederatedQueriesTest {
    @Override
    List<ShardFixture.Kind> kinds() {
        return List.of(ShardFixture.Kind.POSTGRES, ShardFixture.Kind.POSTGRES, ShardFixture.Kind.POSTGRES,
                ShardFixture.Kind.POSTGRES);
    }
}
