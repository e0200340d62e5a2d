package io.retort.jdbc.sharded;

import java.util.List;

/** The differential oracle on four H2 file databases, the application writing PostgreSQL. */
class H2FilesOracleTest extends DifferentialOracle {
    @Override
    List<ShardFixture.Kind> kinds() {
        return List.of(ShardFixture.Kind.H2, ShardFixture.Kind.H2, ShardFixture.Kind.H2, ShardFixture.Kind.H2);
    }

    @Override
    List<String> knownGaps() {
        // The rewriter keeps PostgreSQL's GROUP BY 1 (an output column's position), which H2 reads as a constant.
        return List.of("GROUP BY 1 ORDER BY 1 NULLS LAST [90016");
    }
}
