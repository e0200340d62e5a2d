package io.retort.sharding.merge;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Merges one column of one group across the shards' rows (see {@link AggregateKind}). The result
 * of an accumulator that saw no rows is what SQL gives for an empty input: COUNT 0, everything
 * else NULL.
 */
abstract sealed class Accumulator {

    /** Adds the shard row's value(s) for this column. */
    abstract void add(RowSource row) throws SQLException;

    /** The merged value. */
    abstract Object result();

    /** AVG's scale for exact numbers: at least 16 decimals, as PostgreSQL's numeric division gives. */
    static final int MIN_AVG_SCALE = 16;

    /** The first non-NULL value (a group key, a column that depends on the group key). */
    static final class AnyValue extends Accumulator {
        private final int column;
        private Object value;

        AnyValue(int column) {
            this.column = column;
        }

        @Override
        void add(RowSource row) throws SQLException {
            if (value == null) {
                value = row.value(column);
            }
        }

        @Override
        Object result() {
            return value;
        }
    }

    /** The sum of the shards' counts; a BIGINT. */
    static final class Count extends Accumulator {
        private final int column;
        private long count;

        Count(int column) {
            this.column = column;
        }

        @Override
        void add(RowSource row) throws SQLException {
            Object v = row.value(column);
            if (v != null) {
                count = Math.addExact(count, asCount(v, column));
            }
        }

        @Override
        Object result() {
            return count;
        }
    }

    static long asCount(Object v, int column) throws SQLException {
        if (v instanceof Number n) {
            return n instanceof BigDecimal || n instanceof BigInteger ? ValueComparator.decimal(n).longValueExact() : n.longValue();
        }
        throw new SQLDataException("a shard returned " + v.getClass().getName() + " (" + v + ") in column " + column
                + ", where the merge plan expects a COUNT", "22018");
    }

    /**
     * An exact-as-possible running sum: integers stay a {@code long} (a BigDecimal once they overflow
     * it), decimals become {@code BigDecimal}, and any float or double makes the sum a double, as
     * SQL's type rules do. NULLs are skipped; no non-NULL value gives NULL.
     */
    static final class Sum extends Accumulator {
        private final int column;
        private final boolean integral;
        private int mode; // 0 nothing, 1 long, 2 decimal, 3 double
        private long longSum;
        private BigDecimal decimalSum;
        private double doubleSum;

        Sum(int column) {
            this(column, false);
        }

        /**
         * @param integral whether the result declares an integer type for this column (the first
         *     shard's metadata): a whole decimal sum is then returned as an integer. MariaDB sums
         *     integers to DECIMAL where PostgreSQL gives BIGINT; with both among the shards, the
         *     merged value follows the metadata the application sees (and, for an expression over
         *     it, integer division stays integer division).
         */
        Sum(int column, boolean integral) {
            this.column = column;
            this.integral = integral;
        }

        @Override
        void add(RowSource row) throws SQLException {
            add(row.value(column));
        }

        void add(Object v) throws SQLException {
            if (v == null) {
                return;
            }
            if (!(v instanceof Number n)) {
                throw new SQLDataException("a shard returned " + v.getClass().getName() + " (" + v + ") in column " + column
                        + ", where the merge plan expects a number to sum", "22018");
            }
            if (n instanceof Double || n instanceof Float) {
                double d = n.doubleValue();
                doubleSum = switch (mode) {
                    case 1 -> (double) longSum + d;
                    case 2 -> decimalSum.doubleValue() + d;
                    case 3 -> doubleSum + d;
                    default -> d;
                };
                mode = 3;
            } else if (mode == 3) {
                doubleSum += n.doubleValue();
            } else if ((n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) && mode <= 1) {
                long x = n.longValue();
                long s = longSum + x;
                if (((longSum ^ s) & (x ^ s)) < 0) {
                    decimalSum = BigDecimal.valueOf(longSum).add(BigDecimal.valueOf(x));
                    mode = 2;
                } else {
                    longSum = s;
                    mode = 1;
                }
            } else {
                BigDecimal d = ValueComparator.decimal(n);
                decimalSum = switch (mode) {
                    case 1 -> BigDecimal.valueOf(longSum).add(d);
                    case 2 -> decimalSum.add(d);
                    default -> d;
                };
                mode = 2;
            }
        }

        boolean isEmpty() {
            return mode == 0;
        }

        @Override
        Object result() {
            return switch (mode) {
                case 1 -> longSum;
                case 2 -> integral ? whole(decimalSum) : decimalSum;
                case 3 -> doubleSum;
                default -> null;
            };
        }

        /** A whole sum that fits a long as a long; anything else stays the exact decimal. */
        private static Object whole(BigDecimal d) {
            if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
                return d;
            }
            try {
                return d.longValueExact();
            } catch (ArithmeticException tooBig) {
                return d;
            }
        }

        /** sum / count: a double for float sums, else a decimal with at least {@link #MIN_AVG_SCALE} decimals. */
        Object divide(long count) {
            if (mode == 0 || count == 0) {
                return null;
            }
            if (mode == 3) {
                return doubleSum / count;
            }
            BigDecimal sum = mode == 1 ? BigDecimal.valueOf(longSum) : decimalSum;
            return sum.divide(BigDecimal.valueOf(count), Math.max(MIN_AVG_SCALE, sum.scale()), RoundingMode.HALF_UP);
        }
    }

    /** MIN or MAX by the merge's value order; NULLs are skipped. */
    static final class Extreme extends Accumulator {
        private final int column;
        private final boolean max;
        private final ValueComparator values;
        private Object value;

        Extreme(int column, boolean max, ValueComparator values) {
            this.column = column;
            this.max = max;
            this.values = values;
        }

        @Override
        void add(RowSource row) throws SQLException {
            Object v = row.value(column);
            if (v != null && (value == null || (max ? values.compare(v, value) > 0 : values.compare(v, value) < 0))) {
                value = v;
            }
        }

        @Override
        Object result() {
            return value;
        }
    }

    /** The column holds each shard's SUM, {@code countColumn} its COUNT; the result is their quotient. */
    static final class Average extends Accumulator {
        private final Sum sum;
        private final int countColumn;
        private long count;

        Average(int column, int countColumn) {
            this.sum = new Sum(column);
            this.countColumn = countColumn;
        }

        @Override
        void add(RowSource row) throws SQLException {
            sum.add(row);
            Object c = row.value(countColumn);
            if (c != null) {
                count = Math.addExact(count, asCount(c, countColumn));
            }
        }

        @Override
        Object result() {
            return sum.divide(count);
        }
    }

    /** The shards return the distinct values of the argument per group; the result counts the distinct non-NULL ones. */
    static final class CountDistinct extends Accumulator {
        private final int column;
        private final ValueComparator values;
        private final Set<Object> seen = new HashSet<>();

        CountDistinct(int column, ValueComparator values) {
            this.column = column;
            this.values = values;
        }

        @Override
        void add(RowSource row) throws SQLException {
            Object v = row.value(column);
            if (v != null) {
                seen.add(values.key(v));
            }
        }

        @Override
        Object result() {
            return (long) seen.size();
        }
    }
}
