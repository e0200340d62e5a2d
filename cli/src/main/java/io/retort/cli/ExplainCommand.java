package io.retort.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort explain <url> "<sql>"}: where a statement would run, and as what SQL; nothing is executed. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show the route of a statement (EXPLAIN ROUTE): one row per data node it would touch, with the"
                + " physical SQL. Nothing is executed.")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "URL", description = "A jdbc:retort: URL, e.g. jdbc:retort:config:shop.yaml")
    String url;

    @Parameters(index = "1", paramLabel = "STATEMENT", description = "The statement to route.")
    String sql;

    @Option(names = {"-u", "--user"}, description = "Database user (wrapped URLs).")
    String user;

    @Option(names = {"-p", "--password"}, description = "Database password (or set RETORT_PASSWORD).", defaultValue = "${env:RETORT_PASSWORD}")
    String password;

    @Override
    public Integer call() {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null && !password.isEmpty()) {
            props.setProperty("password", password);
        }
        try (Connection c = DriverManager.getConnection(url, props); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("EXPLAIN ROUTE " + sql)) {
            ResultTable.read(rs, 1000).print(System.out);
            return 0;
        } catch (SQLException e) {
            System.err.println("error: " + SqlCommand.describe(e));
            return 1;
        }
    }
}
