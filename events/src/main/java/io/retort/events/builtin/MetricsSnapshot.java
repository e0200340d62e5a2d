package io.retort.events.builtin;

import java.util.List;
import java.util.Optional;

/**
 * A consistent-enough copy of a {@link Metrics} listener's counters (each shape's counters are read
 * one after another, while statements may still be running), most executed first.
 *
 * <pre>{@code
 * MetricsSnapshot s = metrics.snapshot();
 * s.statementCount();
 * s.find("SELECT * FROM orders WHERE id = ?", "ds0").map(StatementMetrics::p99Nanos);
 * }</pre>
 *
 * @param name the Metrics listener's name
 * @param statements one entry per statement shape and data source
 */
public record MetricsSnapshot(String name, List<StatementMetrics> statements) {

    public MetricsSnapshot {
        statements = List.copyOf(statements);
    }

    /** Executions counted, over every shape and data source. */
    public long statementCount() {
        long n = 0;
        for (StatementMetrics m : statements) {
            n += m.count();
        }
        return n;
    }

    /** Failed executions, over every shape and data source. */
    public long errorCount() {
        long n = 0;
        for (StatementMetrics m : statements) {
            n += m.errors();
        }
        return n;
    }

    /** The entry of the shape first seen as {@code shapeSql}, on {@code dataSource}. */
    public Optional<StatementMetrics> find(String shapeSql, String dataSource) {
        for (StatementMetrics m : statements) {
            if (m.shape().equals(shapeSql) && m.dataSource().equals(dataSource)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The entries on one data source. */
    public List<StatementMetrics> forDataSource(String dataSource) {
        return statements.stream().filter(m -> m.dataSource().equals(dataSource)).toList();
    }
}
