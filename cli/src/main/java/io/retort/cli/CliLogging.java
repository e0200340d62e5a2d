package io.retort.cli;

/**
 * Logging defaults for the command line, applied before anything creates a logger. The CLI uses
 * slf4j-simple; the library itself never forces a binding on applications.
 */
final class CliLogging {

    static final String STATEMENT_LOGGER = "io.retort.jdbc.statements";
    private static final String PREFIX = "org.slf4j.simpleLogger.";

    private CliLogging() {}

    static void configureDefaults() {
        setIfAbsent("defaultLogLevel", "warn");
        setIfAbsent("showThreadName", "false");
        setIfAbsent("showShortLogName", "true");
        setIfAbsent("levelInBrackets", "true");
        setIfAbsent("logFile", "System.out");
    }

    /** Shows what Retort does with each statement (the driver's statement log at DEBUG). */
    static void showStatements() {
        setIfAbsent("log." + STATEMENT_LOGGER, "debug");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(PREFIX + key) == null) {
            System.setProperty(PREFIX + key, value);
        }
    }
}
