package io.retort.jdbc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.dialect.Dialect;
import io.retort.dialect.RenderedSql;
import io.retort.events.PlanInfo;
import io.retort.events.StatementEvent;
import io.retort.events.StatementObserver;
import io.retort.jdbc.RetortDataSource;
import io.retort.sql.ModelHandoff;
import io.retort.sql.Select;
import io.retort.sql.Sql;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelHandoff}: SQL generated from a model reaches a Retort connection with its model, and
 * the connection uses that model instead of parsing the text (H2 in memory).
 */
class ModelHandoffTest {

    /** Remembers the model and plan of every statement event. */
    private static final class Models implements StatementObserver {
        final List<Statement> models = new ArrayList<>();
        final List<PlanInfo> plans = new ArrayList<>();

        @Override
        public boolean needsModel() {
            return true;
        }

        @Override
        public void beforeExecute(StatementEvent event) {
            models.add(event.model());
            plans.add(event.planInfo());
        }
    }

    @Test
    void aHandedModelIsUsedAndTheTextIsNotParsed() throws SQLException {
        String table = "handoff_" + UUID.randomUUID().toString().substring(0, 8); // text no other test has parsed
        Models seen = new Models();
        RetortDataSource ds = new RetortDataSource();
        ds.setUrl("jdbc:retort:h2:mem:" + table + ";DB_CLOSE_DELAY=-1");
        ds.listen(seen);
        Select model = Sql.select(Sql.column("id")).from(Sql.table(table)).where(Sql.column("id").eq(Sql.param(1)));
        RenderedSql rendered = Dialect.of(SqlDialect.H2).render(model);
        try (Connection c = ds.getConnection()) {
            c.createStatement().execute("CREATE TABLE " + table + " (id INT PRIMARY KEY)");
            c.createStatement().execute("INSERT INTO " + table + " VALUES (7)");
            assertThat(c.isWrapperFor(ModelHandoff.class)).isTrue();
            c.unwrap(ModelHandoff.class).renderedFrom(rendered.sql(), SqlDialect.H2, model);
            seen.models.clear();
            seen.plans.clear();
            try (PreparedStatement ps = c.prepareStatement(rendered.sql())) {
                ps.setInt(1, 7);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(7);
                }
            }
        } finally {
            ds.close();
        }
        assertThat(seen.models).hasSize(1);
        assertThat(seen.models.get(0)).as("the model handed over, not a parse of the text").isSameAs(model);
        assertThat(seen.plans.get(0).parseNanos()).as("nothing was parsed").isZero();
    }

    @Test
    void aModelInAnotherDialectThanTheConnectionReadsIsIgnored() throws SQLException {
        String table = "handoff_" + UUID.randomUUID().toString().substring(0, 8);
        Models seen = new Models();
        RetortDataSource ds = new RetortDataSource();
        ds.setUrl("jdbc:retort:h2:mem:" + table + ";DB_CLOSE_DELAY=-1");
        ds.listen(seen);
        Select model = Sql.select(Sql.column("id")).from(Sql.table(table));
        String sql = Dialect.of(SqlDialect.POSTGRESQL).render(model).sql();
        try (Connection c = ds.getConnection()) {
            c.createStatement().execute("CREATE TABLE " + table + " (id INT PRIMARY KEY)");
            c.unwrap(ModelHandoff.class).renderedFrom(sql, SqlDialect.POSTGRESQL, model); // the connection reads H2
            seen.models.clear();
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                assertThat(rs.next()).isFalse();
            }
        } finally {
            ds.close();
        }
        assertThat(seen.models).hasSize(1);
        assertThat(seen.models.get(0)).as("parsed from the text").isNotSameAs(model).isEqualTo(model);
    }
}
