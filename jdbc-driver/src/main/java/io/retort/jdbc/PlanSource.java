package io.retort.jdbc;

import io.retort.events.ModelSource;
import io.retort.events.PlanInfo;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;

/**
 * The model of one statement's SQL, fetched from the plan cache the first time someone asks (a
 * listener, a transformer, the translator) and kept for the statement's later executions.
 */
final class PlanSource implements ModelSource {

    private final String sql;
    private final SqlDialect dialect;
    private Plan plan;
    private boolean generated;

    PlanSource(String sql, SqlDialect dialect) {
        this.sql = sql;
        this.dialect = dialect;
    }

    PlanSource(Plan plan) {
        this(plan.sql, plan.dialect);
        this.plan = plan;
        this.generated = plan.firstUse();
    }

    Plan plan() {
        if (plan == null) {
            plan = PlanCache.get(sql, dialect);
            generated = plan.firstUse();
        }
        return plan;
    }

    boolean parsed() {
        return plan != null;
    }

    @Override
    public Statement model() {
        return plan().model;
    }

    @Override
    public PlanInfo planInfo() {
        if (plan == null) {
            return PlanInfo.NOT_PARSED;
        }
        return new PlanInfo(generated ? PlanInfo.Status.GENERATED : PlanInfo.Status.CACHED, plan.parseNanos,
                plan.createdAtNanos);
    }
}
