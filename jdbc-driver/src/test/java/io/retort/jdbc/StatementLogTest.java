package io.retort.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.simple.SimpleLogger;

/**
 * The statement log ({@code io.retort.jdbc.statements} at DEBUG). The tests run with slf4j-simple
 * at WARN; this test turns the one logger to DEBUG for its duration (slf4j-simple has no API for
 * that, hence the reflection) and reads what it wrote to {@code System.err}.
 */
class StatementLogTest {

    private static final String URL = "jdbc:retort:h2:mem:statement_log;DB_CLOSE_DELAY=-1;PASSWORD=s3cret?retort.dialect=h2";

    @FunctionalInterface
    interface Work {
        void run() throws SQLException;
    }

    private static List<String> logged(Work work) throws Exception {
        Object logger = LoggerFactory.getLogger("io.retort.jdbc.statements");
        Field level = SimpleLogger.class.getDeclaredField("currentLogLevel");
        level.setAccessible(true);
        int before = level.getInt(logger);
        PrintStream err = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        level.setInt(logger, 10); // SimpleLogger.LOG_LEVEL_DEBUG
        System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(err);
            level.setInt(logger, before);
        }
        return out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("io.retort.jdbc.statements")).toList();
    }

    @Test
    void eachExecutionIsLoggedWithDataSourcePathTimeResultAndSql() throws Exception {
        List<String> lines = logged(() -> {
            try (Connection c = DriverManager.getConnection(URL, "sa", "s3cret");
                    Statement st = c.createStatement()) {
                st.execute("CREATE TABLE log_t (id INT PRIMARY KEY)");
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO log_t VALUES (?)")) {
                    ps.setInt(1, 1);
                    ps.executeUpdate();
                    ps.setInt(1, 2);
                    ps.addBatch();
                    ps.setInt(1, 3);
                    ps.addBatch();
                    ps.executeBatch();
                }
                try (ResultSet rs = st.executeQuery("SELECT id FROM log_t")) {
                    rs.next();
                }
                st.addBatch("DELETE FROM log_t WHERE id = 3");
                st.addBatch("DELETE FROM log_t WHERE id = 2");
                st.executeBatch();
                assertThatThrownBy(() -> st.executeUpdate("INSERT INTO log_t VALUES (1)")).isInstanceOf(SQLException.class);
            }
        });
        String ds = "ds=jdbc:retort:h2:mem:statement_log;DB_CLOSE_DELAY=-1;PASSWORD=***?retort.dialect=h2 path=passthrough elapsed=";
        assertThat(lines).hasSize(6);
        assertThat(lines).allSatisfy(l -> assertThat(l).contains(ds).doesNotContain("s3cret").containsPattern("elapsed=\\d+us "));
        assertThat(lines.get(0)).endsWith("us result=count=0 sql=CREATE TABLE log_t (id INT PRIMARY KEY)");
        assertThat(lines.get(1)).endsWith("us result=count=1 sql=INSERT INTO log_t VALUES (?)");
        assertThat(lines.get(2)).endsWith("us result=batch=2 counts=[1, 1] sql=INSERT INTO log_t VALUES (?)");
        assertThat(lines.get(3)).endsWith("us result=rows sql=SELECT id FROM log_t");
        assertThat(lines.get(4)).endsWith(
                "us result=batch=2 counts=[1, 1] sql=DELETE FROM log_t WHERE id = 3; DELETE FROM log_t WHERE id = 2");
        assertThat(lines.get(5)).endsWith("us error=23505/23505 sql=INSERT INTO log_t VALUES (1)");
    }

    @Test
    void nothingIsLoggedAtTheDefaultLevel() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
        try (Connection c = DriverManager.getConnection(URL, "sa", "s3cret");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT 1")) {
            rs.next();
        } finally {
            System.setErr(err);
        }
        assertThat(StatementLog.enabled()).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("io.retort.jdbc.statements");
    }
}
