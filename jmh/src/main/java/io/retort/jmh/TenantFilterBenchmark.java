package io.retort.jmh;

import io.retort.events.builtin.TenantContext;
import io.retort.events.builtin.TenantFilter;
import io.retort.jdbc.RetortDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The tenant filter on a cached PreparedStatement (issue 5), H2 in memory, 10 tenants × 1,000
 * orders, primary key {@code (tenant_id, id)}:
 * {@code tenant-filter}: Retort with {@link TenantFilter} on {@code tenant_orders}, the application
 * writes {@code ... WHERE id = ?} and the filter adds {@code tenant_id = ?} (rewrite cached, tenant
 * bound from {@link TenantContext}); {@code handwritten-raw}: the H2 driver running
 * {@code ... WHERE id = ? AND tenant_id = ?} with the tenant bound by the application;
 * {@code handwritten-retort}: that hand-written statement through Retort without listeners.
 * Target: tenant-filter / handwritten ≤ 1.10.
 *
 * <pre>{@code
 * java -jar jmh/target/benchmarks.jar TenantFilterBenchmark -prof gc -prof io.retort.jmh.ProcessCpuProfiler
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TenantFilterBenchmark {

    private static final int TENANTS = 10;
    private static final int ORDERS_PER_TENANT = 1_000;
    private static final String TENANT = "tenant-3";
    private static final String FILTERED = "SELECT id, status, total FROM tenant_orders WHERE id = ?";
    private static final String HANDWRITTEN = "SELECT id, status, total FROM tenant_orders WHERE id = ? AND tenant_id = ?";

    @Param({"handwritten-raw", "handwritten-retort", "tenant-filter"})
    public String variant;

    private String rawUrl;
    private Connection conn;
    private PreparedStatement select;
    private TenantContext.Scope tenantScope;
    private boolean bindTenant;
    private int nextKey;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        rawUrl = BenchDatabases.rawUrl("h2", "tenants");
        try (Connection c = BenchDatabases.connect(rawUrl)) {
            createAndLoad(c);
        }
        switch (variant) {
            case "handwritten-raw" -> conn = BenchDatabases.connect(rawUrl);
            case "handwritten-retort" -> conn = BenchDatabases.connect(BenchDatabases.url("retort", rawUrl));
            case "tenant-filter" -> {
                RetortDataSource ds = new RetortDataSource();
                ds.setUrl(BenchDatabases.url("retort", rawUrl));
                ds.setUser("postgres");
                ds.setPassword("");
                ds.listen(TenantFilter.forTables("tenant_orders"));
                conn = ds.getConnection();
                // Thread-scoped state: JMH runs this setup on the benchmark thread, which is the
                // thread TenantContext serves.
                tenantScope = TenantContext.open(TENANT);
            }
            default -> throw new IllegalArgumentException("unknown variant " + variant);
        }
        bindTenant = !variant.equals("tenant-filter");
        select = conn.prepareStatement(bindTenant ? HANDWRITTEN : FILTERED);
        checkOnlyTheTenantsRow();
    }

    /** Every tenant has an order 7: the filtered statement must return exactly the current tenant's. */
    private void checkOnlyTheTenantsRow() throws SQLException {
        select.setInt(1, 7);
        if (bindTenant) {
            select.setString(2, TENANT);
        }
        int rows = 0;
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                rows++;
                if (!rs.getString(2).equals("status of " + TENANT)) {
                    throw new IllegalStateException("another tenant's row came back: " + rs.getString(2));
                }
            }
        }
        if (rows != 1) {
            throw new IllegalStateException("expected the tenant's one order 7, got " + rows + " rows");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        if (tenantScope != null) {
            tenantScope.close();
        }
        conn.close();
        // On the raw driver: the tenant filter rightly refuses DDL on a tenant table.
        try (Connection c = BenchDatabases.connect(rawUrl); Statement st = c.createStatement()) {
            st.execute("DROP TABLE tenant_orders");
        }
    }

    @Benchmark
    public void pointSelect(Blackhole bh) throws SQLException {
        select.setInt(1, nextKey);
        if (bindTenant) {
            select.setString(2, TENANT);
        }
        nextKey = (nextKey + 7919) % ORDERS_PER_TENANT;
        try (ResultSet rs = select.executeQuery()) {
            rs.next();
            bh.consume(rs.getInt(1));
            bh.consume(rs.getString(2));
            bh.consume(rs.getBigDecimal(3));
        }
    }

    private static void createAndLoad(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE tenant_orders (tenant_id VARCHAR(20) NOT NULL, id INTEGER NOT NULL,"
                    + " status VARCHAR(30) NOT NULL, total NUMERIC(10,2) NOT NULL, PRIMARY KEY (tenant_id, id))");
        }
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO tenant_orders (tenant_id, id, status, total) VALUES (?, ?, ?, ?)")) {
            for (int t = 0; t < TENANTS; t++) {
                for (int i = 0; i < ORDERS_PER_TENANT; i++) {
                    ps.setString(1, "tenant-" + t);
                    ps.setInt(2, i);
                    ps.setString(3, "status of tenant-" + t);
                    ps.setBigDecimal(4, BigDecimal.valueOf(i, 2));
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
    }
}
