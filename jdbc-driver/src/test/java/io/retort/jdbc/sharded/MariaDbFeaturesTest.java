package io.retort.jdbc.sharded;

import java.util.List;

/** The sharded features on four MariaDB databases (PostgreSQL written). */
class MariaDbFeaturesTest extends ShardedFeatures {
    @Override
    List<ShardFixture.Kind> kinds() {
        return List.of(ShardFixture.Kind.MARIADB, ShardFixture.Kind.MARIADB, ShardFixture.Kind.MARIADB, ShardFixture.Kind.MARIADB);
    }
}
