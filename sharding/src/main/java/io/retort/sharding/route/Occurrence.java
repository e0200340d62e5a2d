package io.retort.sharding.route;

import io.retort.sharding.TableRule;
import io.retort.sql.Identifier;
import io.retort.sql.TableRef;

/**
 * A table named in a statement (a CTE reference is not one), resolved against the sharding rule.
 *
 * @param id the index among the statement's occurrences
 * @param ref the reference as written
 * @param rule the table's rule
 * @param group the index of its binding group among the statement's sharded groups, or -1 when it is not sharded
 * @param binding what columns qualify it by: the alias, else the table name's last part
 * @param target whether the statement writes this table (INSERT/UPDATE/DELETE target)
 */
record Occurrence(int id, TableRef ref, TableRule rule, int group, Identifier binding, boolean target) {

    boolean sharded() {
        return group >= 0;
    }

    boolean aliased() {
        return ref.alias() != null;
    }

    /** The key column of this table's rule that {@code column} names (the rule's spelling), or null. */
    String keyColumn(String column) {
        for (String k : rule.keyColumns()) {
            if (k.equalsIgnoreCase(column)) {
                return k;
            }
        }
        return null;
    }
}
