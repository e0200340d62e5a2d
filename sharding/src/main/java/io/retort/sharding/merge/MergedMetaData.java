package io.retort.sharding.merge;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The merged result's metadata: the first shard's, restricted to the visible columns, with the
 * types aggregation changes (AVG becomes NUMERIC, or DOUBLE over floating sums; COUNT and
 * COUNT(DISTINCT) become BIGINT). What every driver answers from the result itself is copied when
 * the merge starts, so it stays readable after the shards' result sets were closed (which the
 * merge does as soon as it can); the rest is read from the first shard on first demand.
 */
final class MergedMetaData implements ResultSetMetaData {

    /** One column's metadata. */
    record Column(String catalog, String schema, String table, String name, String label, int type, String typeName,
            String className, int precision, int scale, int displaySize, int nullable, boolean autoIncrement,
            boolean caseSensitive, boolean searchable, boolean currency, boolean signed) {

        Column withType(int type, String typeName, String className, int precision, int scale, int displaySize) {
            return new Column(catalog, schema, table, name, label, type, typeName, className, precision, scale, displaySize,
                    nullable, autoIncrement, caseSensitive, searchable, currency, true);
        }
    }

    private final List<Column> columns;
    /**
     * The first shard's metadata, for the attributes some drivers answer with a catalog query
     * (pgjdbc: table, schema and base column name, nullability, auto-increment): read only when the
     * application asks, since most never do and the query would cost more than the statement.
     */
    private final ResultSetMetaData source;
    private Column[] detailed;

    private MergedMetaData(List<Column> columns, ResultSetMetaData source) {
        this.columns = List.copyOf(columns);
        this.source = source;
    }

    /** The labels of all physical columns (visible and hidden) of a shard's result. */
    static List<String> labels(ResultSetMetaData md) throws SQLException {
        int n = md.getColumnCount();
        List<String> out = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            out.add(md.getColumnLabel(i));
        }
        return out;
    }

    /** Copies the first {@code visible} columns of {@code md}, changing the types of aggregated columns. */
    static MergedMetaData copy(ResultSetMetaData md, int visible, Aggregation aggregation) throws SQLException {
        List<Column> out = new ArrayList<>(visible);
        for (int i = 1; i <= visible; i++) {
            Column c = column(md, i);
            if (aggregation != null) {
                c = switch (aggregation.kind(i)) {
                    case AVG -> isFloating(c.type())
                            ? c.withType(Types.DOUBLE, "DOUBLE PRECISION", Double.class.getName(), 17, 17, 25)
                            : c.withType(Types.NUMERIC, "NUMERIC", java.math.BigDecimal.class.getName(), 0,
                                    Math.max(Accumulator.MIN_AVG_SCALE, Math.max(c.scale(), 0)), 131089);
                    case COUNT, COUNT_DISTINCT -> c.withType(Types.BIGINT, "BIGINT", Long.class.getName(), 19, 0, 20);
                    default -> c;
                };
            }
            out.add(c);
        }
        return new MergedMetaData(out, md);
    }

    private static boolean isFloating(int type) {
        return type == Types.DOUBLE || type == Types.FLOAT || type == Types.REAL;
    }

    /** The attributes every driver answers from the result itself; the rest come later ({@link #details}). */
    private static Column column(ResultSetMetaData md, int i) throws SQLException {
        String label = md.getColumnLabel(i);
        return new Column(null, null, null, label, label,
                number(() -> md.getColumnType(i), Types.OTHER), text(() -> md.getColumnTypeName(i)),
                text(() -> md.getColumnClassName(i)), number(() -> md.getPrecision(i), 0), number(() -> md.getScale(i), 0),
                number(() -> md.getColumnDisplaySize(i), 0), columnNullableUnknown,
                false, flag(() -> md.isCaseSensitive(i)), flag(() -> md.isSearchable(i)),
                flag(() -> md.isCurrency(i)), flag(() -> md.isSigned(i)));
    }

    /**
     * A column with its catalog, schema, table and base name, nullability and auto-increment, read
     * from the first shard's metadata on first demand (a driver that can no longer answer, e.g.
     * because the shard's connection went back to its pool, gives the neutral answers).
     */
    private Column details(int column) throws SQLException {
        Column c = column(column);
        synchronized (this) {
            if (detailed == null) {
                detailed = new Column[columns.size()];
            }
            Column d = detailed[column - 1];
            if (d == null) {
                int i = column;
                String name = text(() -> source.getColumnName(i));
                d = new Column(text(() -> source.getCatalogName(i)), text(() -> source.getSchemaName(i)),
                        text(() -> source.getTableName(i)), name == null ? c.label() : name, c.label(), c.type(),
                        c.typeName(), c.className(), c.precision(), c.scale(), c.displaySize(),
                        number(() -> source.isNullable(i), columnNullableUnknown), flag(() -> source.isAutoIncrement(i)),
                        c.caseSensitive(), c.searchable(), c.currency(), c.signed());
                detailed[column - 1] = d;
            }
            return d;
        }
    }

    // Drivers differ in which metadata they implement; a method a driver refuses gets a neutral answer.
    private interface Get<T> {
        T get() throws SQLException;
    }

    private static String text(Get<String> g) {
        try {
            return g.get();
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    private static int number(Get<Integer> g, int fallback) {
        try {
            return g.get();
        } catch (SQLException | RuntimeException e) {
            return fallback;
        }
    }

    private static boolean flag(Get<Boolean> g) {
        try {
            return g.get();
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    Column column(int column) throws SQLException {
        if (column < 1 || column > columns.size()) {
            throw ReadOnlyForwardOnlyResultSet.badIndex(column, columns.size());
        }
        return columns.get(column - 1);
    }

    /** The 1-based index of the first visible column labelled {@code label} (case-insensitive), or 0. */
    int find(String label) {
        for (int i = 0; i < columns.size(); i++) {
            if (label.equals(columns.get(i).label())) {
                return i + 1;
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            if (label.equalsIgnoreCase(columns.get(i).label())) {
                return i + 1;
            }
        }
        return 0;
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public boolean isAutoIncrement(int column) throws SQLException {
        return details(column).autoIncrement();
    }

    @Override
    public boolean isCaseSensitive(int column) throws SQLException {
        return column(column).caseSensitive();
    }

    @Override
    public boolean isSearchable(int column) throws SQLException {
        return column(column).searchable();
    }

    @Override
    public boolean isCurrency(int column) throws SQLException {
        return column(column).currency();
    }

    @Override
    public int isNullable(int column) throws SQLException {
        return details(column).nullable();
    }

    @Override
    public boolean isSigned(int column) throws SQLException {
        return column(column).signed();
    }

    @Override
    public int getColumnDisplaySize(int column) throws SQLException {
        return column(column).displaySize();
    }

    @Override
    public String getColumnLabel(int column) throws SQLException {
        return column(column).label();
    }

    @Override
    public String getColumnName(int column) throws SQLException {
        return details(column).name();
    }

    @Override
    public String getSchemaName(int column) throws SQLException {
        return nonNull(details(column).schema());
    }

    @Override
    public int getPrecision(int column) throws SQLException {
        return column(column).precision();
    }

    @Override
    public int getScale(int column) throws SQLException {
        return column(column).scale();
    }

    @Override
    public String getTableName(int column) throws SQLException {
        return nonNull(details(column).table());
    }

    @Override
    public String getCatalogName(int column) throws SQLException {
        return nonNull(details(column).catalog());
    }

    @Override
    public int getColumnType(int column) throws SQLException {
        return column(column).type();
    }

    @Override
    public String getColumnTypeName(int column) throws SQLException {
        return column(column).typeName();
    }

    @Override
    public boolean isReadOnly(int column) throws SQLException {
        column(column);
        return true;
    }

    @Override
    public boolean isWritable(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public boolean isDefinitelyWritable(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public String getColumnClassName(int column) throws SQLException {
        return column(column).className();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("the merged result's metadata does not wrap a " + iface.getName(), "HY000");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
