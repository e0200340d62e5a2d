package io.retort.orm;

import io.retort.dialect.RenderedSql;
import io.retort.sql.Parameter;
import io.retort.sql.Sql;
import io.retort.sql.SqlDialect;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The values of one statement's parameters while it is compiled: each value becomes the next
 * {@code ?} of the model ({@link #add}), with the type that binds it. After rendering, {@link #bind}
 * binds them in the order the rendered SQL needs (a dialect may reorder or repeat parameters).
 */
final class Binds {

    private Object[] values = new Object[8];
    private ValueType[] types = new ValueType[8];
    private int size;

    /** The parameter for {@code value}, bound with {@code type} (null: {@code setObject}). */
    Parameter add(Object value, ValueType type) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
            types = Arrays.copyOf(types, size * 2);
        }
        values[size] = value;
        types[size] = type;
        size++;
        return Sql.param(size);
    }

    int size() {
        return size;
    }

    Object value(int i) {
        return values[i];
    }

    void bind(PreparedStatement ps, RenderedSql sql, SqlDialect family) throws SQLException {
        if (sql.verbatim()) {
            for (int i = 0; i < size; i++) {
                bindOne(ps, i + 1, i, family);
            }
            return;
        }
        int n = sql.parameterCount();
        for (int j = 1; j <= n; j++) {
            bindOne(ps, j, sql.sourceIndex(j) - 1, family);
        }
    }

    private void bindOne(PreparedStatement ps, int jdbcIndex, int i, SqlDialect family) throws SQLException {
        ValueType t = types[i];
        Object v = values[i];
        if (t != null) {
            t.bind(ps, jdbcIndex, v, family);
        } else {
            ps.setObject(jdbcIndex, v);
        }
    }

    @Override
    public String toString() {
        return Arrays.toString(Arrays.copyOf(values, size));
    }
}
