package io.retort.jdbc.sharded;

import java.util.List;

/** The sharded features on four H2 file databases (PostgreSQL written). */
class H2FilesFeaturesTest extends ShardedFeatures {
    @Override
    List<ShardFixture.Kind> kinds() {
        return List.of(ShardFixture.Kind.H2, ShardFixture.Kind.H2, ShardFixture.Kind.H2, ShardFixture.Kind.H2);
    }
}
