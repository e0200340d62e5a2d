package io.retort.jdbc.sharded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.jdbc.RetortDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code transaction: { mode: two-phase }} on two PostgreSQL and two MariaDB shards ({@code orders}
 * by {@code customer_id mod 4}: customer 0 on ds0, 1 on ds1 …). ds1 has a unique constraint
 * checked only at commit (DEFERRABLE INITIALLY DEFERRED), so a transaction can run every statement
 * and still fail to prepare there: the case where local mode commits some data sources and
 * two-phase mode must commit none. Each test ends with no prepared branch left on any shard.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoPhaseCommitTest {

    private static final String SHARDING = """
            sharding:
              tables:
                orders: { key: customer_id, nodes: "ds${0..3}.orders", algorithm: mod }
            transaction: { mode: two-phase, log: tx/2pc.log }
            """;
    private static final List<ShardFixture.Kind> KINDS = List.of(ShardFixture.Kind.POSTGRES, ShardFixture.Kind.POSTGRES,
            ShardFixture.Kind.MARIADB, ShardFixture.Kind.MARIADB);

    private ShardFixture shards;

    @BeforeAll
    void createShards() throws Exception {
        shards = ShardFixture.create("twophase", KINDS, SHARDING);
        requirePreparedTransactions(shards.shard("ds0"));
        createTables(shards);
    }

    /**
     * PostgreSQL ships with prepared transactions off ({@code max_prepared_transactions = 0}); {@code .ci/run}
     * turns them on. Elsewhere these tests skip when they are off; under {@code CI=true} they fail.
     */
    private void requirePreparedTransactions(ShardFixture.Shard postgres) throws Exception {
        int max;
        try (Connection raw = postgres.connect(); Statement st = raw.createStatement();
                ResultSet rs = st.executeQuery("SHOW max_prepared_transactions")) {
            rs.next();
            max = Integer.parseInt(rs.getString(1));
        }
        if (max == 0) {
            String why = "PostgreSQL has max_prepared_transactions = 0; run .ci/run, or ALTER SYSTEM SET"
                    + " max_prepared_transactions = 64 and restart PostgreSQL";
            if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
                shards.close();
                shards = null;
                Assumptions.abort(why);
            }
            throw new AssertionError(why);
        }
    }

    private static void createTables(ShardFixture f) throws SQLException {
        for (ShardFixture.Shard s : f.shards()) {
            try (Connection raw = s.connect(); Statement st = raw.createStatement()) {
                st.execute("CREATE TABLE orders (id INT NOT NULL, customer_id INT NOT NULL"
                        + (s.name().equals("ds1") ? ", CONSTRAINT orders_id_once UNIQUE (id) DEFERRABLE INITIALLY DEFERRED" : "")
                        + ")" + (s.kind() == ShardFixture.Kind.MARIADB ? " ENGINE=InnoDB" : ""));
            }
        }
    }

    @AfterAll
    void close() throws Exception {
        if (shards != null) {
            try {
                rollBackPrepared(shards); // none when the tests passed; lets the databases be dropped when one failed
            } finally {
                shards.close();
            }
        }
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM orders");
        }
    }

    private static List<String> rows(Statement st) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT id, customer_id FROM orders ORDER BY id, customer_id")) {
            while (rs.next()) {
                out.add(rs.getInt(1) + "/" + rs.getInt(2));
            }
        }
        return out;
    }

    /** Prepared branches left on each shard's database (PostgreSQL's pg_prepared_xacts, MariaDB's XA RECOVER). */
    private static List<String> preparedBranches(ShardFixture f) throws SQLException {
        List<String> out = new ArrayList<>();
        for (ShardFixture.Shard s : f.shards()) {
            try (Connection raw = s.connect(); Statement st = raw.createStatement()) {
                if (s.kind() == ShardFixture.Kind.POSTGRES) {
                    try (ResultSet rs = st.executeQuery("SELECT gid FROM pg_prepared_xacts WHERE database = current_database()")) {
                        while (rs.next()) {
                            out.add(s.name() + ":" + rs.getString(1));
                        }
                    }
                } else {
                    try (ResultSet rs = st.executeQuery("XA RECOVER")) {
                        while (rs.next()) {
                            String data = rs.getString("data");
                            int g = rs.getInt("gtrid_length");
                            if (data.substring(g).equals(s.name())) {
                                out.add(s.name() + ":" + data.substring(0, g));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private String log() throws Exception {
        return Files.readString(shards.config().resolveSibling("tx/2pc.log"), StandardCharsets.UTF_8);
    }

    @Test
    void aTransactionOverFourDataSourcesCommitsOnEach() throws Exception {
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            for (int customer = 0; customer < 4; customer++) {
                st.executeUpdate("INSERT INTO orders VALUES (" + (10 + customer) + ", " + customer + ")");
            }
            c.commit();
            c.setAutoCommit(true);
            assertThat(rows(st)).containsExactly("10/0", "11/1", "12/2", "13/3");
        }
        for (ShardFixture.Shard s : shards.shards()) {
            try (Connection raw = s.connect(); Statement st = raw.createStatement()) {
                assertThat(rows(st)).as(s.name()).hasSize(1);
            }
        }
        assertThat(preparedBranches(shards)).isEmpty();
        String log = log();
        assertThat(log).startsWith("retort-2pc-log 1 ").containsPattern("commit rt\\S+ ds0 ds1 ds2 ds3\n");
        String tx = log.lines().filter(l -> l.startsWith("commit ")).reduce((a, b) -> b).orElseThrow().split(" ")[1];
        assertThat(log).contains("done " + tx + "\n");
    }

    @Test
    void aTransactionOnOneDataSourceCommitsInOnePhaseWithoutALogRecord() throws Exception {
        String before = log();
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.executeUpdate("INSERT INTO orders VALUES (20, 2)"); // ds2 (MariaDB: XA ... ONE PHASE)
            st.executeUpdate("INSERT INTO orders VALUES (21, 6)"); // ds2 again
            c.commit();
            st.executeUpdate("INSERT INTO orders VALUES (22, 4)"); // ds0 (PostgreSQL: a plain COMMIT)
            c.commit();
            c.setAutoCommit(true);
            assertThat(rows(st)).containsExactly("20/2", "21/6", "22/4");
        }
        assertThat(log()).isEqualTo(before);
        assertThat(preparedBranches(shards)).isEmpty();
    }

    @Test
    void aBranchThatCannotPrepareCommitsNothingAnywhere() throws SQLException {
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.executeUpdate("INSERT INTO orders VALUES (1, 0)"); // ds0 (PostgreSQL)
            st.executeUpdate("INSERT INTO orders VALUES (2, 2)"); // ds2 (MariaDB)
            st.executeUpdate("INSERT INTO orders VALUES (7, 1)"); // ds1
            st.executeUpdate("INSERT INTO orders VALUES (7, 5)"); // ds1 again: its deferred constraint fails at PREPARE
            st.executeUpdate("INSERT INTO orders VALUES (3, 3)"); // ds3 (MariaDB)
            assertThatThrownBy(c::commit).isInstanceOf(SQLException.class)
                    .hasMessageContaining("data source ds1 could not prepare it")
                    .hasMessageContaining("nothing was committed")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
            c.rollback();
            assertThat(rows(st)).isEmpty();
            assertThat(preparedBranches(shards)).isEmpty();
            // still usable, MariaDB's XA branches included
            st.executeUpdate("INSERT INTO orders VALUES (8, 1)");
            st.executeUpdate("INSERT INTO orders VALUES (9, 2)");
            c.commit();
            c.setAutoCommit(true);
            assertThat(rows(st)).containsExactly("8/1", "9/2");
        }
    }

    @Test
    void aFailedStatementOnPostgresqlFailsThePrepareInsteadOfLosingTheBranch() throws SQLException {
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.executeUpdate("INSERT INTO orders VALUES (1, 2)"); // ds2
            st.executeUpdate("INSERT INTO orders VALUES (2, 0)"); // ds0
            assertThatThrownBy(() -> st.executeQuery("SELECT 1 / (id - id) FROM orders WHERE customer_id = 0"))
                    .isInstanceOf(SQLException.class); // ds0's transaction is now aborted; PostgreSQL would prepare it as a rollback
            assertThatThrownBy(c::commit).isInstanceOf(SQLException.class)
                    .hasMessageContaining("data source ds0 could not prepare it")
                    .hasMessageContaining("rolled it back instead of preparing it")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("25P02"));
            c.setAutoCommit(true);
            assertThat(rows(st)).isEmpty();
        }
        assertThat(preparedBranches(shards)).isEmpty();
    }

    @Test
    void aMultiShardStatementInAutoCommitIsAtomic() throws SQLException {
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("INSERT INTO orders VALUES (5, 0), (6, 1), (6, 5), (7, 2), (8, 3)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("data source ds1 could not prepare it")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
            assertThat(rows(st)).isEmpty(); // local mode would have kept 5/0 (see LocalCommitFailureTest)
            assertThat(st.executeUpdate("INSERT INTO orders VALUES (10, 1), (11, 2), (12, 3)")).isEqualTo(3);
            assertThat(rows(st)).containsExactly("10/1", "11/2", "12/3");
        }
        assertThat(preparedBranches(shards)).isEmpty();
    }

    @Test
    void anUpdateThatMovesARowBetweenPostgresqlAndMariaDbMovesItAtomically() throws SQLException {
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO orders VALUES (40, 0)"); // ds0
            assertThat(st.executeUpdate("UPDATE orders SET customer_id = 6 WHERE customer_id = 0 AND id = 40")).isEqualTo(1);
            assertThat(rows(st)).containsExactly("40/6");
        }
        try (Connection raw = shards.shard("ds2").connect(); Statement st = raw.createStatement()) {
            assertThat(rows(st)).containsExactly("40/6");
        }
        assertThat(preparedBranches(shards)).isEmpty();
    }

    @Test
    void rollbackAndSavepointsEndEveryBranch() throws SQLException {
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.executeUpdate("INSERT INTO orders VALUES (1, 0)");
            st.executeUpdate("INSERT INTO orders VALUES (2, 2)");
            c.rollback();
            st.executeUpdate("INSERT INTO orders VALUES (3, 0)");
            Savepoint sp = c.setSavepoint();
            st.executeUpdate("INSERT INTO orders VALUES (4, 3)"); // ds3 joins after the savepoint: rolling back to it empties ds3's branch
            st.executeUpdate("INSERT INTO orders VALUES (5, 0)");
            c.rollback(sp);
            st.executeUpdate("INSERT INTO orders VALUES (6, 3)"); // ds3's branch goes on
            c.commit();
            c.setAutoCommit(true);
            assertThat(rows(st)).containsExactly("3/0", "6/3");
        }
        assertThat(preparedBranches(shards)).isEmpty();
    }

    /** Held connections live across transactions: each transaction's branches still start, prepare and end cleanly. */
    @Test
    void heldConnectionsCarryOneTransactionAfterAnother() throws Exception {
        Path held = shards.config().resolveSibling("held.yaml");
        Files.writeString(held, Files.readString(shards.config()).replace("tx/2pc.log", "tx/held.log")
                + "connections: { mode: held }\n");
        try (RetortDataSource ds = new RetortDataSource()) {
            ds.setUrl("jdbc:retort:config:" + held);
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                c.setAutoCommit(false);
                for (int round = 0; round < 3; round++) {
                    for (int customer = 0; customer < 4; customer++) {
                        st.executeUpdate("INSERT INTO orders VALUES (" + (100 + round * 10 + customer) + ", " + customer + ")");
                    }
                    if (round == 1) {
                        c.rollback();
                    } else {
                        c.commit();
                    }
                }
                c.setAutoCommit(true);
                assertThat(rows(st)).containsExactly("100/0", "101/1", "102/2", "103/3", "120/0", "121/1", "122/2", "123/3");
            }
        }
        assertThat(preparedBranches(shards)).isEmpty();
    }

    @Test
    void aSecondConfigurationCannotShareTheRecoveryLog() throws SQLException {
        try (Connection first = shards.connect()) {
            assertThat(first.isValid(1)).isTrue();
            try (RetortDataSource second = new RetortDataSource()) {
                second.setUrl("jdbc:retort:config:" + shards.config());
                assertThatThrownBy(second::getConnection).isInstanceOf(SQLException.class)
                        .hasMessageContaining("2pc.log is in use by another process or configuration")
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("55006"));
            }
        }
    }

    /**
     * What a crash leaves, made by hand with each database's own SQL and the documented log format:
     * transaction A prepared on ds0 and ds2 with its commit decision logged, transaction B prepared
     * on ds1 and ds3 with none, and a branch of someone else's on ds0. A new configuration on that
     * log commits A, rolls B back, and leaves the foreign branch alone.
     */
    @Test
    void recoveryFinishesWhatACrashLeft() throws Exception {
        try (ShardFixture crashed = ShardFixture.create("twophasecrash", KINDS, SHARDING.replace("tx/2pc.log", "crash.log"))) {
            createTables(crashed);
            String a = "rtc0ffee01-crash-1";
            String b = "rtc0ffee01-crash-2";
            Files.writeString(crashed.config().resolveSibling("crash.log"),
                    "retort-2pc-log 1 c0ffee01\ncommit " + a + " ds0 ds2\ncommit " + b + "-torn ds1", StandardCharsets.UTF_8);
            prepareOnPostgres(crashed.shard("ds0"), a + ".ds0", "INSERT INTO orders VALUES (1, 0)");
            prepareOnMariaDb(crashed.shard("ds2"), a, "INSERT INTO orders VALUES (2, 2)");
            prepareOnPostgres(crashed.shard("ds1"), b + ".ds1", "INSERT INTO orders VALUES (3, 1)");
            prepareOnMariaDb(crashed.shard("ds3"), b, "INSERT INTO orders VALUES (4, 3)");
            prepareOnPostgres(crashed.shard("ds0"), "someone-else", "INSERT INTO orders VALUES (5, 0)");
            try {
                try (Connection c = crashed.connect(); Statement st = c.createStatement()) {
                    assertThat(rows(st)).containsExactly("1/0", "2/2");
                }
                assertThat(preparedBranches(crashed)).containsExactly("ds0:someone-else");
                assertThat(Files.readString(crashed.config().resolveSibling("crash.log")))
                        .contains("commit " + a + " ds0 ds2\n").contains("done " + a + "\n")
                        .doesNotContain("-torn");
            } finally {
                rollBackPrepared(crashed); // the foreign branch, and anything recovery missed: the databases can be dropped
            }
        }
    }

    private static void rollBackPrepared(ShardFixture f) throws SQLException {
        for (String branch : preparedBranches(f)) {
            String ds = branch.substring(0, branch.indexOf(':'));
            String id = branch.substring(ds.length() + 1);
            try (Connection raw = f.shard(ds).connect(); Statement st = raw.createStatement()) {
                st.execute(f.shard(ds).kind() == ShardFixture.Kind.POSTGRES ? "ROLLBACK PREPARED '" + id + "'"
                        : "XA ROLLBACK '" + id + "','" + ds + "'");
            }
        }
    }

    private static void prepareOnPostgres(ShardFixture.Shard shard, String gid, String insert) throws SQLException {
        try (Connection raw = shard.connect(); Statement st = raw.createStatement()) {
            raw.setAutoCommit(false);
            st.executeUpdate(insert);
            st.execute("PREPARE TRANSACTION '" + gid + "'");
            raw.setAutoCommit(true);
        }
    }

    private static void prepareOnMariaDb(ShardFixture.Shard shard, String gtrid, String insert) throws SQLException {
        try (Connection raw = shard.connect(); Statement st = raw.createStatement()) {
            st.execute("XA START '" + gtrid + "','" + shard.name() + "'");
            st.executeUpdate(insert);
            st.execute("XA END '" + gtrid + "','" + shard.name() + "'");
            st.execute("XA PREPARE '" + gtrid + "','" + shard.name() + "'");
        } // the session ends with the branch prepared, as when a process dies
    }
}
