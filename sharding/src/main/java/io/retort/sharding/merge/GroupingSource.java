package io.retort.sharding.merge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GROUP BY and aggregates across shards: every shard returns one row per group it holds, and this
 * merges the rows of equal groups into one.
 *
 * <ul>
 *   <li>{@code adjacent}: rows of one group arrive together (the shards were merged by an order that
 *       leads with the group keys), so groups stream: one group in memory at a time;</li>
 *   <li>otherwise the groups are hashed by their keys and returned once every shard is read, in
 *       the order each group was first seen;</li>
 *   <li>without group keys all rows form one group, and an empty input still gives one row
 *       (COUNT 0, SUM NULL, ...), as SQL's aggregates without GROUP BY do.</li>
 * </ul>
 */
final class GroupingSource extends RowSource {

    private final RowSource input;
    private final Aggregation aggregation;
    private final ValueComparator values;
    private final boolean adjacent;
    private final boolean oneGroup;
    private boolean started;
    private boolean inputHasRow;
    private boolean emittedAny;
    private List<Accumulator[]> hashed;
    private int hashedNext;
    private Object[] row;
    private boolean done;

    GroupingSource(RowSource input, Aggregation aggregation, ValueComparator values, boolean adjacent) {
        this.input = input;
        this.aggregation = aggregation;
        this.values = values;
        this.oneGroup = aggregation.groupColumns().length == 0;
        this.adjacent = adjacent || oneGroup;
    }

    @Override
    boolean next() throws SQLException {
        if (done) {
            return false;
        }
        Accumulator[] group = adjacent ? nextAdjacent() : nextHashed();
        if (group == null) {
            done = true;
            row = null;
            return false;
        }
        row = new Object[group.length];
        for (int i = 0; i < group.length; i++) {
            row[i] = group[i].result();
        }
        emittedAny = true;
        return true;
    }

    private Accumulator[] nextAdjacent() throws SQLException {
        if (!started) {
            started = true;
            inputHasRow = input.next();
        }
        if (!inputHasRow) {
            return oneGroup && !emittedAny ? aggregation.newGroup(values) : null;
        }
        Accumulator[] group = aggregation.newGroup(values);
        Object[] key = groupKey();
        add(group);
        while ((inputHasRow = input.next())) {
            if (!oneGroup && !sameKey(key, groupKey())) {
                break;
            }
            add(group);
        }
        return group;
    }

    private Accumulator[] nextHashed() throws SQLException {
        if (hashed == null) {
            Map<RowKey, Accumulator[]> groups = new LinkedHashMap<>();
            while (input.next()) {
                Accumulator[] group = groups.computeIfAbsent(RowKey.of(groupKey(), values),
                        k -> aggregation.newGroup(values));
                add(group);
            }
            hashed = new ArrayList<>(groups.values());
        }
        if (hashedNext >= hashed.size()) {
            return null;
        }
        Accumulator[] group = hashed.get(hashedNext);
        hashed.set(hashedNext++, null); // returned groups can be collected
        return group;
    }

    private Object[] groupKey() throws SQLException {
        int[] columns = aggregation.groupColumns();
        Object[] key = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            key[i] = input.value(columns[i]);
        }
        return key;
    }

    private boolean sameKey(Object[] a, Object[] b) throws SQLException {
        for (int i = 0; i < a.length; i++) {
            if (!values.same(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    private void add(Accumulator[] group) throws SQLException {
        for (Accumulator a : group) {
            a.add(input);
        }
    }

    @Override
    ResultSet passThrough() {
        return null;
    }

    @Override
    Object value(int column) {
        return row[column - 1];
    }

    @Override
    void close() throws SQLException {
        done = true;
        hashed = null;
        input.close();
    }
}
