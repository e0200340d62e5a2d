package io.retort.jdbc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.testkit.TestDatabase;
import io.retort.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * {@code retort.dialect=…}: an application written for one database runs unchanged on another.
 * The statements below are PostgreSQL's (and MySQL's) own syntax; each database must give the same
 * answers through Retort.
 */
class TranslationTest {

    enum Target { H2, SQLITE, POSTGRESQL, MARIADB }

    /** A database of {@code target} and its URL through Retort with the application dialect. */
    private record Db(String url, String user, String password, AutoCloseable cleanup) implements AutoCloseable {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public void close() throws Exception {
            cleanup.close();
        }
    }

    private static Db open(Target target, String appDialect) throws Exception {
        String option = "retort.dialect=" + appDialect;
        return switch (target) {
            case H2 -> new Db("jdbc:retort:h2:mem:tr_" + UUID.randomUUID().toString().substring(0, 8)
                    + ";DB_CLOSE_DELAY=-1?" + option, "sa", "", () -> {});
            case SQLITE -> {
                Path file = Files.createTempFile("retort-translate", ".db");
                yield new Db("jdbc:retort:sqlite:" + file + "?" + option, "", "", () -> Files.deleteIfExists(file));
            }
            case POSTGRESQL -> server(TestDatabases.postgres().create("translate"), option);
            case MARIADB -> server(TestDatabases.mariadb().create("translate"), option);
        };
    }

    private static Db server(TestDatabase db, String option) {
        return new Db(db.retortUrl() + "?" + option, db.user(), db.password(), db);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void postgresqlApplicationRunsUnchanged(Target target) throws Exception {
        try (Db db = open(target, "postgresql"); Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL, price NUMERIC(10,2),"
                    + " active BOOLEAN NOT NULL DEFAULT TRUE)");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO item (id, name, price, active) VALUES (?, ?, ?, ?)")) {
                Object[][] rows = {{1, "Apple", "2.50", true}, {2, "apricot", "3.49", false}, {3, "Banana", "0.99", true},
                        {4, "avocado", "1.50", true}};
                for (Object[] row : rows) {
                    ps.setInt(1, (Integer) row[0]);
                    ps.setString(2, (String) row[1]);
                    ps.setBigDecimal(3, new java.math.BigDecimal((String) row[2]));
                    ps.setBoolean(4, (Boolean) row[3]);
                    assertThat(ps.executeUpdate()).isEqualTo(1);
                }
            }
            // ILIKE, LIMIT/OFFSET as parameters
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name FROM item WHERE name ILIKE ? ORDER BY id LIMIT ? OFFSET ?")) {
                ps.setString(1, "a%");
                ps.setInt(2, 2);
                ps.setInt(3, 1);
                assertThat(strings(ps.executeQuery())).containsExactly("apricot", "avocado");
            }
            // a numbered parameter used twice, bound once by the application (pgjdbc itself takes only ?,
            // so on PostgreSQL, where nothing is translated, the application could not write this)
            if (target != Target.POSTGRESQL) {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM item WHERE id = $1 OR id + 1 = $1")) {
                    ps.setInt(1, 3);
                    assertThat(strings(ps.executeQuery())).containsExactly("2");
                }
            }
            // PostgreSQL's cast rounds: 2.50::int is 3, 1.50::int is 2
            try (ResultSet rs = st.executeQuery("SELECT id FROM item WHERE price::int = 2 ORDER BY id")) {
                assertThat(strings(rs)).containsExactly("4");
            }
            // || concatenation, boolean literal
            try (ResultSet rs = st.executeQuery("SELECT name || '#' || id FROM item WHERE active = true ORDER BY id")) {
                assertThat(strings(rs)).containsExactly("Apple#1", "Banana#3", "avocado#4");
            }
            // IS DISTINCT FROM
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM item WHERE name IS DISTINCT FROM ?")) {
                ps.setString(1, "Apple");
                assertThat(strings(ps.executeQuery())).containsExactly("3");
            }
            // upsert
            st.executeUpdate("INSERT INTO item (id, name, price) VALUES (1, 'Apple (new)', 2.75)"
                    + " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, price = EXCLUDED.price");
            try (ResultSet rs = st.executeQuery("SELECT name FROM item WHERE id = 1")) {
                assertThat(strings(rs)).containsExactly("Apple (new)");
            }
            assertThat(c.nativeSQL("SELECT 1 FROM item LIMIT 1")).isNotBlank();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"H2", "POSTGRESQL", "SQLITE"})
    void mysqlApplicationRunsUnchanged(Target target) throws Exception {
        try (Db db = open(target, "mysql"); Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE `person` (`id` INT PRIMARY KEY, `name` VARCHAR(40), `city` VARCHAR(40))");
            st.executeUpdate("INSERT INTO `person` VALUES (1, 'Ada', 'London'), (2, 'Alan', NULL), (3, 'Grace', 'NYC')");
            try (ResultSet rs = st.executeQuery("SELECT `name` FROM `person` ORDER BY `id` LIMIT 1, 2")) {
                assertThat(strings(rs)).containsExactly("Alan", "Grace");
            }
            try (ResultSet rs = st.executeQuery("SELECT CONCAT(`name`, ' of ', IFNULL(`city`, '?')) FROM `person` ORDER BY `id`")) {
                assertThat(strings(rs)).containsExactly("Ada of London", "Alan of ?", "Grace of NYC");
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT `id` FROM `person` WHERE `city` = ? OR `name` = ?")) {
                ps.setString(1, "NYC");
                ps.setString(2, "Ada");
                assertThat(strings(ps.executeQuery())).containsExactlyInAnyOrder("1", "3");
            }
        }
    }

    @Test
    void strictModeRefusesWhatTheParserCannotRead() throws Exception {
        String url = "jdbc:retort:h2:mem:strict_" + UUID.randomUUID().toString().substring(0, 8) + "?retort.strict=true";
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            assertThat(strings(st.executeQuery("SELECT 1"))).containsExactly("1");
            assertThatThrownBy(() -> st.executeQuery("SELEC 1 FRM nowhere"))
                    .isInstanceOf(SQLSyntaxErrorException.class)
                    .hasMessageContaining("line 1");
            assertThatThrownBy(() -> c.prepareStatement("SELECT FROM WHERE"))
                    .isInstanceOf(SQLSyntaxErrorException.class);
        }
    }

    private static List<String> strings(ResultSet rs) throws SQLException {
        List<String> out = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
