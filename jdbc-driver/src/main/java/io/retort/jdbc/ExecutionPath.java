package io.retort.jdbc;

/**
 * How a connection's statements reach the database, chosen once when the connection opens so that
 * no statement pays for the decision.
 *
 * <p>This version has one path: {@link #PASSTHROUGH}. The statement pipeline (parse, let listeners
 * change the model, route, render for another dialect) will add paths here and be chosen in
 * {@link #choose}; {@link RetortConnection}'s statement factory methods are where it plugs in.
 */
enum ExecutionPath {

    /** The SQL text goes to the real driver untouched; nothing is parsed. */
    PASSTHROUGH("passthrough");

    private final String label;

    ExecutionPath(String label) {
        this.label = label;
    }

    /** The name shown in the statement log. */
    String label() {
        return label;
    }

    /**
     * The path for a connection with these options. Every connection passes through for now:
     * dialect translation and listeners are accepted but not active yet (a warning says so when
     * the connection opens).
     */
    static ExecutionPath choose(RetortOptions options) {
        return PASSTHROUGH;
    }
}
