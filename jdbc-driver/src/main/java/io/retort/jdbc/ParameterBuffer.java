package io.retort.jdbc;

import io.retort.events.Parameters;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The parameters an application set on a prepared statement whose physical SQL is not its own (a
 * translated or rewritten statement): each value, for listeners, and how to set it again on a real
 * statement at any position, for binding in the physical order. A value set with
 * {@code setTimestamp(i, ts, calendar)} is replayed exactly so, not through {@code setObject}.
 */
final class ParameterBuffer {

    /** Sets one recorded value on a real statement at a (physical) position. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement ps, int index) throws SQLException;
    }

    private Object[] values;
    private Binder[] binders;
    private int size;

    ParameterBuffer() {
        this(new Object[8], new Binder[8], 0);
    }

    private ParameterBuffer(Object[] values, Binder[] binders, int size) {
        this.values = values;
        this.binders = binders;
        this.size = size;
    }

    /** Records parameter {@code index} (1-based). */
    void set(int index, Object value, Binder binder) throws SQLException {
        if (index < 1) {
            throw new SQLException("parameter index " + index + " is out of range: parameters are numbered from 1",
                    "07009");
        }
        if (index > values.length) {
            int capacity = Math.max(index, values.length * 2);
            values = Arrays.copyOf(values, capacity);
            binders = Arrays.copyOf(binders, capacity);
        }
        values[index - 1] = value;
        binders[index - 1] = binder;
        size = Math.max(size, index);
    }

    /** Records only the value of parameter {@code index}, for events (the caller set it on the real statement). */
    void record(int index, Object value) throws SQLException {
        set(index, value, null);
    }

    void clear() {
        Arrays.fill(values, 0, size, null);
        Arrays.fill(binders, 0, size, null);
        size = 0;
    }

    int size() {
        return size;
    }

    /** A view of the values for listeners (valid until the next change). */
    Parameters view() {
        return Parameters.view(values, size);
    }

    /** A copy, for a batch row. */
    ParameterBuffer copy() {
        return new ParameterBuffer(Arrays.copyOf(values, Math.max(size, 1)), Arrays.copyOf(binders, Math.max(size, 1)), size);
    }

    /** Sets application parameter {@code sourceIndex} on {@code ps} at {@code physicalIndex}. */
    void bind(int sourceIndex, PreparedStatement ps, int physicalIndex) throws SQLException {
        if (sourceIndex < 1 || sourceIndex > size || binders[sourceIndex - 1] == null) {
            throw new SQLException("no value specified for parameter " + sourceIndex, "07001");
        }
        binders[sourceIndex - 1].bind(ps, physicalIndex);
    }

    /** Sets every parameter at its own position (physical order = application order). */
    void bindInOrder(PreparedStatement ps) throws SQLException {
        for (int i = 0; i < size; i++) {
            if (binders[i] != null) {
                binders[i].bind(ps, i + 1);
            }
        }
    }

    /** The values as a list, parameter 1 first (a view, valid until the next change). */
    java.util.List<Object> asList() {
        if (list == null) {
            list = new java.util.AbstractList<>() {
                @Override
                public Object get(int i) {
                    java.util.Objects.checkIndex(i, size);
                    return values[i];
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }
        return list;
    }

    /** The live list {@link #asList} hands out (made once). */
    private java.util.List<Object> list;

    Object value(int sourceIndex) {
        return sourceIndex >= 1 && sourceIndex <= size ? values[sourceIndex - 1] : null;
    }
}
