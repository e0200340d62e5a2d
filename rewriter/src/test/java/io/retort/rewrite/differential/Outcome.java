package io.retort.rewrite.differential;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a statement gave, normalised so that databases can be compared: rows of values (numbers as
 * plain decimals rounded to 4 places, booleans as 1/0, dates and timestamps as ISO text, binary as hex)
 * or an update count.
 */
record Outcome(List<List<String>> rows, int updateCount) {

    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    static Outcome count(int updateCount) {
        return new Outcome(null, updateCount);
    }

    static Outcome rows(ResultSet rs, boolean ordered) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<List<String>> rows = new ArrayList<>();
        while (rs.next()) {
            List<String> row = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                row.add(normalize(rs.getObject(i)));
            }
            rows.add(row);
        }
        if (!ordered) {
            rows.sort(Comparator.comparing(Object::toString));
        }
        return new Outcome(rows, -1);
    }

    static String normalize(Object v) {
        return switch (v) {
            case null -> "NULL";
            case Boolean b -> b ? "1" : "0";
            case BigDecimal d -> number(d);
            case Double d -> d.isNaN() || d.isInfinite() ? d.toString() : number(new BigDecimal(d));
            case Float f -> number(new BigDecimal(f.doubleValue()));
            case Number n -> number(new BigDecimal(n.toString()));
            case byte[] b -> "0x" + HexFormat.of().formatHex(b);
            case java.sql.Timestamp t -> timestamp(t.toLocalDateTime().toString());
            case java.sql.Date d -> d.toLocalDate().toString();
            case LocalDateTime t -> timestamp(t.toString());
            case LocalDate d -> d.toString();
            case OffsetDateTime t -> timestamp(t.toLocalDateTime().toString());
            case java.sql.Clob c -> {
                try {
                    yield c.getSubString(1, (int) c.length());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            default -> text(v.toString());
        };
    }

    /** Text that is a number, a date or a timestamp (SQLite has no other way to say so) reads as one. */
    private static String text(String s) {
        if (TIMESTAMP.matcher(s).matches()) {
            return timestamp(s);
        }
        if (DATE.matcher(s).matches()) {
            return s;
        }
        return s;
    }

    private static String number(BigDecimal d) {
        BigDecimal r = d.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return r.signum() == 0 ? "0" : r.toPlainString();
    }

    /** {@code 2024-01-15 10:30:00}: T or space, no trailing zero fraction. */
    private static String timestamp(String s) {
        String t = s.replace('T', ' ');
        if (t.length() == 16) {
            t = t + ":00";
        }
        int dot = t.indexOf('.');
        if (dot > 0) {
            String fraction = t.substring(dot + 1).replaceAll("0+$", "");
            t = t.substring(0, dot) + (fraction.isEmpty() ? "" : "." + fraction);
        }
        return t;
    }

    @Override
    public String toString() {
        if (rows == null) {
            return "update count " + updateCount;
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            sb.append(Arrays.toString(row.toArray())).append('\n');
        }
        return rows.isEmpty() ? "(no rows)" : sb.toString().strip();
    }
}
