package io.retort.sharding.merge;

import static io.retort.sharding.merge.Plans.asc;
import static io.retort.sharding.merge.Plans.col;
import static io.retort.sharding.merge.Plans.desc;
import static io.retort.sharding.merge.Plans.hid;
import static io.retort.sharding.merge.Plans.key;
import static io.retort.sharding.merge.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.retort.parser.SqlParser;
import io.retort.sharding.route.RouteUnit;
import io.retort.sql.SqlDialect;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deep pages over four H2 shards holding 120,000 rows (and one oracle database holding all of
 * them): the narrowed merge returns exactly the oracle's page while reading a tiny fraction of
 * the {@code N * (offset + limit)} rows the plain route asks for.
 */
class DeepPaginationTest {

    private static final int ROWS = 120_000;
    /** Table {@code orders} placed like hash-mod; {@code orders_r} the same rows by range of id (shards only). */
    private static H2Shards hashed;
    private static final ResultMerger MERGER = new ResultMerger();
    private static final DeepPagination PAGES = new DeepPagination(MERGER);

    @BeforeAll
    static void load() throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        Random r = new Random(42);
        for (long id = 1; id <= ROWS; id++) {
            rows.add(new Object[] {id, r.nextInt(50) == 0 ? null : r.nextInt(500),
                    BigDecimal.valueOf(r.nextInt(1_000_000), 2), "n" + r.nextInt(1000)});
        }
        hashed = new H2Shards(4);
        hashed.everywhere("CREATE TABLE orders (id BIGINT PRIMARY KEY, customer INT, amount DECIMAL(10,2), note VARCHAR(10))");
        hashed.everywhere("CREATE INDEX orders_customer ON orders (customer, id)");
        // scattered like hash-mod placement
        hashed.insert("orders", rows, row -> (int) Math.floorMod((Long) row[0] * 2654435761L >>> 7, 4L));
        // range placement on the sort key: the page lies on one shard, the worst case for sampling
        hashed.everywhere("CREATE TABLE orders_r (id BIGINT PRIMARY KEY, customer INT, amount DECIMAL(10,2), note VARCHAR(10))");
        hashed.insert("orders_r", rows, row -> (int) (((Long) row[0] - 1) / (ROWS / 4)), false);
    }

    @AfterAll
    static void close() throws SQLException {
        hashed.close();
    }

    private static List<RouteUnit> units(H2Shards db, String sql) {
        List<RouteUnit> units = new ArrayList<>();
        for (int i = 0; i < db.size(); i++) {
            units.add(new RouteUnit("ds" + i, SqlParser.parse(sql, SqlDialect.H2), List.of()));
        }
        return units;
    }

    private record Page(List<List<Object>> rows, long fetched, List<String> executed) {
    }

    private static Page page(H2Shards db, String shardSql, MergePlan plan, Object... parameters) throws SQLException {
        H2UnitExecutor executor = new H2UnitExecutor(db, List.of(parameters));
        for (int i = 0; i < db.size(); i++) {
            db.rowsFetchedByShard.set(i, 0);
        }
        long before = db.rowsFetched.get();
        try (ResultSet rs = PAGES.execute(new DeepPageQuery(units(db, shardSql), plan), executor)) {
            List<List<Object>> rows = H2Shards.rows(rs);
            return new Page(rows, db.rowsFetched.get() - before, executor.executed);
        }
    }

    private static List<List<Object>> oracle(H2Shards db, String sql, Object... parameters) throws SQLException {
        try (var ps = db.oracle.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return H2Shards.rows(rs);
            }
        }
    }

    @Test
    void offset100000Limit10ReadsAFewHundredRowsInsteadOf400040() throws SQLException {
        MergePlan plan = plan().orderBy(asc(col(1))).offset(100_000).limit(10).build();
        Page p = page(hashed, "SELECT id, customer, amount, note FROM orders ORDER BY id LIMIT 100010", plan);
        assertThat(p.rows()).hasSize(10)
                .isEqualTo(oracle(hashed, "SELECT id, customer, amount, note FROM orders ORDER BY id LIMIT 10 OFFSET 100000"));
        assertThat(p.fetched()).as("rows read from the shards (plain route: up to 400,040)").isLessThan(1_000);
        for (int shard = 0; shard < 4; shard++) {
            assertThat(hashed.rowsFetchedByShard.get(shard)).as("rows read from shard %d (plain route: up to 100,010)", shard)
                    .isLessThan(250);
        }
        assertThat(p.executed()).anyMatch(sql -> sql.contains("SUM((CASE WHEN"))
                .anyMatch(sql -> sql.contains("OFFSET") && sql.contains("FETCH FIRST 1 ROWS ONLY"))
                .noneMatch(sql -> sql.contains("100010"));
    }

    @Test
    void descendingOrder() throws SQLException {
        MergePlan plan = plan().orderBy(desc(col(1))).offset(93_456).limit(7).build();
        Page p = page(hashed, "SELECT id, note FROM orders ORDER BY id DESC LIMIT 93463", plan);
        assertThat(p.rows()).isEqualTo(oracle(hashed, "SELECT id, note FROM orders ORDER BY id DESC LIMIT 7 OFFSET 93456"));
        assertThat(p.fetched()).isLessThan(1_000);
    }

    @Test
    void rangeShardedKeysConvergeInAFewRounds() throws SQLException {
        MergePlan plan = plan().orderBy(asc(col(1))).offset(100_000).limit(10).build();
        Page p = page(hashed, "SELECT id, amount FROM orders_r ORDER BY id LIMIT 100010", plan);
        assertThat(p.rows()).isEqualTo(oracle(hashed, "SELECT id, amount FROM orders ORDER BY id LIMIT 10 OFFSET 100000"));
        assertThat(hashed.rowsFetchedByShard.get(0)).as("shard 0 holds ids 1 to 30,000").isLessThan(100);
        assertThat(p.fetched()).isLessThan(1_000);
    }

    @Test
    void aNonUniqueNullableLeadingKey() throws SQLException {
        // customer has duplicates and NULLs (sorted last here), id breaks the ties, descending
        String order = "customer NULLS LAST, id DESC";
        MergePlan plan = plan().orderBy(key(col(2), false, false), desc(col(1))).offset(118_000).limit(25).build();
        Page p = page(hashed, "SELECT id, customer FROM orders ORDER BY " + order + " LIMIT 118025", plan);
        assertThat(p.rows()).hasSize(25)
                .isEqualTo(oracle(hashed, "SELECT id, customer FROM orders ORDER BY " + order + " LIMIT 25 OFFSET 118000"));
        assertThat(p.rows()).as("the page lies in the NULL customers").anyMatch(r -> r.get(1) == null);
        assertThat(p.fetched()).isLessThan(2_000);

        MergePlan nullsFirst = plan().orderBy(key(col(2), true, true), asc(col(1))).offset(2_500).limit(10).build();
        String first = "customer DESC NULLS FIRST, id";
        Page q = page(hashed, "SELECT id, customer FROM orders ORDER BY " + first + " LIMIT 2510", nullsFirst);
        assertThat(q.rows()).isEqualTo(oracle(hashed, "SELECT id, customer FROM orders ORDER BY " + first + " LIMIT 10 OFFSET 2500"));
        // inside the leading NULLs: the bound itself has a NULL key
        MergePlan inNulls = plan().orderBy(key(col(2), true, true), asc(col(1))).offset(1_500).limit(10).build();
        Page r = page(hashed, "SELECT id, customer FROM orders ORDER BY " + first + " LIMIT 1510", inNulls);
        assertThat(r.rows()).isEqualTo(oracle(hashed, "SELECT id, customer FROM orders ORDER BY " + first + " LIMIT 10 OFFSET 1500"))
                .allMatch(row -> row.get(1) == null);
        assertThat(r.fetched()).isLessThan(500);
    }

    @Test
    void applicationParametersAliasesAndHiddenSortColumns() throws SQLException {
        MergePlan plan = plan().hidden(1).orderBy(asc(hid(1))).offset(40_000).limit(5).build();
        Page p = page(hashed, "SELECT note, amount AS a, id AS k FROM orders WHERE customer > ? ORDER BY k LIMIT 40005", plan, 100);
        assertThat(p.rows()).isEqualTo(oracle(hashed,
                "SELECT note, amount FROM orders WHERE customer > ? ORDER BY id LIMIT 5 OFFSET 40000", 100));
        assertThat(p.fetched()).isLessThan(1_000);

        MergePlan byAmount = plan().orderBy(asc(col(2)), asc(col(1))).offset(60_000).limit(3).build();
        Page q = page(hashed, "SELECT id, amount FROM orders ORDER BY 2, 1 LIMIT 60003", byAmount);
        assertThat(q.rows()).isEqualTo(oracle(hashed, "SELECT id, amount FROM orders ORDER BY 2, 1 LIMIT 3 OFFSET 60000"));
    }

    @Test
    void offsetPastTheEndAndNoLimit() throws SQLException {
        Page past = page(hashed, "SELECT id FROM orders ORDER BY id LIMIT 500010", plan().orderBy(asc(col(1))).offset(500_000).limit(10).build());
        assertThat(past.rows()).isEmpty();
        assertThat(past.fetched()).isLessThan(100);

        Page tail = page(hashed, "SELECT id FROM orders ORDER BY id", plan().orderBy(asc(col(1))).offset(ROWS - 3).build());
        assertThat(tail.rows()).isEqualTo(oracle(hashed, "SELECT id FROM orders ORDER BY id OFFSET " + (ROWS - 3) + " ROWS"));
        assertThat(tail.fetched()).isLessThan(1_000);

        Page last = page(hashed, "SELECT id FROM orders ORDER BY id LIMIT 120000", plan().orderBy(asc(col(1))).offset(ROWS - 1).limit(1).build());
        assertThat(last.rows()).containsExactly(List.of(H2Shards.norm(ROWS)));
    }

    @Test
    void queriesThatDoNotQualifyRunThePlainRoute() throws SQLException {
        MergePlan small = plan().orderBy(asc(col(1))).offset(20).limit(5).build();
        assertThat(PAGES.whyPlain(new DeepPageQuery(units(hashed, "SELECT id FROM orders ORDER BY id LIMIT 25"), small)))
                .contains("below 1000");
        Page p = page(hashed, "SELECT id FROM orders ORDER BY id LIMIT 25", small);
        assertThat(p.rows()).isEqualTo(oracle(hashed, "SELECT id FROM orders ORDER BY id LIMIT 5 OFFSET 20"));
        assertThat(p.executed()).hasSize(4);

        MergePlan grouped = plan().groupBy(col(1)).aggregates(Plans.agg(col(2), AggregateKind.COUNT)).orderBy(asc(col(1)))
                .offset(5_000).limit(5).build();
        assertThat(PAGES.whyPlain(new DeepPageQuery(units(hashed, "SELECT customer, COUNT(*) FROM orders GROUP BY customer"
                + " ORDER BY customer"), grouped))).contains("without GROUP BY");
        MergePlan deep = plan().orderBy(asc(col(1))).offset(5_000).limit(5).build();
        assertThat(PAGES.whyPlain(new DeepPageQuery(units(hashed, "SELECT id FROM orders ORDER BY id, note LIMIT 5005"), deep)))
                .contains("2 ORDER BY keys where the merge plan has 1");
        assertThat(PAGES.whyPlain(new DeepPageQuery(units(hashed, "SELECT id FROM orders ORDER BY id LIMIT 5005 FOR UPDATE"), deep)))
                .contains("locking clause");
        assertThat(PAGES.whyPlain(new DeepPageQuery(units(hashed, "SELECT id FROM orders ORDER BY id LIMIT 5005"), deep))).isNull();
    }
}
