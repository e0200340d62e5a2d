package io.retort.jmh;

import io.retort.jmh.hibernate.HibernateSessions;
import io.retort.jmh.hibernate.IdentityItem;
import io.retort.jmh.hibernate.SequenceItem;
import io.retort.orm.Session;
import io.retort.orm.SessionFactory;
import io.retort.orm.annotation.Column;
import io.retort.orm.annotation.Entity;
import io.retort.orm.annotation.GeneratedValue;
import io.retort.orm.annotation.Id;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;
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
 * One operation is one transaction that inserts 100,000 new objects whose keys PostgreSQL generates and
 * gives every object its key: the Retort ORM ({@code session.addAll(objects); session.commit()}) side by
 * side with the same rows written by hand and with Hibernate ORM, in the same run.
 *
 * <ul>
 *   <li>{@code retort-orm}: a Retort {@link Session}; keys from the identity column.</li>
 *   <li>{@code handwritten-returning}: {@code INSERT ... VALUES (?, ?, ?), ... RETURNING id}, 1,000 rows per
 *       statement, keys taken in the order the rows come back.</li>
 *   <li>{@code handwritten-batch}: a JDBC batch of 1,000 single-row INSERTs, keys from {@code getGeneratedKeys()}.</li>
 *   <li>{@code hibernate-identity}: {@code session.persist} each, keys from the identity column (Hibernate
 *       inserts such objects one statement at a time).</li>
 *   <li>{@code hibernate-sequence}: {@code session.persist} each, keys from a sequence reserved 1,000 at a time,
 *       JDBC batches of 1,000, {@code order_inserts}.</li>
 *   <li>{@code hibernate-stateless}: a {@code StatelessSession} inserting each, the same sequence keys and
 *       batches of 1,000.</li>
 * </ul>
 *
 * The objects are created before the timed operation (their values are shared strings and decimals made
 * once per trial); the table is emptied before, and the rows and keys are checked after, every operation.
 *
 * <pre>{@code
 * java -jar jmh/target/benchmarks.jar OrmFlushBenchmark -prof gc -prof io.retort.jmh.ProcessCpuProfiler
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class OrmFlushBenchmark {

    static final int ROWS = 100_000;
    static final int ROWS_PER_STATEMENT = 1_000;

    private static final String INSERT = "INSERT INTO bench_item (name, qty, price) VALUES ";

    @Param({"retort-orm", "handwritten-returning", "handwritten-batch", "hibernate-identity", "hibernate-sequence",
            "hibernate-stateless"})
    public String variant;

    private OrmBenchDatabase db;
    private Writer writer;
    private final String[] names = new String[ROWS];
    private final BigDecimal[] prices = new BigDecimal[ROWS];
    private List<?> objects;

    /** The table as the Retort ORM maps it. */
    @Entity(table = "bench_item")
    static final class OrmItem {
        @Id @GeneratedValue Long id;
        @Column(length = 60, nullable = false) String name;
        int qty;
        @Column(precision = 12, scale = 2, nullable = false) BigDecimal price;

        OrmItem() {}

        OrmItem(String name, int qty, BigDecimal price) {
            this.name = name;
            this.qty = qty;
            this.price = price;
        }
    }

    /** The same row as the hand-written variants hold it. */
    static final class PlainItem {
        Long id;
        final String name;
        final int qty;
        final BigDecimal price;

        PlainItem(String name, int qty, BigDecimal price) {
            this.name = name;
            this.qty = qty;
            this.price = price;
        }
    }

    /** One way of inserting the objects. */
    private interface Writer extends AutoCloseable {
        /** A new object of this variant's class, without a key. */
        Object newObject(String name, int qty, BigDecimal price);

        void insertAll(List<?> objects) throws SQLException;

        /** The key the object was given, or null. */
        Long id(Object object);

        int qty(Object object);

        @Override
        default void close() {}
    }

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        db = OrmBenchDatabase.create("postgresql", "retort_bench_orm_flush");
        db.execute("CREATE TABLE bench_item (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                        + " name VARCHAR(60) NOT NULL, qty INT NOT NULL, price NUMERIC(12,2) NOT NULL)",
                "CREATE SEQUENCE bench_item_seq INCREMENT BY " + SequenceItem.ALLOCATION_SIZE);
        for (int i = 0; i < ROWS; i++) {
            names[i] = "item " + i;
            prices[i] = BigDecimal.valueOf(i, 2);
        }
        writer = switch (variant) {
            case "retort-orm" -> new RetortOrm(db.dataSource);
            case "handwritten-returning" -> new HandwrittenReturning(db.dataSource);
            case "handwritten-batch" -> new HandwrittenBatch(db.dataSource);
            case "hibernate-identity" -> new HibernateSession(db.dataSource, IdentityItem.class);
            case "hibernate-sequence" -> new HibernateSession(db.dataSource, SequenceItem.class);
            case "hibernate-stateless" -> new HibernateStateless(db.dataSource);
            default -> throw new IllegalArgumentException("unknown variant " + variant);
        };
    }

    /** Empties the table and makes the new objects: outside the measured time, though in the gc profiler's. */
    @Setup(Level.Iteration)
    public void newObjects() throws SQLException {
        objects = null;
        db.execute("TRUNCATE bench_item RESTART IDENTITY");
        List<Object> list = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            list.add(writer.newObject(names[i], i, prices[i]));
        }
        objects = list;
    }

    @Benchmark
    public void insert100k() throws SQLException {
        writer.insertAll(objects);
    }

    /**
     * Fails the run unless every object got a key and the table holds exactly these rows with these keys:
     * the sum of id × qty (qty is the row's number) over the objects must equal the table's.
     */
    @TearDown(Level.Iteration)
    public void verify() throws SQLException {
        long weighted = 0;
        for (Object o : objects) {
            Long id = writer.id(o);
            if (id == null) {
                throw new IllegalStateException(variant + ": an object has no key after the insert");
            }
            weighted += id * writer.qty(o);
        }
        try (Connection c = db.dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT id), coalesce(sum(id * qty), 0),"
                        + " count(*) FILTER (WHERE name = 'item ' || qty AND price * 100 = qty) FROM bench_item")) {
            rs.next();
            long rows = rs.getLong(1);
            long keys = rs.getLong(2);
            long tableWeighted = rs.getLong(3);
            long matching = rs.getLong(4);
            if (rows != ROWS || keys != ROWS || matching != ROWS || tableWeighted != weighted) {
                throw new IllegalStateException(variant + ": expected " + ROWS + " rows with distinct keys and the objects'"
                        + " values, found " + rows + " rows, " + keys + " distinct keys, " + matching
                        + " with the right values; sum(id * qty) " + tableWeighted + " in the table, " + weighted
                        + " over the objects");
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        objects = null;
        writer.close();
        db.close();
    }

    // ------------------------------------------------------------------ the variants

    private static final class RetortOrm implements Writer {
        private final SessionFactory factory;

        RetortOrm(DataSource dataSource) throws SQLException {
            factory = SessionFactory.builder(dataSource).entities(OrmItem.class).rowsPerStatement(ROWS_PER_STATEMENT).build();
        }

        @Override
        public Object newObject(String name, int qty, BigDecimal price) {
            return new OrmItem(name, qty, price);
        }

        @Override
        public void insertAll(List<?> objects) throws SQLException {
            try (Session session = factory.openSession()) {
                session.addAll(objects);
                session.commit();
            }
        }

        @Override
        public Long id(Object object) {
            return ((OrmItem) object).id;
        }

        @Override
        public int qty(Object object) {
            return ((OrmItem) object).qty;
        }
    }

    /** What both hand-written variants share: plain objects, one connection, one transaction. */
    private abstract static class Handwritten implements Writer {
        final DataSource dataSource;

        Handwritten(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public Object newObject(String name, int qty, BigDecimal price) {
            return new PlainItem(name, qty, price);
        }

        @Override
        public void insertAll(List<?> objects) throws SQLException {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                insert(c, objects);
                c.commit();
            }
        }

        abstract void insert(Connection c, List<?> objects) throws SQLException;

        static int bind(PreparedStatement ps, int index, PlainItem item) throws SQLException {
            ps.setString(index, item.name);
            ps.setInt(index + 1, item.qty);
            ps.setBigDecimal(index + 2, item.price);
            return index + 3;
        }

        @Override
        public Long id(Object object) {
            return ((PlainItem) object).id;
        }

        @Override
        public int qty(Object object) {
            return ((PlainItem) object).qty;
        }
    }

    private static final class HandwrittenReturning extends Handwritten {
        HandwrittenReturning(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        void insert(Connection c, List<?> objects) throws SQLException {
            PreparedStatement full = c.prepareStatement(multiRow(ROWS_PER_STATEMENT));
            try (full) {
                for (int from = 0; from < objects.size(); from += ROWS_PER_STATEMENT) {
                    int n = Math.min(ROWS_PER_STATEMENT, objects.size() - from);
                    if (n == ROWS_PER_STATEMENT) {
                        insertRows(full, objects, from, n);
                    } else {
                        try (PreparedStatement last = c.prepareStatement(multiRow(n))) {
                            insertRows(last, objects, from, n);
                        }
                    }
                }
            }
        }

        private static void insertRows(PreparedStatement ps, List<?> objects, int from, int n) throws SQLException {
            int index = 1;
            for (int r = 0; r < n; r++) {
                index = bind(ps, index, (PlainItem) objects.get(from + r));
            }
            try (ResultSet keys = ps.executeQuery()) {
                for (int r = 0; r < n; r++) {
                    if (!keys.next()) {
                        throw new SQLException("RETURNING gave fewer keys than rows inserted");
                    }
                    ((PlainItem) objects.get(from + r)).id = keys.getLong(1);
                }
            }
        }

        private static String multiRow(int rows) {
            StringBuilder sql = new StringBuilder(INSERT.length() + rows * 11 + 13).append(INSERT);
            for (int r = 0; r < rows; r++) {
                sql.append(r == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
            }
            return sql.append(" RETURNING id").toString();
        }
    }

    private static final class HandwrittenBatch extends Handwritten {
        HandwrittenBatch(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        void insert(Connection c, List<?> objects) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(INSERT + "(?, ?, ?)", new String[] {"id"})) {
                for (int from = 0; from < objects.size(); from += ROWS_PER_STATEMENT) {
                    int n = Math.min(ROWS_PER_STATEMENT, objects.size() - from);
                    for (int r = 0; r < n; r++) {
                        bind(ps, 1, (PlainItem) objects.get(from + r));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        for (int r = 0; r < n; r++) {
                            if (!keys.next()) {
                                throw new SQLException("getGeneratedKeys gave fewer keys than rows inserted");
                            }
                            ((PlainItem) objects.get(from + r)).id = keys.getLong(1);
                        }
                    }
                }
            }
        }
    }

    /** What Hibernate's variants share: a session factory for one entity class of {@code io.retort.jmh.hibernate}. */
    private abstract static class Hibernate implements Writer {
        final org.hibernate.SessionFactory factory;
        private final boolean identity;

        Hibernate(DataSource dataSource, Class<?> entity) {
            factory = HibernateSessions.open(dataSource, entity);
            identity = entity == IdentityItem.class;
        }

        @Override
        public Object newObject(String name, int qty, BigDecimal price) {
            return identity ? new IdentityItem(name, qty, price) : new SequenceItem(name, qty, price);
        }

        @Override
        public Long id(Object object) {
            return identity ? ((IdentityItem) object).getId() : ((SequenceItem) object).getId();
        }

        @Override
        public int qty(Object object) {
            return identity ? ((IdentityItem) object).getQty() : ((SequenceItem) object).getQty();
        }

        @Override
        public void close() {
            factory.close();
        }
    }

    private static final class HibernateSession extends Hibernate {
        HibernateSession(DataSource dataSource, Class<?> entity) {
            super(dataSource, entity);
        }

        @Override
        public void insertAll(List<?> objects) {
            try (org.hibernate.Session session = factory.openSession()) {
                Transaction tx = session.beginTransaction();
                for (Object o : objects) {
                    session.persist(o);
                }
                tx.commit();
            }
        }
    }

    /** A StatelessSession with SEQUENCE keys (an IDENTITY key would make every insert its own statement). */
    private static final class HibernateStateless extends Hibernate {
        HibernateStateless(DataSource dataSource) {
            super(dataSource, SequenceItem.class);
        }

        @Override
        public void insertAll(List<?> objects) {
            try (StatelessSession session = factory.openStatelessSession()) {
                session.setJdbcBatchSize(HibernateSessions.BATCH_SIZE);
                Transaction tx = session.beginTransaction();
                for (Object o : objects) {
                    session.insert(o);
                }
                tx.commit();
            }
        }
    }
}
