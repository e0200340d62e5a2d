package io.retort.sharding;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The {@link ShardingCondition} of each sharding column a statement constrains; a column that is
 * absent is {@linkplain ShardingCondition#unknown() unknown}. Column names match
 * case-insensitively, as unquoted SQL identifiers do. Immutable.
 *
 * <pre>{@code
 * ShardingConditions c = ShardingConditions.of("user_id", ShardingCondition.equalTo(7))
 *         .with("order_id", ShardingCondition.in(List.of(10, 11)));
 * }</pre>
 */
public final class ShardingConditions {
    private static final ShardingConditions NONE = new ShardingConditions(new String[0], new ShardingCondition[0]);

    // Parallel arrays: statements constrain one or two key columns, so a linear scan beats a map.
    private final String[] columns;
    private final ShardingCondition[] conditions;

    private ShardingConditions(String[] columns, ShardingCondition[] conditions) {
        this.columns = columns;
        this.conditions = conditions;
    }

    /** No condition on any column: every node. */
    public static ShardingConditions none() {
        return NONE;
    }

    /** One column's condition. */
    public static ShardingConditions of(String column, ShardingCondition condition) {
        return NONE.with(column, condition);
    }

    /** The conditions of a map from column name to condition. */
    public static ShardingConditions of(Map<String, ShardingCondition> byColumn) {
        ShardingConditions result = NONE;
        for (Map.Entry<String, ShardingCondition> e : byColumn.entrySet()) {
            result = result.with(e.getKey(), e.getValue());
        }
        return result;
    }

    /** A copy with {@code column}'s condition replaced (not combined: use {@link ShardingCondition#and}). */
    public ShardingConditions with(String column, ShardingCondition condition) {
        String key = normalize(column);
        int i = indexOf(key);
        if (i >= 0) {
            ShardingCondition[] c = conditions.clone();
            c[i] = condition;
            return new ShardingConditions(columns, c);
        }
        String[] cols = Arrays.copyOf(columns, columns.length + 1);
        ShardingCondition[] c = Arrays.copyOf(conditions, conditions.length + 1);
        cols[columns.length] = key;
        c[columns.length] = condition;
        return new ShardingConditions(cols, c);
    }

    /** The condition on a column; {@linkplain ShardingCondition#unknown() unknown} if none was given. */
    public ShardingCondition get(String column) {
        int i = indexOf(column);
        if (i < 0) {
            i = indexOf(normalize(column));
        }
        return i < 0 ? ShardingCondition.unknown() : conditions[i];
    }

    private int indexOf(String normalized) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].equals(normalized)) {
                return i;
            }
        }
        return -1;
    }

    static String normalize(String identifier) {
        return identifier.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < columns.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(columns[i]).append(": ").append(conditions[i]);
        }
        return sb.append('}').toString();
    }
}
