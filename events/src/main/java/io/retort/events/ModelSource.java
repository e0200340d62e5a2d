package io.retort.events;

import io.retort.sql.Statement;

/**
 * Gives a statement event its model on demand. The driver implements it over its plan cache, so
 * the SQL is parsed at most once per distinct text, and only when something asks.
 */
public interface ModelSource {

    /** The parsed statement (a {@link io.retort.sql.Passthrough} when the parser could not read it). */
    Statement model();

    /** Whether and when the model was made; {@link PlanInfo#NOT_PARSED} until {@link #model()} is called. */
    PlanInfo planInfo();
}
