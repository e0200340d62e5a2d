package io.retort.sharding.merge;

import java.util.Arrays;

/** Hashing keys of several values (a group key, a distinct row), equal when the databases hold them equal. */
record RowKey(Object[] keys) {

    static RowKey of(Object[] values, ValueComparator comparator) {
        Object[] keys = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            keys[i] = comparator.key(values[i]);
        }
        return new RowKey(keys);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowKey k && Arrays.equals(k.keys, keys);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(keys);
    }

    @Override
    public String toString() {
        return Arrays.toString(keys);
    }
}
