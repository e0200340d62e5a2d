package io.retort.cli;

import java.io.PrintStream;
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

/** {@code retort sql <url> "<statement>"}: runs one statement through Retort and prints what comes back. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Run one statement through Retort and print the result as a table.")
final class SqlCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "URL", description = "A jdbc:retort: URL, e.g. jdbc:retort:postgresql://127.0.0.1:5432/postgres")
    String url;

    @Parameters(index = "1", paramLabel = "STATEMENT", description = "The SQL statement to run.")
    String sql;

    @Option(names = {"-u", "--user"}, description = "Database user.")
    String user;

    @Option(names = {"-p", "--password"}, description = "Database password (or set RETORT_PASSWORD).", defaultValue = "${env:RETORT_PASSWORD}")
    String password;

    @Option(names = "--max-rows", defaultValue = "200", description = "Rows to print per result (default ${DEFAULT-VALUE}).")
    int maxRows;

    @Option(names = {"-v", "--verbose"}, description = "Show Retort's statement log.")
    boolean verbose;

    @Override
    public Integer call() {
        if (verbose) {
            CliLogging.showStatements();
        }
        PrintStream out = System.out;
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null && !password.isEmpty()) {
            props.setProperty("password", password);
        }
        try (Connection conn = DriverManager.getConnection(url, props);
                Statement stmt = conn.createStatement()) {
            printAll(stmt, stmt.execute(sql), out);
            return 0;
        } catch (SQLException e) {
            System.err.println("error: " + describe(e));
            return 1;
        }
    }

    private void printAll(Statement stmt, boolean isResultSet, PrintStream out) throws SQLException {
        boolean first = true;
        while (true) {
            if (isResultSet) {
                try (ResultSet rs = stmt.getResultSet()) {
                    if (!first) {
                        out.println();
                    }
                    ResultTable.read(rs, maxRows).print(out);
                }
            } else {
                long count = stmt.getLargeUpdateCount();
                if (count == -1) {
                    return;
                }
                out.println("(" + count + (count == 1 ? " row" : " rows") + " affected)");
            }
            first = false;
            isResultSet = stmt.getMoreResults();
        }
    }

    static String describe(SQLException e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        if (e.getSQLState() != null) {
            sb.append(" [SQLState ").append(e.getSQLState());
            if (e.getErrorCode() != 0) {
                sb.append(", vendor code ").append(e.getErrorCode());
            }
            sb.append(']');
        }
        return sb.toString();
    }
}
