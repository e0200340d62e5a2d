package io.retort.jmh.hibernate;

import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * Hibernate set up as its documentation recommends for bulk inserts: JDBC batches of 1,000
 * ({@code hibernate.jdbc.batch_size}), inserts ordered by entity ({@code hibernate.order_inserts}), no
 * schema management (the benchmark creates the table), over the benchmark's own connection pool.
 */
public final class HibernateSessions {

    public static final int BATCH_SIZE = 1000;

    private HibernateSessions() {}

    /** A session factory for one mapped class over {@code dataSource}. */
    public static SessionFactory open(DataSource dataSource, Class<?> entity) {
        Configuration configuration = new Configuration().addAnnotatedClass(entity);
        // A DataSource object is accepted as the value of this setting (not only a JNDI name).
        configuration.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        return configuration
                .setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, Integer.toString(BATCH_SIZE))
                .setProperty(AvailableSettings.ORDER_INSERTS, "true")
                .setProperty(AvailableSettings.HBM2DDL_AUTO, "none")
                .setProperty(AvailableSettings.SHOW_SQL, "false")
                .buildSessionFactory();
    }
}
