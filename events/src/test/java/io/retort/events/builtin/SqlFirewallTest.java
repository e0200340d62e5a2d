package io.retort.events.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.events.ListenerLoader;
import io.retort.events.Listeners;
import io.retort.events.StatementEvent;
import io.retort.events.testing.TestEvents;
import io.retort.parser.SqlParser;
import io.retort.sql.Comments;
import io.retort.sql.Passthrough;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlFirewallTest {

    private static Statement pg(String sql) {
        return SqlParser.parse(sql, SqlDialect.POSTGRESQL);
    }

    private static Statement mysql(String sql) {
        return SqlParser.parse(sql, SqlDialect.MYSQL);
    }

    private static void allowed(SqlFirewall firewall, Statement s) throws SQLException {
        assertThat(firewall.transform(TestEvents.statement(s.toString()).model(s).build(), s)).isSameAs(s);
    }

    private static void allowed(SqlFirewall firewall, String sql) throws SQLException {
        allowed(firewall, pg(sql));
    }

    private static void refused(SqlFirewall firewall, String sql, String message) {
        refused(firewall, pg(sql), sql, message);
    }

    private static void refused(SqlFirewall firewall, Statement s, String sql, String message) {
        StatementEvent e = TestEvents.statement(sql).model(s).build();
        assertThatThrownBy(() -> Listeners.of(List.of(firewall)).transform(e, s))
                .isInstanceOf(SQLSyntaxErrorException.class)
                .hasMessageContaining("SQL firewall refused")
                .hasMessageContaining(message)
                .hasMessageContaining(SqlFirewall.class.getName())
                .extracting(t -> ((SQLException) t).getSQLState()).isEqualTo("42501");
    }

    private final SqlFirewall defaults = new SqlFirewall();

    @Test
    void ddlIsDeniedByDefault() throws SQLException {
        refused(defaults, "CREATE TABLE t (id int)", "rule ddl: CREATE TABLE t is DDL");
        refused(defaults, "DROP TABLE orders", "rule ddl: DROP TABLE orders");
        refused(defaults, "ALTER TABLE orders ADD COLUMN x int", "rule ddl: ALTER TABLE orders");
        refused(defaults, "TRUNCATE orders", "rule ddl: TRUNCATE orders");
        refused(defaults, "CREATE INDEX i ON orders (id)", "rule ddl");
        allowed(SqlFirewall.builder().allowDdl().build(), "CREATE TABLE t (id int)");
    }

    @Test
    void deleteAndUpdateWithoutARealConditionAreDenied() throws SQLException {
        refused(defaults, "DELETE FROM orders", "rule unfilteredWrites: DELETE without WHERE would change every row");
        refused(defaults, "UPDATE orders SET a = 1", "rule unfilteredWrites: UPDATE without WHERE");
        for (String where : List.of("1 = 1", "TRUE", "NOT FALSE", "'a' = 'a'", "1", "2 > 1", "id = id", "1 = 1 AND 2 = 2",
                "? = ?", "? IS NULL", "id = ? OR 1 = 1", "status = ? OR ? IS NULL", "now() > '2000-01-01'",
                "EXISTS (SELECT 1)", "NOT (id = 5 AND 1 = 0)", "id = 5 OR TRUE")) {
            refused(defaults, "DELETE FROM orders WHERE " + where, "WHERE may be true for every row");
        }
        for (String where : List.of("id = ?", "id = 5", "id IN (1, 2)", "1 = 0", "id = ? AND 1 = 1", "status = ? OR id = ?",
                "id IN (SELECT order_id FROM invoices)", "NULL", "FALSE OR id = 2")) {
            allowed(defaults, "DELETE FROM orders WHERE " + where);
        }
        allowed(SqlFirewall.builder().allowUnfilteredWrites().build(), "DELETE FROM orders");
    }

    @Test
    void aWriteHiddenInsideAnotherStatementIsFound() {
        refused(defaults, "WITH d AS (DELETE FROM orders RETURNING *) SELECT * FROM d", "DELETE without WHERE");
        refused(defaults, "EXPLAIN ANALYZE UPDATE orders SET a = 1 WHERE 1 = 1", "UPDATE whose WHERE may be true");
    }

    @Test
    void aJoinWithARealConditionLimitsAMultiTableDelete() throws SQLException {
        allowed(defaults, mysql("DELETE o FROM orders o JOIN invoices i ON i.order_id = o.id"));
        refused(defaults, mysql("DELETE o FROM orders o JOIN invoices i ON 1 = 1"), "DELETE o FROM ...", "DELETE without WHERE");
        refused(defaults, "UPDATE orders SET a = 1 FROM invoices", "UPDATE without WHERE");
    }

    @Test
    void deniedTablesAreDeniedWhereverTheyAppear() throws SQLException {
        SqlFirewall fw = SqlFirewall.builder().denyTables("salaries", "hr.reviews").build();
        refused(fw, "SELECT * FROM salaries", "rule deniedTables: the table salaries is denied");
        refused(fw, "SELECT * FROM \"SALARIES\"", "the table \"SALARIES\" is denied");
        refused(fw, "SELECT * FROM payroll.salaries s", "the table payroll.salaries is denied");
        refused(fw, "SELECT * FROM users WHERE id IN (SELECT user_id FROM salaries)", "salaries");
        refused(fw, "SELECT 1 UNION SELECT amount FROM salaries", "salaries");
        refused(fw, "INSERT INTO salaries (a) VALUES (1)", "salaries");
        refused(fw, "UPDATE users u SET a = 1 FROM salaries s WHERE s.id = u.id", "salaries");
        refused(fw, "SELECT * FROM reviews", "the table reviews is denied");
        allowed(fw, "SELECT * FROM other.reviews");
        allowed(fw, "SELECT salaries FROM users");
        SqlFirewall withDdl = SqlFirewall.builder().allowDdl().allowUnfilteredWrites().denyTables("salaries").build();
        refused(withDdl, "DROP TABLE salaries", "the table salaries is denied");
        refused(withDdl, "TRUNCATE salaries", "the table salaries is denied");
    }

    @Test
    void deniedFunctionsAreDeniedWhereverTheyAreCalled() throws SQLException {
        SqlFirewall fw = SqlFirewall.builder().denyFunctions("pg_sleep", "pg_read_file", "current_user").build();
        refused(fw, "SELECT pg_sleep(5)", "rule deniedFunctions: the function pg_sleep is denied");
        refused(fw, "SELECT * FROM t WHERE id = 1 AND PG_SLEEP(1) IS NOT NULL", "PG_SLEEP");
        refused(fw, "SELECT * FROM t WHERE x = (SELECT pg_catalog.pg_read_file('/etc/passwd'))", "pg_read_file");
        refused(fw, "SELECT current_user", "current_user");
        allowed(fw, "SELECT sleep_minutes FROM t");
    }

    @Test
    void onlyAllowedShapesPassWhenAnAllowListIsGiven() throws SQLException {
        SqlFirewall fw = SqlFirewall.builder()
                .allowShapes(SqlDialect.POSTGRESQL, "SELECT * FROM orders WHERE id = 1", "UPDATE orders SET status = ? WHERE id = ?")
                .build();
        allowed(fw, "SELECT * FROM orders WHERE id = 42");
        allowed(fw, "/* app */ SELECT * FROM orders WHERE id = 7");
        allowed(fw, "UPDATE orders SET status = ? WHERE id = ?");
        refused(fw, "SELECT * FROM orders WHERE id = 42 OR 1 = 1", "rule allowedShapes");
        refused(fw, "SELECT * FROM orders", "rule allowedShapes");
        refused(fw, "SELECT * FROM orders WHERE id = ?", "rule allowedShapes");
    }

    @Test
    void theAllowListCanComeFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("allowed.sql");
        Files.writeString(file, "-- the application's statements\nSELECT * FROM orders WHERE id = ?;\n"
                + "INSERT INTO orders (id, note) VALUES (?, 'a;b');\n");
        SqlFirewall fw = (SqlFirewall) ListenerLoader.create("SqlFirewall", Map.of("allowedShapes", file.toString()));
        allowed(fw, "SELECT * FROM orders WHERE id = ?");
        allowed(fw, "INSERT INTO orders (id, note) VALUES (?, 'x')");
        refused(fw, "DELETE FROM orders WHERE id = ?", "rule allowedShapes");

        Files.writeString(file, "SELEC * FROM orders;\n");
        assertThatThrownBy(() -> ListenerLoader.create("SqlFirewall", Map.of("allowedShapes", file.toString())))
                .hasMessageContaining("statement 1 of " + file + " is not valid postgresql SQL");
        assertThatThrownBy(() -> new SqlFirewall(Map.of("allowedShapes", "classpath:missing.sql")))
                .hasMessageContaining("missing.sql was not found");
    }

    @Test
    void unparsedStatementsAreDeniedUnlessAllowed() throws SQLException {
        Passthrough unparsed = new Passthrough("VACUUM FULL orders", "not supported", SqlDialect.POSTGRESQL, Comments.NONE);
        refused(defaults, unparsed, unparsed.sql(), "rule unparsed");
        allowed(SqlFirewall.builder().allowUnparsed().build(), unparsed);
    }

    @Test
    void theDecisionIsCachedPerModel() throws SQLException {
        Statement s = pg("DELETE FROM orders");
        StatementEvent e = TestEvents.statement("DELETE FROM orders").build();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> defaults.transform(e, s)).hasMessageContaining("unfilteredWrites");
        }
        allowed(defaults, "SELECT 1");
    }

    @Test
    void propertiesAreChecked() {
        assertThatThrownBy(() -> new SqlFirewall(Map.of("ddl", "maybe"))).hasMessageContaining("'ddl' must be one of deny, allow");
        assertThat(new SqlFirewall(Map.of("deniedTables", "a, b", "ddl", "allow")).toString())
                .contains("ddl allowed").contains("tables [a, b]");
        assertThat(new SqlFirewall().priority()).isEqualTo(1000);
    }
}
