package io.retort.sharding.merge;

import static io.retort.sharding.merge.Plans.asc;
import static io.retort.sharding.merge.Plans.col;
import static io.retort.sharding.merge.Plans.desc;
import static io.retort.sharding.merge.Plans.hid;
import static io.retort.sharding.merge.Plans.key;
import static io.retort.sharding.merge.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Concatenation, k-way ORDER BY merge, LIMIT/OFFSET and hidden columns, against an oracle database. */
class OrderMergeTest {

    private static H2Shards db;
    private static final ResultMerger MERGER = new ResultMerger();

    @BeforeAll
    static void load() throws SQLException {
        db = new H2Shards(4);
        db.everywhere("CREATE TABLE t (id INT PRIMARY KEY, a INT, b VARCHAR(20), c DECIMAL(10,2), d DATE)");
        Random r = new Random(7);
        List<Object[]> rows = new ArrayList<>();
        for (int id = 1; id <= 300; id++) {
            rows.add(new Object[] {id, r.nextInt(10) == 0 ? null : r.nextInt(20),
                    r.nextInt(8) == 0 ? null : "v" + (char) ('a' + r.nextInt(12)),
                    r.nextInt(9) == 0 ? null : new java.math.BigDecimal(r.nextInt(100000)).movePointLeft(2),
                    java.sql.Date.valueOf(java.time.LocalDate.of(2024, 1, 1).plusDays(r.nextInt(60)))});
        }
        // uneven placement: shard 3 gets few rows
        db.insert("t", rows, row -> {
            int id = (Integer) row[0];
            return id % 10 == 0 ? 3 : id % 3;
        });
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    private static List<List<Object>> merged(String shardSql, MergePlan plan) throws SQLException {
        try (ResultSet rs = MERGER.merge(db.query(shardSql), plan)) {
            return H2Shards.rows(rs);
        }
    }

    @Test
    void concatenationReturnsEveryRowOnce() throws SQLException {
        List<List<Object>> rows = merged("SELECT id, a, b FROM t", MergePlan.CONCATENATE);
        assertThat(rows).hasSize(300).containsExactlyInAnyOrderElementsOf(db.oracle("SELECT id, a, b FROM t"));
    }

    static Stream<Arguments> orders() {
        return Stream.of(
                Arguments.of("a, id", List.of(asc(col(2)), asc(col(1)))),
                Arguments.of("a DESC, id", List.of(desc(col(2)), asc(col(1)))),
                Arguments.of("a NULLS LAST, id DESC", List.of(key(col(2), false, false), desc(col(1)))),
                Arguments.of("a DESC NULLS FIRST, id", List.of(key(col(2), true, true), asc(col(1)))),
                Arguments.of("b DESC, a NULLS LAST, id", List.of(desc(col(3)), key(col(2), false, false), asc(col(1)))),
                Arguments.of("c, id", List.of(asc(col(4)), asc(col(1)))),
                Arguments.of("d DESC, c DESC NULLS FIRST, id DESC", List.of(desc(col(5)), key(col(4), true, true), desc(col(1)))));
    }

    @ParameterizedTest(name = "ORDER BY {0}")
    @MethodSource("orders")
    void kWayMergeMatchesOneDatabase(String orderBy, List<SortKey> keys) throws SQLException {
        String sql = "SELECT id, a, b, c, d FROM t ORDER BY " + orderBy;
        assertThat(merged(sql, plan().orderBy(keys.toArray(SortKey[]::new)).build())).isEqualTo(db.oracle(sql));
    }

    @Test
    void hiddenSortColumnsAreInvisible() throws SQLException {
        MergePlan p = plan().hidden(2).orderBy(desc(hid(1)), asc(hid(2))).build();
        try (ResultSet rs = MERGER.merge(db.query("SELECT b, c, a, id FROM t ORDER BY a DESC, id"), p)) {
            assertThat(rs.getMetaData().getColumnCount()).isEqualTo(2);
            assertThat(rs.findColumn("C")).isEqualTo(2);
            assertThatThrownBy(() -> rs.findColumn("A")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("no column labelled 'A'").hasMessageContaining("B, C");
            rs.next();
            assertThatThrownBy(() -> rs.getObject(3)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("column index 3 is out of range");
            assertThatThrownBy(() -> rs.getInt("ID")).isInstanceOf(SQLException.class);
        }
        assertThat(merged("SELECT b, c, a, id FROM t ORDER BY a DESC, id", p))
                .isEqualTo(db.oracle("SELECT b, c FROM t ORDER BY a DESC, id"));
    }

    @ParameterizedTest(name = "OFFSET {0} LIMIT {1}")
    @MethodSource("pages")
    void offsetAndLimitAfterTheMerge(long offset, long limit) throws SQLException {
        String shardSql = "SELECT id, b FROM t ORDER BY b NULLS LAST, id LIMIT " + (offset + limit);
        List<List<Object>> rows = merged(shardSql,
                plan().orderBy(key(col(2), false, false), asc(col(1))).offset(offset).limit(limit).build());
        assertThat(rows).isEqualTo(db.oracle("SELECT id, b FROM t ORDER BY b NULLS LAST, id LIMIT " + limit + " OFFSET " + offset));
    }

    static Stream<Arguments> pages() {
        return Stream.of(Arguments.of(0, 10), Arguments.of(17, 10), Arguments.of(295, 10), Arguments.of(300, 10),
                Arguments.of(1000, 5), Arguments.of(0, 0), Arguments.of(50, 0));
    }

    @Test
    void offsetWithoutLimitAndConcatenationWithLimit() throws SQLException {
        assertThat(merged("SELECT id FROM t ORDER BY id", plan().orderBy(asc(col(1))).offset(290).build()))
                .isEqualTo(db.oracle("SELECT id FROM t ORDER BY id OFFSET 290 ROWS"));
        assertThat(merged("SELECT id FROM t LIMIT 7", plan().limit(7).build())).hasSize(7);
    }

    @Test
    void theLimitStopsReadingAndClosesTheShards() throws SQLException {
        List<ResultSet> shards = db.query("SELECT id FROM t ORDER BY id");
        long before = db.rowsFetched.get();
        try (ResultSet rs = MERGER.merge(shards, plan().orderBy(asc(col(1))).limit(3).build())) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.next()).isTrue();
            assertThat(rs.next()).isTrue();
            assertThat(shards).noneMatch(OrderMergeTest::isClosed);
            assertThat(rs.next()).isFalse();
            assertThat(shards).allMatch(OrderMergeTest::isClosed);
            // one row per shard to start the merge, then one more for each row taken
            assertThat(db.rowsFetched.get() - before).isLessThanOrEqualTo(4 + 3);
        }
    }

    @Test
    void limitZeroReturnsNothingButKeepsTheColumns() throws SQLException {
        List<ResultSet> shards = db.query("SELECT id, b FROM t ORDER BY id LIMIT 0");
        try (ResultSet rs = MERGER.merge(shards, plan().orderBy(asc(col(1))).limit(0).build())) {
            assertThat(rs.getMetaData().getColumnCount()).isEqualTo(2);
            assertThat(rs.isBeforeFirst()).isFalse();
            assertThat(rs.next()).isFalse();
            assertThat(rs.isAfterLast()).isFalse();
            assertThat(shards).allMatch(OrderMergeTest::isClosed);
        }
    }

    @Test
    void emptyShardsAndAllEmpty() throws SQLException {
        List<List<Object>> some = merged("SELECT id FROM t WHERE MOD(id, 10) <> 0 ORDER BY id DESC",
                plan().orderBy(desc(col(1))).build());
        assertThat(some).isEqualTo(db.oracle("SELECT id FROM t WHERE MOD(id, 10) <> 0 ORDER BY id DESC"));
        assertThat(merged("SELECT id FROM t WHERE id < 0 ORDER BY id", plan().orderBy(asc(col(1))).build())).isEmpty();
        assertThat(merged("SELECT id FROM t WHERE id < 0", MergePlan.CONCATENATE)).isEmpty();
    }

    @Test
    void oneShardPassesThrough() throws SQLException {
        try (ResultSet rs = MERGER.merge(List.of(db.query("SELECT id FROM t ORDER BY id").get(0)),
                plan().orderBy(asc(col(1))).limit(2).build())) {
            assertThat(H2Shards.rows(rs)).hasSize(2);
        }
    }

    @Test
    void numbersOfDifferentTypesMergeByValue() throws SQLException {
        try (H2Shards mixed = new H2Shards(4)) {
            mixed.on(0, "CREATE TABLE n (k INT, id INT)").on(1, "CREATE TABLE n (k BIGINT, id INT)")
                    .on(2, "CREATE TABLE n (k DECIMAL(20,3), id INT)").on(3, "CREATE TABLE n (k DOUBLE PRECISION, id INT)");
            mixed.on(0, "INSERT INTO n VALUES (-5, 1), (2, 2), (7, 3), (NULL, 4)")
                    .on(1, "INSERT INTO n VALUES (-9000000000, 5), (3, 6), (7, 7)")
                    .on(2, "INSERT INTO n VALUES (2.500, 8), (6.999, 9), (7.000, 10)")
                    .on(3, "INSERT INTO n VALUES (-5.5, 11), (2.0, 12), (1e10, 13)");
            try (ResultSet rs = MERGER.merge(mixed.query("SELECT k, id FROM n ORDER BY k NULLS LAST, id"),
                    plan().orderBy(key(col(1), false, false), asc(col(2))).build())) {
                List<Integer> ids = new ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getInt(2));
                }
                assertThat(ids).containsExactly(5, 11, 1, 2, 12, 8, 6, 9, 3, 7, 10, 13, 4);
            }
        }
    }

    @Test
    void temporalBooleanUuidAndBinaryColumnsMergeAsTheDatabaseSorts() throws SQLException {
        try (H2Shards typed = new H2Shards(3)) {
            typed.everywhere("CREATE TABLE x (id INT, ts TIMESTAMP, tz TIMESTAMP WITH TIME ZONE, t TIME, f BOOLEAN,"
                    + " u UUID, bin VARBINARY(4))");
            Random r = new Random(3);
            List<Object[]> rows = new ArrayList<>();
            for (int id = 0; id < 120; id++) {
                rows.add(new Object[] {id, java.time.LocalDateTime.of(2024, 3, 1, 0, 0).plusMinutes(r.nextInt(100000)),
                        java.time.OffsetDateTime.of(2024, 3, 1, 12, 0, 0, 0, java.time.ZoneOffset.ofHours(r.nextInt(5) - 2))
                                .plusMinutes(r.nextInt(1000)),
                        java.time.LocalTime.of(r.nextInt(24), r.nextInt(60)), r.nextBoolean(),
                        new java.util.UUID(r.nextLong(), r.nextLong()), new byte[] {(byte) r.nextInt(256), (byte) r.nextInt(256)}});
            }
            typed.insert("x", rows, row -> (Integer) row[0] % 3);
            for (int column = 2; column <= 7; column++) {
                String name = List.of("ts", "tz", "t", "f", "u", "bin").get(column - 2);
                String sql = "SELECT id, ts, tz, t, f, u, bin FROM x ORDER BY " + name + " DESC, id";
                try (ResultSet rs = MERGER.merge(typed.query(sql), plan().orderBy(desc(col(column)), asc(col(1))).build())) {
                    List<Object> ids = H2Shards.rows(rs).stream().map(row -> row.get(0)).toList();
                    assertThat(ids).as(name).isEqualTo(typed.oracle(sql).stream().map(row -> row.get(0)).toList());
                }
            }
        }
    }

    private static final String NAMES = "INSERT INTO w VALUES ('apple', 1), ('Banana', 2), ('cherry', 3), ('Date', 4), ('éclair', 5), ('fig', 6)";

    /** H2 sorting case-insensitively (like MariaDB's default collations) while the merger compares code points. */
    @Test
    void aCollationMismatchIsDetectedNotSilentlyMisordered() throws SQLException {
        try (H2Shards ci = new H2Shards(2, "SET COLLATION ENGLISH STRENGTH PRIMARY")) {
            ci.everywhere("CREATE TABLE w (name VARCHAR(20), id INT)").on(0, NAMES).on(1, NAMES.replace("('", "('x"));
            MergePlan p = plan().orderBy(asc(col(1))).build();
            try (ResultSet rs = MERGER.merge(ci.query("SELECT name, id FROM w ORDER BY name"), p)) {
                assertThatThrownBy(() -> H2Shards.rows(rs)).isInstanceOf(SQLException.class)
                        .hasMessageContaining("shard 1 of 2 returned its rows out of the merge order")
                        .hasMessageContaining("'Banana' after 'apple'")
                        .hasMessageContaining("collation other than the merger's ('binary')")
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("F0000"));
            }
            // the matching collation merges correctly
            ResultMerger english = new ResultMerger(StringCollation.locale(Locale.ENGLISH, Collator.PRIMARY));
            try (ResultSet rs = english.merge(ci.query("SELECT name, id FROM w ORDER BY name"), p)) {
                assertThat(H2Shards.rows(rs).stream().map(row -> row.get(0)).toList()).containsExactly(
                        "apple", "Banana", "cherry", "Date", "éclair", "fig",
                        "xapple", "xBanana", "xcherry", "xDate", "xéclair", "xfig");
            }
        }
    }

    @Test
    void caseInsensitiveCollationMergesMariaDbStyleOrder() throws SQLException {
        try (H2Shards ci = new H2Shards(3, "SET COLLATION ENGLISH STRENGTH SECONDARY")) {
            ci.everywhere("CREATE TABLE w (name VARCHAR(20), id INT)");
            ci.on(0, "INSERT INTO w VALUES ('alpha', 1), ('Charlie', 2), ('echo', 3)")
                    .on(1, "INSERT INTO w VALUES ('Bravo', 4), ('delta', 5)")
                    .on(2, "INSERT INTO w VALUES ('ALPHA2', 6), ('beta', 7), ('Zulu', 8)");
            ResultMerger ciMerger = new ResultMerger(StringCollation.caseInsensitive());
            try (ResultSet rs = ciMerger.merge(ci.query("SELECT name FROM w ORDER BY name DESC"),
                    plan().orderBy(desc(col(1))).build())) {
                assertThat(H2Shards.rows(rs).stream().map(row -> row.get(0)).toList())
                        .containsExactly("Zulu", "echo", "delta", "Charlie", "Bravo", "beta", "ALPHA2", "alpha");
            }
        }
    }

    @Test
    void nullPlacementMismatchIsDetected() throws SQLException {
        // the shards put NULLs first (H2's ASC default) but the plan says NULLS LAST
        try (ResultSet rs = MERGER.merge(db.query("SELECT a, id FROM t ORDER BY a, id"),
                plan().orderBy(key(col(1), false, false), asc(col(2))).build())) {
            assertThatThrownBy(() -> H2Shards.rows(rs)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("places NULLs differently");
        }
    }

    @Test
    void shardsWithDifferentColumnsAreRefused() throws SQLException {
        List<ResultSet> results = new ArrayList<>(db.query("SELECT id, a FROM t"));
        results.set(2, db.counting(db.shards.get(2).createStatement().executeQuery("SELECT id FROM t")));
        assertThatThrownBy(() -> MERGER.merge(results, MergePlan.CONCATENATE)).isInstanceOf(SQLException.class)
                .hasMessageContaining("shard 3 of 4 returns 1 columns but shard 1 of 4 returns 2");
        assertThat(results).allMatch(OrderMergeTest::isClosed);
    }

    static boolean isClosed(ResultSet rs) {
        try {
            return rs.isClosed();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
