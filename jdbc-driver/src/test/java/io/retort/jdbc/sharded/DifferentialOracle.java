package io.retort.jdbc.sharded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.testkit.TestDatabase;
import io.retort.testkit.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The differential oracle: the {@link Shop} in one plain PostgreSQL database and in a sharded
 * setup (subclasses choose the shards), the same statements ({@link OracleQueries}) on both, the
 * same results required. Reads first, then writes (row counts, then every table), and the
 * statements the sharded setup must refuse.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class DifferentialOracle {

    private ShardFixture shards;
    private TestDatabase reference;
    private Connection plain;
    private Connection sharded;

    /** The databases of the shards, ds0 first. */
    abstract List<ShardFixture.Kind> kinds();

    /** Whether column labels are compared (they come from ds0, whose database may spell them its own way). */
    boolean compareLabels() {
        return kinds().get(0) == ShardFixture.Kind.POSTGRES;
    }

    @BeforeAll
    void load() throws Exception {
        String purpose = getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        shards = ShardFixture.create(purpose, kinds(), Shop.SHARDING);
        reference = TestDatabases.postgres().create(purpose + "_ref");
        plain = reference.connect();
        sharded = shards.connect();
        Shop.load(plain);
        Shop.load(sharded);
    }

    @AfterAll
    void close() throws Exception {
        ShardFixture.closeAll(sharded, plain, shards, reference);
    }

    @Order(1)
    @TestFactory
    Stream<DynamicTest> everyShardHoldsRows() {
        return Stream.of(DynamicTest.dynamicTest("rows are spread over all four data sources", () -> {
            long total = 0;
            for (ShardFixture.Shard s : shards.shards()) {
                long here = 0;
                try (Connection raw = s.connect(); var st = raw.createStatement()) {
                    for (int t = 0; t < 2; t++) {
                        try (var rs = st.executeQuery("SELECT count(*) FROM orders_" + t)) {
                            rs.next();
                            here += rs.getLong(1);
                        }
                    }
                }
                assertThat(here).as("orders on " + s.name()).isPositive();
                total += here;
            }
            assertThat(total).isEqualTo(Shop.ORDERS);
        }));
    }

    @Order(2)
    @TestFactory
    Stream<DynamicTest> reads() {
        return OracleQueries.READS.stream().map(q -> DynamicTest.dynamicTest(q.toString(), () -> compare(q)));
    }

    @Order(3)
    @TestFactory
    Stream<DynamicTest> refusals() {
        return OracleQueries.REFUSALS.stream().map(r -> DynamicTest.dynamicTest(r.toString(), () -> {
            plain.setAutoCommit(false);
            try (var st = plain.createStatement()) {
                st.execute(r.sql()); // valid on one database (and undone: the writes come later)
            } finally {
                plain.rollback();
                plain.setAutoCommit(true);
            }
            assertThatThrownBy(() -> {
                try (var st = sharded.createStatement()) {
                    st.execute(r.sql());
                }
            }).isInstanceOf(SQLFeatureNotSupportedException.class)
                    .hasMessageContaining(r.message())
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("0A000"));
        }));
    }

    @Order(4)
    @TestFactory
    Stream<DynamicTest> writes() {
        Stream<DynamicTest> writes = OracleQueries.WRITES.stream().map(q -> DynamicTest.dynamicTest(q.toString(), () -> {
            long actual = knownGaps().isEmpty() ? ResultRows.update(sharded, q.sql(), q.parameters()) : writeOrSkip(q);
            long expected = ResultRows.update(plain, q.sql(), q.parameters());
            assertThat(actual).as("row count of " + q).isEqualTo(expected);
        }));
        Stream<DynamicTest> tables = OracleQueries.TABLES.stream().map(q -> DynamicTest.dynamicTest("after the writes: " + q,
                () -> compare(q)));
        return Stream.concat(writes, tables);
    }

    /**
     * A write on the sharded side in a transaction, so that a known gap (refused by one shard's rewriting
     * after another shard ran its part) leaves no trace: the write is then skipped on both sides.
     */
    private long writeOrSkip(OracleQueries.Query q) throws SQLException {
        sharded.setAutoCommit(false);
        try {
            long count = ResultRows.update(sharded, q.sql(), q.parameters());
            sharded.commit();
            return count;
        } catch (SQLException e) {
            sharded.rollback();
            for (String gap : knownGaps()) {
                if (String.valueOf(e.getMessage()).contains(gap)) {
                    Assumptions.abort("known gap: " + e.getMessage());
                }
            }
            throw e;
        } finally {
            sharded.setAutoCommit(true);
        }
    }

    /**
     * Known gaps outside the sharding layer (the dialect rewriter), as fragments of the error they
     * raise: a query failing with one of them is reported as skipped, with the error; once the gap
     * is closed the query is compared like any other. A write failing with one is skipped on both sides.
     */
    List<String> knownGaps() {
        return List.of();
    }

    /** Queries this setup answers wrongly because of a known gap outside the sharding layer, with the reason: skipped. */
    java.util.Map<String, String> knownWrong() {
        return java.util.Map.of();
    }

    private void compare(OracleQueries.Query q) throws SQLException {
        String wrong = knownWrong().get(q.sql());
        if (wrong != null) {
            Assumptions.abort("known wrong answer: " + wrong);
        }
        ResultRows expected = ResultRows.query(plain, q.sql(), q.parameters());
        ResultRows actual;
        try {
            actual = ResultRows.query(sharded, q.sql(), q.parameters());
        } catch (SQLException e) {
            for (String gap : knownGaps()) {
                if (String.valueOf(e.getMessage()).contains(gap)) {
                    Assumptions.abort("known gap: " + e.getMessage());
                }
            }
            throw e;
        }
        if (compareLabels()) {
            assertThat(actual.labels()).as("column labels").isEqualTo(expected.labels());
        } else {
            assertThat(actual.labels()).as("number of columns").hasSameSizeAs(expected.labels());
        }
        if (q.ordered()) {
            assertThat(actual.rows()).as("rows, in order").containsExactlyElementsOf(expected.rows());
        } else {
            assertThat(actual.sorted()).as("rows, in any order").containsExactlyElementsOf(expected.sorted());
        }
    }
}
