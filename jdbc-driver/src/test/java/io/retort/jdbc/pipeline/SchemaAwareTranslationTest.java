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
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A wrapped URL that translates gives the translator the database's schema: what {@code d + 30},
 * {@code a / b} and {@code ORDER BY c} mean depends on column types the SQL text does not show.
 * Translations are cached per database (two databases of one dialect never share one), and DDL run
 * through Retort makes them read the tables again.
 */
class SchemaAwareTranslationTest {

    @Test
    void postgresqlApplicationOnMariaDbUsesTheColumnTypes() throws Exception {
        try (TestDatabase db = TestDatabases.mariadb().create("schema_aware");
                Connection c = DriverManager.getConnection(db.retortUrl() + "?retort.dialect=postgresql", db.user(),
                        db.password());
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE orders (id INT PRIMARY KEY, created DATE NOT NULL, qty SMALLINT, amount NUMERIC(10, 2),"
                    + " note VARCHAR(10))");
            st.executeUpdate("INSERT INTO orders VALUES (1, DATE '2024-03-18', 3, 10.50, NULL), (2, DATE '2024-01-31', 4,"
                    + " 7.25, 'b'), (3, DATE '2024-12-30', NULL, NULL, 'a')");
            // date + integer adds days (it gave 20240348 on MariaDB before)
            assertThat(strings(st.executeQuery("SELECT created + 30 FROM orders ORDER BY id")))
                    .containsExactly("2024-04-17", "2024-03-01", "2025-01-29");
            assertThat(strings(st.executeQuery("SELECT created - DATE '2024-01-01' FROM orders ORDER BY id")))
                    .containsExactly("77", "30", "364");
            // SUM(smallint) is a BIGINT in PostgreSQL: 7 / 2 = 3
            assertThat(strings(st.executeQuery("SELECT sum(qty) / count(qty), sum(amount) / count(*) FROM orders")).get(0))
                    .isEqualTo("3");
            // x + 1 of a known number, an explicit NULL order, = ANY(ARRAY[...])
            assertThat(st.executeUpdate("UPDATE orders SET qty = qty + 1, amount = amount + 1 WHERE id = 1")).isEqualTo(1);
            assertThat(strings(st.executeQuery("SELECT id FROM orders ORDER BY note NULLS FIRST, id")))
                    .containsExactly("1", "3", "2");
            assertThat(strings(st.executeQuery("SELECT id FROM orders WHERE id = ANY(ARRAY[1, 3]) ORDER BY qty DESC"
                    + " NULLS LAST"))).containsExactly("1", "3");
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM orders WHERE created + $1 > DATE '2024-12-31'"
                    + " ORDER BY id")) {
                ps.setInt(1, 2);
                assertThat(strings(ps.executeQuery())).containsExactly("3");
            }
            // a table the database does not have: its columns are of unknown type, refused rather than guessed
            assertThatThrownBy(() -> st.executeQuery("SELECT v + 1 FROM missing"))
                    .isInstanceOf(SQLFeatureNotSupportedException.class)
                    .hasMessageContaining("the addition v + 1");
        }
    }

    @Test
    void h2GroupsByTheSelectItemAPositionNames() throws Exception {
        String url = "jdbc:retort:h2:mem:schema_aware_" + UUID.randomUUID().toString().substring(0, 8)
                + ";DB_CLOSE_DELAY=-1?retort.dialect=postgresql";
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE orders (id INT PRIMARY KEY, status VARCHAR(10), created DATE NOT NULL)");
            st.executeUpdate("INSERT INTO orders VALUES (1, 'new', DATE '2024-03-18'), (2, 'paid', DATE '2024-01-31'),"
                    + " (3, 'new', DATE '2024-02-28'), (4, NULL, DATE '2024-02-28')");
            assertThat(strings(st.executeQuery("SELECT status, count(*) FROM orders GROUP BY 1 ORDER BY 1 NULLS FIRST")))
                    .containsExactly(null, "new", "paid");
            // H2's DATE - DATE is an INTERVAL; PostgreSQL's an integer
            assertThat(strings(st.executeQuery("SELECT created - DATE '2024-01-01' FROM orders ORDER BY id")))
                    .containsExactly("77", "30", "58", "58");
        }
    }

    @Test
    void twoDatabasesOfOneDialectNeverShareATranslation() throws Exception {
        Path dates = Files.createTempFile("retort-schema-dates", ".db");
        Path numbers = Files.createTempFile("retort-schema-numbers", ".db");
        try (Connection a = sqlite(dates); Connection b = sqlite(numbers);
                Statement sa = a.createStatement(); Statement sb = b.createStatement()) {
            sa.execute("CREATE TABLE t (v DATE)");
            sa.executeUpdate("INSERT INTO t VALUES (DATE '2024-03-18')");
            sb.execute("CREATE TABLE t (v INT)");
            sb.executeUpdate("INSERT INTO t VALUES (7)");
            String sql = "SELECT v + 1 FROM t";
            assertThat(strings(sa.executeQuery(sql))).containsExactly("2024-03-19");
            assertThat(strings(sb.executeQuery(sql))).containsExactly("8");
            try (PreparedStatement pa = a.prepareStatement(sql); PreparedStatement pb = b.prepareStatement(sql)) {
                assertThat(strings(pa.executeQuery())).containsExactly("2024-03-19");
                assertThat(strings(pb.executeQuery())).containsExactly("8");
            }
        } finally {
            Files.deleteIfExists(dates);
            Files.deleteIfExists(numbers);
        }
    }

    @Test
    void ddlThroughRetortMakesTranslationsReadTheTableAgain() throws Exception {
        Path file = Files.createTempFile("retort-schema-ddl", ".db");
        try (Connection c = sqlite(file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (v INT)");
            st.executeUpdate("INSERT INTO t VALUES (7)");
            assertThat(strings(st.executeQuery("SELECT v + 1 FROM t"))).containsExactly("8");
            st.execute("DROP TABLE t");
            try (PreparedStatement create = c.prepareStatement("CREATE TABLE t (v DATE)")) {
                create.execute();
            }
            st.executeUpdate("INSERT INTO t VALUES (DATE '2024-12-31')");
            assertThat(strings(st.executeQuery("SELECT v + 1 FROM t"))).containsExactly("2025-01-01");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aTableCreatedElsewhereIsFoundByTheNextTranslation() throws Exception {
        Path file = Files.createTempFile("retort-schema-later", ".db");
        try (Connection c = sqlite(file); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeQuery("SELECT v + 1 FROM later"))
                    .as("no table, no type: refused before the database is asked")
                    .isInstanceOf(SQLFeatureNotSupportedException.class)
                    .hasMessageContaining("the type of v is unknown");
            try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file); Statement rs = raw.createStatement()) {
                rs.execute("CREATE TABLE later (v INT)");
                rs.executeUpdate("INSERT INTO later VALUES (41)");
            }
            assertThat(strings(st.executeQuery("SELECT v + 1 FROM later"))).containsExactly("42");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aClosedConnectionLeavesItsTablesToTheNext() throws Exception {
        Path file = Files.createTempFile("retort-schema-closed", ".db");
        try {
            try (Connection first = sqlite(file); Statement st = first.createStatement()) {
                st.execute("CREATE TABLE t (v DATE)");
                st.executeUpdate("INSERT INTO t VALUES (DATE '2024-02-28')");
                assertThat(strings(st.executeQuery("SELECT v + 1 FROM t"))).containsExactly("2024-02-29");
            }
            try (Connection second = sqlite(file); Statement st = second.createStatement()) {
                assertThat(strings(st.executeQuery("SELECT v + 2, v - 1 FROM t ORDER BY 1"))).containsExactly("2024-03-01");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Connection sqlite(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:retort:sqlite:" + file + "?retort.dialect=postgresql");
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
