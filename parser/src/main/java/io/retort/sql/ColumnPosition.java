package io.retort.sql;

/** MySQL's column placement in ALTER TABLE: {@code FIRST} ({@code after} null) or {@code AFTER column}. */
public record ColumnPosition(boolean first, Identifier after) {
    public static final ColumnPosition FIRST = new ColumnPosition(true, null);

    public static ColumnPosition after(Identifier column) {
        return new ColumnPosition(false, java.util.Objects.requireNonNull(column));
    }
}
