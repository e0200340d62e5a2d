package io.retort.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** HikariCP pooling a Retort URL: eight threads, no errors, nothing left checked out. */
class HikariThroughRetortTest {

    private static final int THREADS = 8;
    private static final int ROWS_PER_THREAD = 100;

    @ParameterizedTest
    @EnumSource(Target.Kind.class)
    void eightThreadsShareThePool(Target.Kind kind) throws Exception {
        try (Target target = Target.create(kind, "hikari")) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(kind == Target.Kind.SQLITE ? target.retortUrl() + "?busy_timeout=30000" : target.retortUrl());
            config.setUsername(target.user());
            config.setPassword(target.password());
            config.setMaximumPoolSize(4);
            config.setPoolName("retort-" + kind);
            try (HikariDataSource pool = new HikariDataSource(config)) {
                assertThat(pool.isWrapperFor(io.retort.jdbc.RetortDataSource.class)).isFalse();
                try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
                    assertThat(c.unwrap(Connection.class).getClass().getName()).startsWith("io.retort.jdbc");
                    st.executeUpdate("CREATE TABLE hits (thread_no INTEGER NOT NULL, n INTEGER NOT NULL)");
                }
                ExecutorService threads = Executors.newFixedThreadPool(THREADS);
                List<Future<Integer>> results = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int threadNo = t;
                    results.add(threads.submit(() -> work(pool, threadNo)));
                }
                int total = 0;
                for (Future<Integer> f : results) {
                    total += f.get();
                }
                threads.shutdown();
                assertThat(total).isEqualTo(THREADS * ROWS_PER_THREAD);
                try (Connection c = pool.getConnection(); Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("SELECT COUNT(*), COUNT(DISTINCT thread_no) FROM hits")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(THREADS * ROWS_PER_THREAD);
                    assertThat(rs.getInt(2)).isEqualTo(THREADS);
                }
                assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
            }
        }
    }

    /** Inserts rows one connection checkout at a time and reads its own rows back; returns rows seen. */
    private static int work(HikariDataSource pool, int threadNo) throws Exception {
        for (int i = 0; i < ROWS_PER_THREAD; i++) {
            try (Connection c = pool.getConnection();
                    PreparedStatement ps = c.prepareStatement("INSERT INTO hits (thread_no, n) VALUES (?, ?)")) {
                ps.setInt(1, threadNo);
                ps.setInt(2, i);
                ps.executeUpdate();
            }
        }
        try (Connection c = pool.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM hits WHERE thread_no = ?")) {
            ps.setInt(1, threadNo);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
