package io.retort.sharding.route;

/** What kind of statement a {@link RoutePlan} runs. */
public enum RouteKind {
    /** Returns rows: SELECT, VALUES, a database's EXPLAIN. */
    QUERY,
    /** INSERT, UPDATE, DELETE (also REPLACE); with RETURNING it returns rows too ({@link RoutePlan#returnsRows()}). */
    DML,
    /** CREATE, ALTER, DROP, TRUNCATE. */
    DDL,
    /**
     * Transaction and session control (BEGIN, COMMIT, ROLLBACK, SAVEPOINT, SET, USE, XA ...): not
     * routed. The plan has no units; the driver applies the statement to the logical connection
     * (and to each real connection it holds, as its transaction handling requires).
     */
    SESSION,
    /** CALL and statements Retort could not parse: run as written on one data source. */
    OTHER
}
