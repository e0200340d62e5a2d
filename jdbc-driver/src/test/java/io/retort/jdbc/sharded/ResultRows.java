package io.retort.jdbc.sharded;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A result read completely and normalised for comparison between databases: numbers of any JDBC
 * type become decimals rounded to 8 places without trailing zeros (PostgreSQL's {@code numeric}
 * AVG, MariaDB's {@code DECIMAL}, a {@code long} COUNT and an {@code int} are then equal when
 * their values are), dates and times their ISO text.
 */
record ResultRows(List<String> labels, List<List<Object>> rows) {

    static ResultRows query(Connection c, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, parameters);
            try (ResultSet rs = ps.executeQuery()) {
                return read(rs);
            }
        }
    }

    static long update(Connection c, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, parameters);
            return ps.executeLargeUpdate();
        }
    }

    static void bind(PreparedStatement ps, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            ps.setObject(i + 1, parameters.get(i));
        }
    }

    static ResultRows read(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<String> labels = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            labels.add(md.getColumnLabel(i).toLowerCase(Locale.ROOT));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (rs.next()) {
            List<Object> row = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                row.add(normalise(rs.getObject(i)));
            }
            rows.add(row);
        }
        return new ResultRows(labels, rows);
    }

    static Object normalise(Object v) {
        return switch (v) {
            case null -> null;
            case BigDecimal d -> decimal(d);
            case BigInteger b -> decimal(new BigDecimal(b));
            case Long l -> decimal(BigDecimal.valueOf(l));
            case Integer i -> decimal(BigDecimal.valueOf(i));
            case Short s -> decimal(BigDecimal.valueOf(s));
            case Byte b -> decimal(BigDecimal.valueOf(b));
            case Double d -> decimal(BigDecimal.valueOf(d));
            case Float f -> decimal(new BigDecimal(f.toString()));
            case java.sql.Date d -> d.toLocalDate().toString();
            case java.sql.Timestamp t -> t.toLocalDateTime().toString();
            case java.sql.Time t -> t.toLocalTime().toString();
            case byte[] b -> Arrays.toString(b);
            default -> v;
        };
    }

    private static String decimal(BigDecimal d) {
        BigDecimal r = d.setScale(8, RoundingMode.HALF_UP).stripTrailingZeros();
        return "#" + (r.signum() == 0 ? "0" : r.toPlainString());
    }

    /** The rows in a canonical order, for comparing results whose order SQL leaves open. */
    List<List<Object>> sorted() {
        List<List<Object>> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparing(Object::toString));
        return copy;
    }
}
