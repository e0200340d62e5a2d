package io.retort.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RetortOptionsTest {

    private static final String URL = "jdbc:retort:h2:mem:x";

    private static Properties props(String... kv) {
        Properties p = new Properties();
        for (int i = 0; i < kv.length; i += 2) {
            p.setProperty(kv[i], kv[i + 1]);
        }
        return p;
    }

    @Test
    void noOptionsMeansDefaults() throws SQLException {
        RetortOptions o = RetortOptions.of(Map.of(), props("user", "sa"), URL);
        assertThat(o).isSameAs(RetortOptions.NONE);
        assertThat(o.dialect()).isNull();
        assertThat(o.listeners()).isEmpty();
        assertThat(o.strict()).isFalse();
    }

    @Test
    void optionsFromPropertiesAndUrlTheUrlWins() throws SQLException {
        RetortOptions o = RetortOptions.of(Map.of("retort.dialect", "MySQL"),
                props("retort.dialect", "postgresql", "retort.strict", "TRUE", "retort.listeners", " a.B , c.d.E "), URL);
        assertThat(o.dialect()).isEqualTo("mysql");
        assertThat(o.strict()).isTrue();
        assertThat(o.listeners()).isEqualTo("a.B , c.d.E");
    }

    @Test
    void anUnknownOptionIsAnErrorThatNamesTheKnownOnes() {
        assertThatThrownBy(() -> RetortOptions.of(Map.of("retort.dialekt", "h2"), null, URL))
                .isInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("unknown Retort option retort.dialekt in the URL of jdbc:retort:h2:mem:x (did you mean"
                        + " retort.dialect?); known options: retort.dialect, retort.listeners, retort.strict")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08001");
        assertThatThrownBy(() -> RetortOptions.of(Map.of(), props("Retort.Strict", "true"), URL))
                .hasMessageContaining("unknown Retort option Retort.Strict in the connection properties")
                .hasMessageContaining("did you mean retort.strict?");
        assertThatThrownBy(() -> RetortOptions.of(Map.of(), props("retort.shards", "4"), URL))
                .hasMessageNotContaining("did you mean").hasMessageContaining("known options:");
    }

    @Test
    void badValuesAreErrors() {
        assertThatThrownBy(() -> RetortOptions.of(Map.of("retort.dialect", "db2"), null, URL))
                .isInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageContaining("unknown dialect retort.dialect=db2")
                .hasMessageContaining("postgresql, mysql, mariadb, sqlite, h2, oracle, sqlserver");
        assertThatThrownBy(() -> RetortOptions.of(Map.of("retort.strict", "yes"), null, URL))
                .hasMessageContaining("retort.strict=yes").hasMessageContaining("expected true or false");
    }

    @Test
    void propertiesWithoutOptionsAreHandedOverAsTheyAre() {
        Properties p = props("user", "sa", "password", "x");
        assertThat(RetortOptions.withoutOptions(p)).isSameAs(p);
    }

    @Test
    void optionsAreTakenOutOfACopyIncludingDefaultsAndNonStringEntries() {
        Properties defaults = props("retort.strict", "true", "ssl", "false");
        Properties p = new Properties(defaults);
        p.setProperty("user", "sa");
        p.setProperty("retort.dialect", "h2");
        p.put("fetchSize", 50);
        Properties real = RetortOptions.withoutOptions(p);
        assertThat(real).isNotSameAs(p);
        assertThat(real.stringPropertyNames()).containsExactlyInAnyOrder("user", "ssl");
        assertThat(real.get("fetchSize")).isEqualTo(50);
        assertThat(p.getProperty("retort.dialect")).isEqualTo("h2"); // the caller's object is not changed
    }

}
