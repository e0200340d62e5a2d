package io.retort.jdbc.sharded;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Federation reads the statement in the application's dialect: MySQL's backticks over MariaDB
 * shards, and H2's upper-case column names over H2 shards. {@code a} and {@code b} are sharded by
 * different keys and not bound, so their join runs in Calcite.
 */
class FederationDialectsTest {

    private static final String SHARDING = """
            sharding:
              tables:
                a: { key: id, nodes: "ds${0..1}.a", algorithm: mod }
                b: { key: code, nodes: "ds${0..1}.b", algorithm: mod }
              federation: true
            """;

    private static final List<String> EXPECTED = List.of("n1 l1", "n2 l2", "n3 l0", "n4 l1", "n5 l2");

    @Test
    void mysqlBackticksOverMariaDb() throws Exception {
        assertThat(joined(ShardFixture.Kind.MARIADB, "mysql",
                "SELECT `a`.`name`, `b`.`label` FROM `a` JOIN `b` ON `b`.`code` = `a`.`grp` WHERE `a`.`id` < ? ORDER BY `a`.`name`"))
                .isEqualTo(EXPECTED);
    }

    @Test
    void h2UpperCaseNamesOverH2() throws Exception {
        assertThat(joined(ShardFixture.Kind.H2, "h2",
                "SELECT A.NAME, b.label FROM a A JOIN B b ON b.code = A.GRP WHERE A.ID < ? ORDER BY A.name"))
                .isEqualTo(EXPECTED);
    }

    private static List<String> joined(ShardFixture.Kind kind, String dialect, String sql) throws Exception {
        try (ShardFixture shards = ShardFixture.create("federation_" + dialect, List.of(kind, kind), dialect, SHARDING)) {
            try (Connection c = shards.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE a (id INT PRIMARY KEY, grp INT NOT NULL, name VARCHAR(20) NOT NULL)");
                st.execute("CREATE TABLE b (code INT PRIMARY KEY, label VARCHAR(20) NOT NULL)");
                st.executeUpdate("INSERT INTO a (id, grp, name) VALUES (1, 1, 'n1'), (2, 2, 'n2'), (3, 0, 'n3'), (4, 1, 'n4'),"
                        + " (5, 2, 'n5'), (6, 0, 'n6'), (7, 1, 'n7'), (8, 2, 'n8')");
                st.executeUpdate("INSERT INTO b (code, label) VALUES (0, 'l0'), (1, 'l1'), (2, 'l2')");
                try (var ps = c.prepareStatement(sql)) {
                    ps.setInt(1, 6);
                    List<String> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(rs.getString(1) + " " + rs.getString(2));
                        }
                    }
                    return out;
                }
            }
        }
    }
}
