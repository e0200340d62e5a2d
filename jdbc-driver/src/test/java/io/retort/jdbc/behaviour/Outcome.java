package io.retort.jdbc.behaviour;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Objects;

/**
 * What a scenario did on one connection: the value it returned, or the exception it threw as
 * class, SQLState, vendor code (and update counts for a batch). Messages are not compared: they
 * may name connection ids.
 */
record Outcome(Object value, String error) {

    @FunctionalInterface
    interface Scenario {
        /** Runs on {@code c}, using tables whose names end in {@code suffix}; returns something comparable. */
        Object run(Connection c, String suffix) throws Exception;
    }

    static Outcome of(Connection c, String suffix, Scenario scenario) {
        try {
            return new Outcome(scenario.run(c, suffix), null);
        } catch (Exception e) {
            return new Outcome(null, describe(e));
        }
    }

    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getClass().getName());
        if (e instanceof SQLException s) {
            sb.append(" state=").append(s.getSQLState()).append(" code=").append(s.getErrorCode());
        }
        if (e instanceof BatchUpdateException b) {
            sb.append(" counts=").append(Arrays.toString(b.getLargeUpdateCounts()));
        }
        return sb.toString();
    }

    boolean failed() {
        return error != null;
    }

    boolean hasValue(Object expected) {
        return error == null && Objects.equals(value, expected);
    }
}
