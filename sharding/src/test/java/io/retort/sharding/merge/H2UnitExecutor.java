package io.retort.sharding.merge;

import io.retort.sharding.exec.UnitExecutor;
import io.retort.sharding.route.RouteUnit;
import io.retort.sql.Parameter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The driver's part of the contract, over the test's H2 shards: data source {@code ds<i>} is shard
 * i. Renders each unit with {@link TestSqlWriter}, binds the application's parameters by index and
 * Retort's {@code retort_} parameters by name, and counts the rows the results return.
 */
final class H2UnitExecutor implements UnitExecutor {

    private final H2Shards shards;
    private final List<Object> applicationParameters;
    /** Every SQL text run, in order. */
    final List<String> executed = new ArrayList<>();

    H2UnitExecutor(H2Shards shards, List<Object> applicationParameters) {
        this.shards = shards;
        this.applicationParameters = applicationParameters;
    }

    @Override
    public List<ResultSet> query(List<RouteUnit> units) throws SQLException {
        List<ResultSet> out = new ArrayList<>();
        for (RouteUnit unit : units) {
            out.add(shards.counting(prepare(unit).executeQuery(), shardOf(unit)));
        }
        return out;
    }

    @Override
    public long[] update(List<RouteUnit> units) throws SQLException {
        long[] counts = new long[units.size()];
        for (int i = 0; i < units.size(); i++) {
            try (PreparedStatement ps = prepare(units.get(i))) {
                counts[i] = ps.executeLargeUpdate();
            }
        }
        return counts;
    }

    private static int shardOf(RouteUnit unit) {
        return Integer.parseInt(unit.dataSource().substring(2));
    }

    private PreparedStatement prepare(RouteUnit unit) throws SQLException {
        TestSqlWriter.Rendered r = TestSqlWriter.render(unit.statement());
        executed.add(unit.dataSource() + ": " + r.sql());
        PreparedStatement ps = shards.shards.get(shardOf(unit)).prepareStatement(r.sql());
        for (int i = 0; i < r.parameters().size(); i++) {
            Parameter p = r.parameters().get(i);
            Object value;
            if (p.name() != null && p.name().startsWith("retort_")) {
                if (!unit.extraParameters().containsKey(p.name())) {
                    throw new AssertionError("no value for " + p.name() + " in " + unit.extraParameters());
                }
                value = unit.extraParameters().get(p.name());
            } else {
                value = applicationParameters.get(p.index() - 1);
            }
            ps.setObject(i + 1, value);
        }
        ps.closeOnCompletion();
        return ps;
    }
}
