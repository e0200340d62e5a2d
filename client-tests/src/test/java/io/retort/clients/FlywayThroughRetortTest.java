package io.retort.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Flyway migrating through a Retort DataSource. Flyway chooses its database support from the
 * connection's product name when given a DataSource (given a URL, it matches the URL prefix and
 * does not know {@code jdbc:retort:}; see the README).
 */
class FlywayThroughRetortTest {

    @ParameterizedTest
    @EnumSource(Target.Kind.class)
    void migratesThroughARetortDataSource(Target.Kind kind) throws Exception {
        try (Target target = Target.create(kind, "flyway")) {
            Flyway flyway = Flyway.configure()
                    .dataSource(target.dataSource())
                    .locations("classpath:db/migration/retort")
                    .load();
            MigrateResult result = flyway.migrate();
            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isEqualTo(2);
            assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo("2");

            try (Connection c = target.connect(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT SUM(balance) FROM account")) {
                rs.next();
                assertThat(rs.getBigDecimal(1)).isEqualByComparingTo(new BigDecimal("352.50"));
            }
            // A second run finds nothing to do.
            assertThat(flyway.migrate().migrationsExecuted).isZero();
        }
    }
}
