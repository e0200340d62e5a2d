package io.retort.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hibernate ORM on a Retort URL, with no dialect configured: Hibernate must detect the real
 * database from Retort's metadata, create the schema, persist, update and query.
 */
class HibernateThroughRetortTest {

    private static final Map<Target.Kind, Class<? extends Dialect>> EXPECTED_DIALECT = Map.of(
            Target.Kind.H2, H2Dialect.class,
            Target.Kind.SQLITE, SQLiteDialect.class,
            Target.Kind.POSTGRESQL, PostgreSQLDialect.class,
            Target.Kind.MARIADB, MariaDBDialect.class);

    @ParameterizedTest
    @EnumSource(Target.Kind.class)
    void persistsAndQueriesAnEntity(Target.Kind kind) throws Exception {
        try (Target target = Target.create(kind, "hibernate");
                SessionFactory sessions = sessionFactory(target)) {
            Dialect dialect = sessions.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
            assertThat(dialect).isInstanceOf(EXPECTED_DIALECT.get(kind));

            Long id = sessions.fromTransaction(s -> {
                Book book = new Book("Structure and Interpretation of Computer Programs", 657);
                s.persist(book);
                s.persist(new Book("The Art of Computer Programming", 672));
                s.persist(new Book("A Pamphlet", 12));
                return book.getId();
            });
            assertThat(id).isNotNull();

            sessions.inTransaction(s -> s.find(Book.class, id).setPages(658));

            List<String> thick = sessions.fromSession(s -> s.createSelectionQuery(
                            "select b.title from Book b where b.pages > :min order by b.pages desc", String.class)
                    .setParameter("min", 100)
                    .getResultList());
            assertThat(thick).containsExactly("The Art of Computer Programming",
                    "Structure and Interpretation of Computer Programs");
            int pages = sessions.fromSession(s -> s.find(Book.class, id).getPages());
            assertThat(pages).isEqualTo(658);
        }
    }

    private static SessionFactory sessionFactory(Target target) {
        return new Configuration()
                .addAnnotatedClass(Book.class)
                .setProperty(AvailableSettings.JAKARTA_JDBC_URL, target.retortUrl())
                .setProperty(AvailableSettings.JAKARTA_JDBC_USER, target.user())
                .setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, target.password())
                .setProperty(AvailableSettings.HBM2DDL_AUTO, "create-drop")
                .setProperty("hibernate.connection.pool_size", "2")
                .buildSessionFactory();
    }
}
