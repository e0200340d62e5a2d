package io.retort.orm;

import io.retort.orm.metamodel.EntitySelection;
import io.retort.orm.metamodel.Selection;
import java.util.Arrays;
import java.util.List;

/**
 * One row of {@link Session#execute}: a value per selection, by position or by the selection itself.
 *
 * <pre>{@code
 * Row row = session.execute(select(User_.name, Address_.emailAddress).join(User_.addresses)).first();
 * String name = row.get(User_.name);
 * String email = row.get(1, String.class);
 * }</pre>
 */
public final class Row {

    private final List<Selection<?>> selections;
    private final Object[] values;

    Row(List<Selection<?>> selections, Object[] values) {
        this.selections = selections;
        this.values = values;
    }

    /** The value at {@code index} (0-based). */
    public Object get(int index) {
        return values[index];
    }

    /** The value at {@code index}, cast to {@code type}. */
    public <V> V get(int index, Class<V> type) {
        return type.cast(values[index]);
    }

    /** The value of {@code selection} (the first one, if it was selected twice). */
    @SuppressWarnings("unchecked")
    public <V> V get(Selection<V> selection) {
        for (int i = 0; i < selections.size(); i++) {
            if (selections.get(i).equals(selection)) {
                return (V) values[i];
            }
        }
        throw new IllegalArgumentException(selection + " is not selected; the row has " + selections);
    }

    /** The entity of class {@code type} in this row. */
    public <E> E get(Class<E> type) {
        return get(EntitySelection.of(type));
    }

    public int size() {
        return values.length;
    }

    public List<Object> toList() {
        return Arrays.asList(values.clone());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Row r && Arrays.equals(values, r.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
