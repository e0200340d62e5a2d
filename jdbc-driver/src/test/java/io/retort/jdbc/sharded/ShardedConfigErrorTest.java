package io.retort.jdbc.sharded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.jdbc.RetortDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wrong configuration fails at connect, through DriverManager and RetortDataSource, naming file, line and key. */
class ShardedConfigErrorTest {

    @TempDir
    Path dir;

    private Path write(String name, String yaml) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    private static void assertConfigError(Throwable e, Path file, int line, String key, String expected) {
        assertThat(e).isInstanceOf(SQLException.class);
        SQLException sql = (SQLException) e;
        assertThat(sql.getSQLState()).isEqualTo("F0000");
        assertThat(sql.getMessage()).contains(file + ":" + line + ": " + key + ": ").contains(expected);
    }

    @Test
    void aMisspelledKeyNamesFileLineAndKey() throws Exception {
        Path file = write("typo.yaml", """
                dialect: postgresql
                dataSources:
                  ds0: { url: "jdbc:h2:mem:typo0" }
                  ds1: { url: "jdbc:h2:mem:typo1" }
                sharding:
                  tables:
                    orders:
                      key: customer_id
                      nodes: "ds${0..1}.orders"
                      algoritm: mod
                """);
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:retort:config:" + file))
                .satisfies(e -> assertConfigError(e, file, 10, "sharding.tables.orders.algoritm", "algorithm"));
        try (RetortDataSource ds = new RetortDataSource()) {
            ds.setUrl("jdbc:retort:config:" + file);
            assertThatThrownBy(ds::getConnection)
                    .satisfies(e -> assertConfigError(e, file, 10, "sharding.tables.orders.algoritm", "algorithm"));
        }
    }

    @Test
    void aWrongValueSaysWhatWasExpected() throws Exception {
        Path file = write("value.yaml", """
                dataSources:
                  ds0: { url: "jdbc:h2:mem:value0", pool: { maximumPoolSize: many } }
                """);
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:retort:config:" + file))
                .satisfies(e -> assertConfigError(e, file, 2, "dataSources.ds0.pool.maximumPoolSize", "integer"));
        Path nodes = write("nodes.yaml", """
                dataSources:
                  ds0: { url: "jdbc:h2:mem:nodes0" }
                sharding:
                  tables:
                    orders: { key: id, nodes: "ds${0..1}.orders" }
                """);
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:retort:config:" + nodes))
                .satisfies(e -> assertConfigError(e, nodes, 5, "sharding.tables.orders.nodes", "ds1"));
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("missing.yaml");
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:retort:config:" + missing))
                .isInstanceOf(SQLException.class).hasMessageContaining(missing.toString());
    }
}
