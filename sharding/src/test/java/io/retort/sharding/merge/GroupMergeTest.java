package io.retort.sharding.merge;

import static io.retort.sharding.merge.AggregateKind.ANY_VALUE;
import static io.retort.sharding.merge.AggregateKind.COUNT;
import static io.retort.sharding.merge.AggregateKind.COUNT_DISTINCT;
import static io.retort.sharding.merge.AggregateKind.MAX;
import static io.retort.sharding.merge.AggregateKind.MIN;
import static io.retort.sharding.merge.AggregateKind.SUM;
import static io.retort.sharding.merge.Plans.agg;
import static io.retort.sharding.merge.Plans.asc;
import static io.retort.sharding.merge.Plans.avg;
import static io.retort.sharding.merge.Plans.col;
import static io.retort.sharding.merge.Plans.desc;
import static io.retort.sharding.merge.Plans.hid;
import static io.retort.sharding.merge.Plans.key;
import static io.retort.sharding.merge.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GROUP BY, aggregates, HAVING and DISTINCT across shards, against an oracle database. */
class GroupMergeTest {

    private static H2Shards db;
    private static final ResultMerger MERGER = new ResultMerger();

    @BeforeAll
    static void load() throws SQLException {
        db = new H2Shards(4);
        db.everywhere("CREATE TABLE s (id INT PRIMARY KEY, g VARCHAR(5), h INT, v INT, x DECIMAL(10,2))");
        Random r = new Random(11);
        List<Object[]> rows = new ArrayList<>();
        for (int id = 1; id <= 400; id++) {
            String g = r.nextInt(15) == 0 ? null : "g" + r.nextInt(9);
            Integer v = r.nextInt(6) == 0 ? null : r.nextInt(1000) - 300;
            BigDecimal x = r.nextInt(7) == 0 ? null : new BigDecimal(r.nextInt(100000)).movePointLeft(2);
            rows.add(new Object[] {id, g, r.nextInt(6), "g8".equals(g) ? null : v, x});
        }
        db.insert("s", rows, row -> (Integer) row[0] % 4);
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    private static List<List<Object>> merged(String shardSql, MergePlan plan) throws SQLException {
        return merged(MERGER, shardSql, plan);
    }

    private static List<List<Object>> merged(ResultMerger merger, String shardSql, MergePlan plan) throws SQLException {
        try (ResultSet rs = merger.merge(db.query(shardSql), plan)) {
            return H2Shards.rows(rs);
        }
    }

    /** Rounds the numbers of one column (an AVG, whose scale differs between H2 and the merge). */
    private static List<List<Object>> rounded(List<List<Object>> rows, int column) {
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> row : rows) {
            List<Object> copy = new ArrayList<>(row);
            if (copy.get(column) instanceof BigDecimal d) {
                copy.set(column, H2Shards.norm(d.setScale(8, RoundingMode.HALF_UP)));
            }
            out.add(copy);
        }
        return out;
    }

    private static final String STREAM_SQL =
            "SELECT g, COUNT(*), SUM(v), MIN(v), MAX(x), SUM(x), COUNT(x) FROM s GROUP BY g ORDER BY g";
    private static final String STREAM_ORACLE = "SELECT g, COUNT(*), SUM(v), MIN(v), MAX(x), AVG(x) FROM s GROUP BY g ORDER BY g";

    private static Plans streamPlan() {
        return plan().hidden(1).groupBy(col(1)).orderBy(asc(col(1))).sortedByGroup()
                .aggregates(agg(col(2), COUNT), agg(col(3), SUM), agg(col(4), MIN), agg(col(5), MAX), avg(col(6), hid(1)));
    }

    @Test
    void groupsStreamWhenShardsAreSortedByTheGroupKeys() throws SQLException {
        List<List<Object>> rows = merged(STREAM_SQL, streamPlan().build());
        assertThat(rounded(rows, 5)).isEqualTo(rounded(db.oracle(STREAM_ORACLE), 5));
        assertThat(rows.get(0).get(0)).as("the NULL group sorts first").isNull();
    }

    @Test
    void groupsHashWhenShardsAreNotSorted() throws SQLException {
        String sql = "SELECT g, COUNT(*), SUM(v), MIN(v), MAX(x), SUM(x), COUNT(x) FROM s GROUP BY g";
        MergePlan p = plan().hidden(1).groupBy(col(1))
                .aggregates(agg(col(2), COUNT), agg(col(3), SUM), agg(col(4), MIN), agg(col(5), MAX), avg(col(6), hid(1)))
                .build();
        assertThat(rounded(merged(sql, p), 5)).containsExactlyInAnyOrderElementsOf(rounded(db.oracle(STREAM_ORACLE), 5));
    }

    @Test
    void sortedByGroupWithoutAnOrderLeadingWithTheKeysFallsBackToHashing() throws SQLException {
        String sql = "SELECT g, h, SUM(v) FROM s GROUP BY g, h ORDER BY g";
        MergePlan p = plan().groupBy(col(1), col(2)).orderBy(asc(col(1))).sortedByGroup().aggregates(agg(col(3), SUM)).build();
        // ORDER BY g alone does not keep the (g, h) groups together across shards; the merge must still be right
        List<List<Object>> rows = merged(sql, p);
        assertThat(rows).containsExactlyInAnyOrderElementsOf(db.oracle("SELECT g, h, SUM(v) FROM s GROUP BY g, h"));
        assertThat(rows.stream().map(r -> r.get(0) == null ? "" : (String) r.get(0)).toList()).isSorted();
    }

    @Test
    void groupsAreResortedByAnAggregate() throws SQLException {
        String sql = "SELECT g, h, SUM(v), COUNT(*) FROM s GROUP BY g, h ORDER BY SUM(v) DESC NULLS LAST, g, h";
        MergePlan p = plan().groupBy(col(1), col(2)).aggregates(agg(col(3), SUM), agg(col(4), COUNT))
                .orderBy(key(col(3), true, false), asc(col(1)), asc(col(2))).build();
        assertThat(merged(sql, p)).isEqualTo(db.oracle(sql));
    }

    @Test
    void resortThenOffsetAndLimit() throws SQLException {
        String shardSql = "SELECT g, COUNT(*) FROM s GROUP BY g ORDER BY COUNT(*) DESC, g";
        MergePlan p = plan().groupBy(col(1)).aggregates(agg(col(2), COUNT)).orderBy(desc(col(2)), asc(col(1)))
                .offset(2).limit(3).build();
        assertThat(merged(shardSql, p))
                .isEqualTo(db.oracle("SELECT g, COUNT(*) FROM s GROUP BY g ORDER BY COUNT(*) DESC, g LIMIT 3 OFFSET 2"));
    }

    @Test
    void streamingGroupsWithLimitAndDescendingKeys() throws SQLException {
        String sql = "SELECT g, SUM(x) FROM s GROUP BY g ORDER BY g DESC NULLS LAST";
        MergePlan p = plan().groupBy(col(1)).aggregates(agg(col(2), SUM)).orderBy(key(col(1), true, false))
                .sortedByGroup().offset(1).limit(4).build();
        assertThat(merged(sql, p)).isEqualTo(db.oracle(sql + " LIMIT 4 OFFSET 1"));
    }

    @ParameterizedTest(name = "WHERE {0}")
    @ValueSource(strings = {"TRUE", "id < 0", "id < 3", "v IS NULL AND x IS NULL"})
    void aggregatesWithoutGroupByGiveOneRow(String where) throws SQLException {
        // AVG(x) and AVG(v) arrive as SUM with a hidden COUNT each
        String sql = "SELECT COUNT(*), SUM(v), MIN(g), MAX(v), SUM(x), SUM(v), COUNT(x), COUNT(v) FROM s WHERE " + where;
        MergePlan p = plan().hidden(2).aggregates(agg(col(1), COUNT), agg(col(2), SUM), agg(col(3), MIN), agg(col(4), MAX),
                avg(col(5), hid(1)), avg(col(6), hid(2)), agg(hid(1), COUNT), agg(hid(2), COUNT)).build();
        List<List<Object>> rows = merged(sql, p);
        assertThat(rows).hasSize(1);
        List<List<Object>> oracle = db.oracle("SELECT COUNT(*), SUM(v), MIN(g), MAX(v), AVG(x), AVG(CAST(v AS DECIMAL(20,4)))"
                + " FROM s WHERE " + where);
        assertThat(rounded(rounded(rows, 4), 5)).isEqualTo(rounded(rounded(oracle, 4), 5));
    }

    @Test
    void allShardsEmptyStillGiveTheAggregateRow() throws SQLException {
        // COUNT(DISTINCT v) makes the shards group by v; the other aggregates still add up per v
        String sql = "SELECT COUNT(*), SUM(v), MIN(v), v, SUM(v), COUNT(v) FROM s WHERE id < 0 GROUP BY v";
        MergePlan p = plan().hidden(1).aggregates(agg(col(1), COUNT), agg(col(2), SUM), agg(col(3), MIN),
                agg(col(4), COUNT_DISTINCT), avg(col(5), hid(1))).build();
        try (ResultSet rs = MERGER.merge(db.query(sql), p)) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isZero();
            assertThat(rs.wasNull()).isFalse();
            assertThat(rs.getObject(2)).isNull();
            assertThat(rs.getInt(2)).isZero();
            assertThat(rs.wasNull()).isTrue();
            assertThat(rs.getObject(3)).isNull();
            assertThat(rs.getLong(4)).isZero();
            assertThat(rs.getBigDecimal(5)).isNull();
            assertThat(rs.next()).isFalse();
        }
        // and over rows, the same statement agrees with the oracle
        MergePlan all = plan().hidden(1).aggregates(agg(col(1), COUNT), agg(col(2), SUM), agg(col(3), MIN),
                agg(col(4), COUNT_DISTINCT), avg(col(5), hid(1))).build();
        assertThat(rounded(merged(sql.replace("id < 0", "TRUE"), all), 4)).isEqualTo(rounded(db.oracle(
                "SELECT COUNT(*), SUM(v), MIN(v), COUNT(DISTINCT v), AVG(CAST(v AS DECIMAL(20,4))) FROM s"), 4));
    }

    @Test
    void groupByOverEmptyShardsGivesNoRows() throws SQLException {
        MergePlan p = plan().groupBy(col(1)).aggregates(agg(col(2), COUNT)).build();
        assertThat(merged("SELECT g, COUNT(*) FROM s WHERE id < 0 GROUP BY g", p)).isEmpty();
    }

    @Test
    void havingOnAHiddenAggregate() throws SQLException {
        String sql = "SELECT g, SUM(v), COUNT(*) FROM s GROUP BY g ORDER BY g";
        MergePlan p = plan().hidden(1).groupBy(col(1)).aggregates(agg(col(2), SUM), agg(hid(1), COUNT))
                .orderBy(asc(col(1))).sortedByGroup()
                .having(row -> ((Number) row.value(hid(1))).longValue() > 45).build();
        List<List<Object>> rows = merged(sql, p);
        assertThat(rows).isEqualTo(db.oracle("SELECT g, SUM(v) FROM s GROUP BY g HAVING COUNT(*) > 45 ORDER BY g"));
        assertThat(rows).isNotEmpty().hasSizeLessThan(db.oracle("SELECT DISTINCT g FROM s").size());
    }

    @Test
    void countDistinctCountsTheShardsDistinctValuesPerGroup() throws SQLException {
        MergePlan p = plan().groupBy(col(1)).aggregates(agg(col(2), COUNT_DISTINCT)).orderBy(asc(col(1))).sortedByGroup().build();
        assertThat(merged("SELECT g, h FROM s GROUP BY g, h ORDER BY g", p))
                .isEqualTo(db.oracle("SELECT g, COUNT(DISTINCT h) FROM s GROUP BY g ORDER BY g"));
        // NULLs are not counted; a group of NULLs counts 0
        MergePlan q = plan().groupBy(col(1)).aggregates(agg(col(2), COUNT_DISTINCT)).build();
        assertThat(merged("SELECT g, v FROM s GROUP BY g, v", q))
                .containsExactlyInAnyOrderElementsOf(db.oracle("SELECT g, COUNT(DISTINCT v) FROM s GROUP BY g"));
        try (ResultSet rs = MERGER.merge(db.query("SELECT g, v FROM s GROUP BY g, v"), q)) {
            assertThat(rs.getMetaData().getColumnType(2)).isEqualTo(Types.BIGINT);
            assertThat(rs.getMetaData().getColumnClassName(2)).isEqualTo("java.lang.Long");
        }
    }

    @Test
    void distinctOverGroupsGroupedByAHiddenColumn() throws SQLException {
        MergePlan p = plan().hidden(1).groupBy(hid(1)).aggregates(agg(col(1), MAX)).distinct().build();
        List<List<Object>> rows = merged("SELECT MAX(h), g FROM s GROUP BY g", p);
        assertThat(rows).containsExactlyInAnyOrderElementsOf(db.oracle("SELECT DISTINCT MAX(h) FROM s GROUP BY g"));
    }

    @Test
    void avgOfIntegersIsAnExactDecimal() throws SQLException {
        try (H2Shards small = new H2Shards(2)) {
            small.everywhere("CREATE TABLE a (k INT, v INT)");
            small.on(0, "INSERT INTO a VALUES (1, 1), (2, 1), (3, NULL), (4, 5)").on(1, "INSERT INTO a VALUES (1, 2), (2, 1), (2, 2), (3, NULL)");
            MergePlan p = plan().hidden(1).groupBy(col(1)).aggregates(avg(col(2), hid(1))).orderBy(asc(col(1))).sortedByGroup().build();
            try (ResultSet rs = MERGER.merge(small.query("SELECT k, SUM(v), COUNT(v) FROM a GROUP BY k ORDER BY k"), p)) {
                assertThat(rs.getMetaData().getColumnType(2)).isEqualTo(Types.NUMERIC);
                assertThat(rs.getMetaData().getScale(2)).isEqualTo(16);
                assertThat(rs.getMetaData().getColumnClassName(2)).isEqualTo("java.math.BigDecimal");
                rs.next();
                assertThat(rs.getBigDecimal(2)).isEqualTo(new BigDecimal("1.5000000000000000"));
                rs.next();
                assertThat(rs.getBigDecimal(2)).isEqualTo(new BigDecimal("1.3333333333333333"));
                assertThat(rs.getInt(2)).isEqualTo(1);
                assertThat(rs.getDouble(2)).isEqualTo(4.0 / 3);
                rs.next();
                assertThat(rs.getObject(2)).as("AVG over NULLs only").isNull();
                assertThat(rs.wasNull()).isTrue();
                rs.next();
                assertThat(rs.getString(2)).isEqualTo("5.0000000000000000");
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void sumsKeepTheirKind() throws SQLException {
        try (H2Shards mixed = new H2Shards(3)) {
            mixed.on(0, "CREATE TABLE m (k INT, i INT, d DECIMAL(10,3), f DOUBLE PRECISION, n INT)")
                    .on(1, "CREATE TABLE m (k INT, i INT, d DECIMAL(10,3), f DOUBLE PRECISION, n INT)")
                    .on(2, "CREATE TABLE m (k INT, i BIGINT, d DECIMAL(12,1), f DOUBLE PRECISION, n INT)");
            mixed.on(0, "INSERT INTO m VALUES (1, 2147483647, 1.125, 0.5, NULL)")
                    .on(1, "INSERT INTO m VALUES (1, 2147483647, 2.000, 0.25, NULL)")
                    .on(2, "INSERT INTO m VALUES (1, 9223372036854775000, 0.5, 1, NULL)");
            MergePlan p = plan().aggregates(agg(col(1), SUM), agg(col(2), SUM), agg(col(3), SUM), agg(col(4), SUM)).build();
            // f unsummed: H2's SUM of a DOUBLE is a DECFLOAT, and the point is summing doubles
            try (ResultSet rs = MERGER.merge(mixed.query("SELECT SUM(i), SUM(d), f, SUM(n) FROM m GROUP BY f"), p)) {
                rs.next();
                assertThat(rs.getObject(1)).as("integers past Long.MAX_VALUE stay exact")
                        .isEqualTo(new BigDecimal("9223372041149742294"));
                assertThat(rs.getObject(2)).isEqualTo(new BigDecimal("3.625"));
                assertThat(rs.getObject(3)).isEqualTo(1.75);
                assertThat(rs.getObject(4)).as("SUM of NULLs").isNull();
            }
            try (ResultSet rs = MERGER.merge(mixed.query("SELECT SUM(k) FROM m"), plan().aggregates(agg(col(1), SUM)).build())) {
                rs.next();
                assertThat(rs.getObject(1)).isEqualTo(3L);
            }
        }
    }

    @Test
    void groupKeysMeetAcrossClassesAndCollations() throws SQLException {
        try (H2Shards ci = new H2Shards(2, "SET COLLATION ENGLISH STRENGTH SECONDARY")) {
            ci.on(0, "CREATE TABLE c (name VARCHAR(10), n INT, amount INT)").on(1, "CREATE TABLE c (name VARCHAR(10), n BIGINT, amount INT)");
            ci.on(0, "INSERT INTO c VALUES ('Apple', 1, 1), ('pear', 2, 2)").on(1, "INSERT INTO c VALUES ('APPLE', 1, 10), ('Pear', 3, 20)");
            MergePlan byName = plan().groupBy(col(1)).aggregates(agg(col(2), SUM)).build();
            ResultMerger caseInsensitive = new ResultMerger(StringCollation.caseInsensitive());
            try (ResultSet rs = caseInsensitive.merge(ci.query("SELECT name, SUM(amount) FROM c GROUP BY name"), byName)) {
                assertThat(H2Shards.rows(rs)).containsExactly(List.of("Apple", BigDecimal.valueOf(11)),
                        List.of("pear", BigDecimal.valueOf(22)));
            }
            MergePlan byNumber = plan().groupBy(col(1)).aggregates(agg(col(2), SUM), agg(col(1), ANY_VALUE)).build();
            try (ResultSet rs = MERGER.merge(ci.query("SELECT n, SUM(amount) FROM c GROUP BY n"), byNumber)) {
                assertThat(H2Shards.rows(rs)).containsExactly(List.of(BigDecimal.ONE, BigDecimal.valueOf(11)),
                        List.of(BigDecimal.valueOf(2), BigDecimal.valueOf(2)), List.of(BigDecimal.valueOf(3), H2Shards.norm(20)));
            }
        }
    }

    /**
     * Regression: with PostgreSQL and MariaDB shards, SUM of integers came back as a decimal
     * (MariaDB's type) although the merged metadata (the first shard's) says BIGINT, so an
     * expression over it divided exactly where PostgreSQL divides integers.
     */
    @Test
    void aWholeSumHasTheIntegerTypeTheFirstShardDeclares() throws SQLException {
        try (H2Shards mixed = new H2Shards(2)) {
            // H2 sums INT to BIGINT and BIGINT to a DECIMAL, as PostgreSQL and MariaDB sum INT
            mixed.on(0, "CREATE TABLE t (g INT, v INT)").on(1, "CREATE TABLE t (g INT, v BIGINT)");
            mixed.on(0, "INSERT INTO t VALUES (1, 3), (1, 4)").on(1, "INSERT INTO t VALUES (1, 5)");
            MergePlan plan = plan().groupBy(col(1)).aggregates(agg(col(2), SUM)).build();
            try (ResultSet rs = MERGER.merge(mixed.query("SELECT g, SUM(v) FROM t GROUP BY g"), plan)) {
                assertThat(rs.getMetaData().getColumnType(2)).isEqualTo(Types.BIGINT);
                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject(2)).isEqualTo(12L);
            }
            List<ResultSet> reversed = new ArrayList<>(mixed.query("SELECT g, SUM(v) FROM t GROUP BY g"));
            java.util.Collections.reverse(reversed);
            try (ResultSet rs = MERGER.merge(reversed, plan)) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject(2)).isInstanceOf(BigDecimal.class); // the first shard declares a decimal
                assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("12");
            }
        }
    }
}
