package io.retort.jdbc.sharded;

import java.util.List;

/** The differential oracle on four PostgreSQL databases. */
class PostgresOracleTest extends DifferentialOracle {
    @Override
    List<ShardFixture.Kind> kinds() {
        return List.of(ShardFixture.Kind.POSTGRES, ShardFixture.Kind.POSTGRES, ShardFixture.Kind.POSTGRES,
                ShardFixture.Kind.POSTGRES);
    }
}
