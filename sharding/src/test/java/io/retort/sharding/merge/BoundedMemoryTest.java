package io.retort.sharding.merge;

import static io.retort.sharding.merge.Plans.agg;
import static io.retort.sharding.merge.Plans.asc;
import static io.retort.sharding.merge.Plans.col;
import static io.retort.sharding.merge.Plans.desc;
import static io.retort.sharding.merge.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Merges 4 × 1,000,000 generated rows in a JVM with a 256 MB heap (sharding/pom.xml runs this
 * class alone in the surefire execution {@code bounded-memory} with {@code -Xmx256m}). Every row
 * carries a fresh 100-character string: holding the 4,000,000 rows would take well over 500 MB, so
 * a merger that buffered them would fail with OutOfMemoryError.
 */
@Tag("bounded-memory")
class BoundedMemoryTest {

    private static final int SHARDS = 4;
    private static final long ROWS_PER_SHARD = 1_000_000;
    private static final String PAD = "x".repeat(90);

    @BeforeAll
    static void heapIsSmall() {
        assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx256m (the bounded-memory surefire execution)")
                .isLessThanOrEqualTo(256L * 1024 * 1024);
    }

    /** Shard s holds keys s, s + 4, s + 8, ...: the merge interleaves all four streams row by row. */
    private static List<ResultSet> interleaved(boolean descending) {
        List<ResultSet> shards = new ArrayList<>();
        for (int s = 0; s < SHARDS; s++) {
            int shard = s;
            shards.add(SyntheticResultSet.of(List.of("id", "payload", "amount"), ROWS_PER_SHARD, i -> {
                long key = descending ? (ROWS_PER_SHARD - 1 - i) * SHARDS + shard : i * SHARDS + shard;
                return new Object[] {key, PAD + String.format("%010d", key), (int) (key % 1000)};
            }));
        }
        return shards;
    }

    @Test
    void orderByMergeOfFourMillionRowsStreams() throws SQLException {
        long count = 0;
        long previous = -1;
        long checksum = 0;
        try (ResultSet rs = new ResultMerger().merge(interleaved(false), plan().orderBy(asc(col(1))).build())) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String payload = rs.getString(2);
                assertThat(id).isGreaterThan(previous);
                if (!payload.endsWith(String.format("%010d", id))) {
                    throw new AssertionError("row " + id + " has the payload of another row: " + payload);
                }
                checksum += rs.getInt(3);
                previous = id;
                count++;
            }
        }
        assertThat(count).isEqualTo(SHARDS * ROWS_PER_SHARD);
        assertThat(previous).isEqualTo(SHARDS * ROWS_PER_SHARD - 1);
        assertThat(checksum).isEqualTo(4_000L * (999 * 1000 / 2));
    }

    @Test
    void streamingGroupByOfFourMillionRows() throws SQLException {
        // every shard holds the groups 0..999,999 (descending), one row each: a million groups of four rows
        List<ResultSet> shards = new ArrayList<>();
        for (int s = 0; s < SHARDS; s++) {
            int shard = s;
            shards.add(SyntheticResultSet.of(List.of("g", "payload", "total"), ROWS_PER_SHARD,
                    i -> new Object[] {ROWS_PER_SHARD - 1 - i, PAD + shard + i, (long) shard + 1}));
        }
        MergePlan plan = plan().groupBy(col(1)).orderBy(desc(col(1))).sortedByGroup()
                .aggregates(agg(col(3), AggregateKind.SUM), agg(col(2), AggregateKind.MAX)).build();
        long groups = 0;
        try (ResultSet rs = new ResultMerger().merge(shards, plan)) {
            while (rs.next()) {
                assertThat(rs.getLong(1)).isEqualTo(ROWS_PER_SHARD - 1 - groups);
                if (rs.getLong(3) != 1 + 2 + 3 + 4) {
                    throw new AssertionError("group " + rs.getLong(1) + " sums to " + rs.getLong(3));
                }
                groups++;
            }
        }
        assertThat(groups).isEqualTo(ROWS_PER_SHARD);
    }
}
