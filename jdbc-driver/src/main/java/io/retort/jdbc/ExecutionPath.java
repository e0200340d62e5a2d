package io.retort.jdbc;

/**
 * How a connection's statements reach the database, chosen once when the connection opens so that
 * no statement pays for the decision. See {@link StatementPipeline}.
 */
enum ExecutionPath {

    /** The SQL text goes to the real driver untouched; nothing is parsed. */
    PASSTHROUGH("passthrough"),
    /** Parsed and rendered once per prepared statement (another dialect, or strict parsing); executions delegate. */
    TRANSLATED("translated"),
    /** Every execution goes through the listeners (and the renderer, when a transformer changes the model). */
    MANAGED("managed");

    private final String label;

    ExecutionPath(String label) {
        this.label = label;
    }

    /** The name shown in the statement log. */
    String label() {
        return label;
    }
}
