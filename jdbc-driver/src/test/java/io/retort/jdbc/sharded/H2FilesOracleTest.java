package io.retort.jdbc.sharded;

import java.util.List;

/** The differential oracle on four H2 file databases, the application writing PostgreSQL. */
class H2FilesOracleTest extends DifferentialOracle {
    @Override
    List<ShardFixture.Kind> kinds() {
        return List.of(ShardFixture.Kind.H2, ShardFixture.Kind.H2, ShardFixture.Kind.H2, ShardFixture.Kind.H2);
    }

}
