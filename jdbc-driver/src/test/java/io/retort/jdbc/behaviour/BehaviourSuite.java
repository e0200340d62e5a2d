package io.retort.jdbc.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The helpers the behaviour suites share; each concrete test class gives the {@link Target}. */
abstract class BehaviourSuite {

    abstract Target target();

    /**
     * Runs {@code scenario} on a raw connection and on a Retort connection to the same database and
     * asserts both did the same; returns what Retort did, for further assertions.
     */
    Outcome sameAsRaw(String table, Outcome.Scenario scenario) throws SQLException {
        Outcome raw;
        Outcome retort;
        try (Connection c = target().raw()) {
            raw = Outcome.of(c, table + "_raw", scenario);
        }
        try (Connection c = target().retort()) {
            retort = Outcome.of(c, table + "_rt", scenario);
        }
        assertThat(retort).as("%s through Retort vs raw on %s", table, target()).isEqualTo(raw);
        return retort;
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** Creates table {@code name} (dropping an older one) with the given column definitions. */
    static void table(Connection c, String name, String columns) throws SQLException {
        exec(c, "DROP TABLE IF EXISTS " + name);
        exec(c, "CREATE TABLE " + name + " (" + columns + ")");
    }
}
