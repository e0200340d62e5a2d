package io.retort.jmh;

import static io.retort.orm.Orm.select;

import io.retort.orm.Session;
import io.retort.orm.SessionFactory;
import io.retort.orm.annotation.Column;
import io.retort.orm.annotation.Entity;
import io.retort.orm.annotation.Fetch;
import io.retort.orm.annotation.Id;
import io.retort.orm.annotation.JoinColumn;
import io.retort.orm.annotation.ManyToOne;
import io.retort.orm.annotation.OneToMany;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/**
 * One operation loads 10,000 parents, each with its collection of 3 children, into objects, in one read
 * transaction: the Retort ORM ({@code session.scalars(select(Parent.class)).all()} with the collection
 * loaded by SELECT ... IN, {@link Fetch#SELECTIN}) side by side with the same two steps written by hand in
 * JDBC (the parents; then the children {@code WHERE parent_id IN (...)}, 500 keys per query as the ORM
 * does, each child put into its parent's list and pointing back at it).
 *
 * <pre>{@code
 * java -jar jmh/target/benchmarks.jar OrmLoadBenchmark -prof gc -prof io.retort.jmh.ProcessCpuProfiler
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class OrmLoadBenchmark {

    static final int PARENTS = 10_000;
    static final int CHILDREN_PER_PARENT = 3;
    static final int KEYS_PER_QUERY = 500;

    @Param({"postgresql", "h2"})
    public String database;

    @Param({"retort-orm", "handwritten"})
    public String variant;

    private OrmBenchDatabase db;
    private SessionFactory factory;
    private String childrenSql;
    /** The last operation's result, checked after each iteration. */
    private List<?> loaded;

    @Entity(table = "bench_parent")
    static final class OrmParent {
        @Id Long id;
        @Column(length = 60, nullable = false) String name;
        @OneToMany(mappedBy = "parent", fetch = Fetch.SELECTIN) List<OrmChild> children = new ArrayList<>();

        OrmParent() {}
    }

    @Entity(table = "bench_child")
    static final class OrmChild {
        @Id Long id;
        @ManyToOne @JoinColumn(name = "parent_id", nullable = false) OrmParent parent;
        @Column(length = 60, nullable = false) String label;
        int qty;

        OrmChild() {}
    }

    static final class PlainParent {
        final long id;
        final String name;
        final List<PlainChild> children = new ArrayList<>(CHILDREN_PER_PARENT);

        PlainParent(long id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    static final class PlainChild {
        final long id;
        final PlainParent parent;
        final String label;
        final int qty;

        PlainChild(long id, PlainParent parent, String label, int qty) {
            this.id = id;
            this.parent = parent;
            this.label = label;
            this.qty = qty;
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        db = OrmBenchDatabase.create(database, "retort_bench_orm_load");
        db.execute("CREATE TABLE bench_parent (id BIGINT PRIMARY KEY, name VARCHAR(60) NOT NULL)",
                "CREATE TABLE bench_child (id BIGINT PRIMARY KEY, parent_id BIGINT NOT NULL REFERENCES bench_parent (id),"
                        + " label VARCHAR(60) NOT NULL, qty INT NOT NULL)",
                "CREATE INDEX ix_bench_child_parent_id ON bench_child (parent_id)");
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement parent = c.prepareStatement("INSERT INTO bench_parent (id, name) VALUES (?, ?)");
                    PreparedStatement child = c.prepareStatement(
                            "INSERT INTO bench_child (id, parent_id, label, qty) VALUES (?, ?, ?, ?)")) {
                for (int p = 1; p <= PARENTS; p++) {
                    parent.setLong(1, p);
                    parent.setString(2, "parent " + p);
                    parent.addBatch();
                }
                parent.executeBatch();
                for (int p = 1; p <= PARENTS; p++) {
                    for (int k = 0; k < CHILDREN_PER_PARENT; k++) {
                        long id = (long) p * CHILDREN_PER_PARENT + k;
                        child.setLong(1, id);
                        child.setLong(2, p);
                        child.setString(3, "child " + id);
                        child.setInt(4, k);
                        child.addBatch();
                    }
                    if (p % 1000 == 0) {
                        child.executeBatch();
                    }
                }
                child.executeBatch();
            }
            c.commit();
        }
        if (database.equals("postgresql")) {
            db.execute("VACUUM ANALYZE bench_parent", "VACUUM ANALYZE bench_child");
        }
        factory = SessionFactory.builder(db.dataSource).entities(OrmParent.class, OrmChild.class).build();
        childrenSql = childrenSql(KEYS_PER_QUERY);
    }

    @Benchmark
    public List<?> load10kParents() throws SQLException {
        List<?> parents = variant.equals("retort-orm") ? loadWithOrm() : loadByHand();
        loaded = parents;
        return parents;
    }

    private List<OrmParent> loadWithOrm() throws SQLException {
        try (Session session = factory.openSession()) {
            return session.scalars(select(OrmParent.class)).all();
        }
    }

    /** Both sides read in one transaction and end it with a rollback (what closing the ORM's session does). */
    private List<PlainParent> loadByHand() throws SQLException {
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<PlainParent> parents = new ArrayList<>();
            Map<Long, PlainParent> byId = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM bench_parent");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    PlainParent p = new PlainParent(rs.getLong(1), rs.getString(2));
                    parents.add(p);
                    byId.put(p.id, p);
                }
            }
            try (PreparedStatement full = c.prepareStatement(childrenSql)) {
                for (int from = 0; from < parents.size(); from += KEYS_PER_QUERY) {
                    int n = Math.min(KEYS_PER_QUERY, parents.size() - from);
                    if (n == KEYS_PER_QUERY) {
                        children(full, parents, from, n, byId);
                    } else {
                        try (PreparedStatement last = c.prepareStatement(childrenSql(n))) {
                            children(last, parents, from, n, byId);
                        }
                    }
                }
            }
            c.rollback();
            return parents;
        }
    }

    private static void children(PreparedStatement ps, List<PlainParent> parents, int from, int n,
            Map<Long, PlainParent> byId) throws SQLException {
        for (int i = 0; i < n; i++) {
            ps.setLong(i + 1, parents.get(from + i).id);
        }
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                PlainParent parent = byId.get(rs.getLong(2));
                parent.children.add(new PlainChild(rs.getLong(1), parent, rs.getString(3), rs.getInt(4)));
            }
        }
    }

    private static String childrenSql(int keys) {
        StringBuilder sql = new StringBuilder("SELECT id, parent_id, label, qty FROM bench_child WHERE parent_id IN (");
        for (int i = 0; i < keys; i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        return sql.append(')').toString();
    }

    /** Fails the run unless the last operation loaded every parent with its children, linked both ways. */
    @TearDown(Level.Iteration)
    public void verify() {
        if (loaded == null || loaded.size() != PARENTS) {
            throw new IllegalStateException(variant + " on " + database + ": expected " + PARENTS + " parents, got "
                    + (loaded == null ? "nothing" : loaded.size()));
        }
        long childIds = 0;
        int children = 0;
        for (Object o : loaded) {
            if (o instanceof OrmParent p) {
                for (OrmChild c : p.children) {
                    if (c.parent != p) {
                        throw new IllegalStateException("child " + c.id + " does not point back at parent " + p.id);
                    }
                    childIds += c.id;
                    children++;
                }
            } else {
                PlainParent p = (PlainParent) o;
                for (PlainChild c : p.children) {
                    if (c.parent != p) {
                        throw new IllegalStateException("child " + c.id + " does not point back at parent " + p.id);
                    }
                    childIds += c.id;
                    children++;
                }
            }
        }
        long expected = 0;
        for (long p = 1; p <= PARENTS; p++) {
            for (int k = 0; k < CHILDREN_PER_PARENT; k++) {
                expected += p * CHILDREN_PER_PARENT + k;
            }
        }
        if (children != PARENTS * CHILDREN_PER_PARENT || childIds != expected) {
            throw new IllegalStateException(variant + " on " + database + ": expected " + PARENTS * CHILDREN_PER_PARENT
                    + " children, got " + children + " (sum of their ids " + childIds + ", expected " + expected + ")");
        }
        loaded = null;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        db.close();
    }
}
