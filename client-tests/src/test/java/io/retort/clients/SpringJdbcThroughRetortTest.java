package io.retort.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Spring's JdbcTemplate over a Retort DataSource. Spring translates SQLExceptions by SQLState,
 * vendor code and product name, so a duplicate key must still become the exception it becomes
 * on the raw driver: {@link DuplicateKeyException} where the driver reports a SQLState.
 */
class SpringJdbcThroughRetortTest {

    @ParameterizedTest
    @EnumSource(Target.Kind.class)
    void queriesAndTranslatesADuplicateKey(Target.Kind kind) throws Exception {
        try (Target target = Target.create(kind, "spring")) {
            JdbcTemplate retort = new JdbcTemplate(target.dataSource());
            retort.execute("CREATE TABLE person (email VARCHAR(100) PRIMARY KEY, name VARCHAR(100))");
            retort.update("INSERT INTO person (email, name) VALUES (?, ?)", "ada@example.org", "Ada");
            retort.update("INSERT INTO person (email, name) VALUES (?, ?)", "alan@example.org", "Alan");
            List<String> names = retort.queryForList("SELECT name FROM person ORDER BY name", String.class);
            assertThat(names).containsExactly("Ada", "Alan");

            Class<? extends DataAccessException> throughRetort = duplicateKeyError(retort);
            Class<? extends DataAccessException> raw = duplicateKeyError(new JdbcTemplate(rawDataSource(target)));
            assertThat(throughRetort).isEqualTo(raw);
            // sqlite-jdbc reports no SQLState, so Spring cannot categorize its errors, raw or not.
            assertThat(throughRetort).isEqualTo(kind == Target.Kind.SQLITE
                    ? UncategorizedSQLException.class : DuplicateKeyException.class);
        }
    }

    private static Class<? extends DataAccessException> duplicateKeyError(JdbcTemplate jdbc) {
        Throwable[] seen = new Throwable[1];
        assertThatThrownBy(() -> jdbc.update("INSERT INTO person (email, name) VALUES (?, ?)", "ada@example.org", "Ada 2"))
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> seen[0] = e);
        return seen[0].getClass().asSubclass(DataAccessException.class);
    }

    private static DataSource rawDataSource(Target target) {
        SingleConnectionDataSource ds = new SingleConnectionDataSource(target.rawUrl(), target.user(), target.password(), true);
        return ds;
    }
}
