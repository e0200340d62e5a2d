package io.retort.cli;

import io.retort.dialect.Dialect;
import io.retort.dialect.RenderedSql;
import io.retort.rewrite.SqlTranslator;
import io.retort.sql.SqlDialect;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort translate --from postgresql --to mysql "<sql>"}: the SQL another database would receive. */
@Command(name = "translate", mixinStandardHelpOptions = true,
        description = "Translate a statement from the dialect it is written in to another database's, as the driver"
                + " does with retort.dialect=, and print it.")
final class TranslateCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, description = "The dialect the statement is written in: postgresql, mysql,"
            + " mariadb, sqlite, h2, oracle, sqlserver.")
    String from;

    @Option(names = "--to", required = true, description = "The database to translate for (same names).")
    String to;

    @Option(names = "--version", paramLabel = "MAJOR.MINOR", description = "The target database's version (default: the oldest supported).")
    String version;

    @Option(names = "--bindings", description = "Also print which source parameter each ? binds.")
    boolean bindings;

    @Parameters(index = "0", paramLabel = "SQL", description = "The statement.")
    String sql;

    @Override
    public Integer call() {
        SqlDialect source;
        Dialect target;
        try {
            source = SqlDialect.fromName(from);
            SqlDialect targetFamily = SqlDialect.fromName(to);
            target = version == null ? Dialect.of(targetFamily) : Dialect.of(targetFamily, majorMinor(version)[0], majorMinor(version)[1]);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        try {
            RenderedSql rendered = SqlTranslator.translate(sql, source, target);
            System.out.println(rendered.sql());
            if (bindings && !rendered.verbatim()) {
                for (int i = 1; i <= rendered.parameterCount(); i++) {
                    System.out.println("  ?" + i + " <- parameter " + rendered.sourceIndex(i));
                }
            }
            return 0;
        } catch (SQLException e) {
            System.err.println("error: " + SqlCommand.describe(e));
            return 1;
        }
    }

    private static int[] majorMinor(String v) {
        String[] parts = v.split("\\.");
        try {
            return new int[] {Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--version wants MAJOR.MINOR, e.g. 10.11; got " + v);
        }
    }
}
