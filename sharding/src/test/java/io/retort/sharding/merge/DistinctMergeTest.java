package io.retort.sharding.merge;

import static io.retort.sharding.merge.Plans.asc;
import static io.retort.sharding.merge.Plans.col;
import static io.retort.sharding.merge.Plans.desc;
import static io.retort.sharding.merge.Plans.hid;
import static io.retort.sharding.merge.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DISTINCT across shards: adjacent duplicates when sorted, hashing otherwise, over visible columns only. */
class DistinctMergeTest {

    private static H2Shards db;
    private static final ResultMerger MERGER = new ResultMerger();

    @BeforeAll
    static void load() throws SQLException {
        db = new H2Shards(3);
        db.everywhere("CREATE TABLE d (id INT PRIMARY KEY, g VARCHAR(5), h INT)");
        Random r = new Random(5);
        List<Object[]> rows = new ArrayList<>();
        for (int id = 1; id <= 200; id++) {
            rows.add(new Object[] {id, r.nextInt(10) == 0 ? null : "g" + r.nextInt(6), r.nextInt(8) == 0 ? null : r.nextInt(5)});
        }
        db.insert("d", rows, row -> (Integer) row[0] % 3);
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    private static List<List<Object>> merged(String sql, MergePlan plan) throws SQLException {
        try (ResultSet rs = MERGER.merge(db.query(sql), plan)) {
            return H2Shards.rows(rs);
        }
    }

    @Test
    void sortedShardsDropAdjacentDuplicates() throws SQLException {
        String sql = "SELECT DISTINCT g, h FROM d ORDER BY g, h DESC";
        assertThat(merged(sql, plan().distinct().orderBy(asc(col(1)), desc(col(2))).build())).isEqualTo(db.oracle(sql));
        // any order of the visible columns keeps equal rows together
        String swapped = "SELECT DISTINCT g, h FROM d ORDER BY h, g";
        assertThat(merged(swapped, plan().distinct().orderBy(asc(col(2)), asc(col(1))).build())).isEqualTo(db.oracle(swapped));
    }

    @Test
    void unsortedShardsAreDeduplicatedByHashing() throws SQLException {
        List<List<Object>> rows = merged("SELECT DISTINCT g, h FROM d", plan().distinct().build());
        assertThat(rows).containsExactlyInAnyOrderElementsOf(db.oracle("SELECT DISTINCT g, h FROM d"));
    }

    @Test
    void anOrderOnPartOfTheColumnsStillDeduplicates() throws SQLException {
        // sorted by g only: (g, h) duplicates need not be adjacent across shards
        List<List<Object>> rows = merged("SELECT DISTINCT g, h FROM d ORDER BY g", plan().distinct().orderBy(asc(col(1))).build());
        assertThat(rows).containsExactlyInAnyOrderElementsOf(db.oracle("SELECT DISTINCT g, h FROM d"));
        assertThat(rows.stream().map(r -> r.get(0) == null ? "" : (String) r.get(0)).toList()).isSorted();
    }

    @Test
    void distinctIsOverVisibleColumnsOnly() throws SQLException {
        // MySQL's SELECT DISTINCT g FROM d ORDER BY h: the shards return (g, h), h hidden
        MergePlan p = plan().hidden(1).distinct().orderBy(asc(hid(1))).build();
        try (ResultSet rs = MERGER.merge(db.query("SELECT DISTINCT g, h FROM d ORDER BY h"), p)) {
            assertThat(rs.getMetaData().getColumnCount()).isEqualTo(1);
            List<List<Object>> rows = H2Shards.rows(rs);
            assertThat(rows).containsExactlyInAnyOrderElementsOf(db.oracle("SELECT DISTINCT g FROM d"));
        }
        // each g appears where its smallest h puts it
        List<List<Object>> firstH = db.oracle("SELECT g, MIN(h) FROM d GROUP BY g");
        List<Object> order = merged("SELECT DISTINCT g, h FROM d ORDER BY h", p).stream().map(r -> r.get(0)).toList();
        List<Integer> minima = new ArrayList<>();
        for (Object g : order) {
            Object min = firstH.stream().filter(r -> java.util.Objects.equals(r.get(0), g)).findFirst().orElseThrow().get(1);
            minima.add(min == null ? Integer.MIN_VALUE : ((Number) min).intValue());
        }
        assertThat(minima).isSorted();
    }

    @Test
    void distinctThenLimit() throws SQLException {
        String sql = "SELECT DISTINCT h FROM d ORDER BY h DESC";
        assertThat(merged(sql + " LIMIT 4", plan().distinct().orderBy(desc(col(1))).offset(1).limit(3).build()))
                .isEqualTo(db.oracle(sql + " LIMIT 3 OFFSET 1"));
        assertThat(merged("SELECT DISTINCT h FROM d", plan().distinct().limit(2).build())).hasSize(2).doesNotHaveDuplicates();
    }
}
