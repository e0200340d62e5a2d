package io.retort.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code retort} command. Run through the {@code ./retort} launcher at the repository root,
 * which finds a JDK 21 or newer and builds this jar on first use.
 *
 * <pre>{@code
 * ./retort demo
 * ./retort sql jdbc:retort:h2:mem:x "select 1"
 * ./retort translate --from postgresql --to mysql "select x::int from t limit 5"
 * ./retort explain jdbc:retort:config:shop.yaml "select * from orders where customer_id = 7"
 * }</pre>
 */
@Command(
        name = "retort",
        mixinStandardHelpOptions = true,
        versionProvider = RetortCli.Version.class,
        description = "Retort: a JDBC driver that parses, rewrites, routes and shards your SQL.",
        subcommands = {DemoCommand.class, SqlCommand.class, ExplainCommand.class, TranslateCommand.class,
                ParseCorpusCommand.class, RoundTripCorpusCommand.class, CommandLine.HelpCommand.class})
public final class RetortCli {

    private RetortCli() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (used by tests, which must not exit the JVM). */
    static int run(String... args) {
        CliLogging.configureDefaults();
        return new CommandLine(new RetortCli())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = RetortCli.class.getPackage().getImplementationVersion();
            return new String[] {"retort " + (version == null ? "(development build)" : version),
                    "Java " + Runtime.version()};
        }
    }
}
