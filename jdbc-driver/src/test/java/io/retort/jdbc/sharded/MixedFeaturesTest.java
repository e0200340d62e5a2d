package io.retort.jdbc.sharded;

import java.util.List;

/** The sharded features on two PostgreSQL and two MariaDB databases (PostgreSQL written, rewritten for MariaDB). */
class MixedFeaturesTest extends ShardedFeatures {
    @Override
    List<ShardFixture.Kind> kinds() {
        return List.of(ShardFixture.Kind.POSTGRES, ShardFixture.Kind.POSTGRES, ShardFixture.Kind.MARIADB, ShardFixture.Kind.MARIADB);
    }
}
