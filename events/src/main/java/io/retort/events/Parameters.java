package io.retort.events;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The values bound to a statement's parameters, 1-based like JDBC. A value is what the application
 * passed to the setter ({@code setInt} gives an {@code Integer}, {@code setNull} gives {@code null},
 * a stream stays a stream).
 *
 * <p>An event's parameters are a view that is valid during the callback; call {@link #snapshot()}
 * to keep them.
 *
 * <pre>{@code
 * Parameters p = Parameters.of(42, "x");
 * p.get(1);   // 42
 * }</pre>
 */
public final class Parameters {

    /** No parameters. */
    public static final Parameters NONE = new Parameters(new Object[0], 0);

    private final Object[] values;
    private final int size;

    private Parameters(Object[] values, int size) {
        this.values = values;
        this.size = size;
    }

    /** Parameters with these values, in order. */
    public static Parameters of(Object... values) {
        return new Parameters(values.clone(), values.length);
    }

    /**
     * A view of the first {@code size} slots of {@code values} (slot 0 is parameter 1), without
     * copying: for the driver, which reuses its array between executions.
     */
    public static Parameters view(Object[] values, int size) {
        return size == 0 ? NONE : new Parameters(values, size);
    }

    /** How many parameters are bound (the highest index set). */
    public int size() {
        return size;
    }

    /** The value of parameter {@code index} (1-based). */
    public Object get(int index) {
        if (index < 1 || index > size) {
            throw new IndexOutOfBoundsException("parameter " + index + " of " + size);
        }
        return values[index - 1];
    }

    /** The values in order, as an unmodifiable list (a copy). */
    public List<Object> asList() {
        return Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(values, size)));
    }

    /** A copy that stays valid after the callback returns. */
    public Parameters snapshot() {
        return size == 0 ? NONE : new Parameters(Arrays.copyOf(values, size), size);
    }

    /** The values as text, e.g. {@code [42, 'x', NULL]}; streams and LOBs by type only. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(describe(values[i]));
        }
        return sb.append(']').toString();
    }

    static String describe(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof CharSequence s) {
            return "'" + s + "'";
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof java.time.temporal.Temporal
                || value instanceof java.util.Date || value instanceof java.util.UUID) {
            return value.toString();
        }
        if (value instanceof byte[] bytes) {
            return "byte[" + bytes.length + "]";
        }
        return value.getClass().getSimpleName();
    }
}
