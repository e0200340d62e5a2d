package io.retort.cli;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Prints a result set as an aligned text table, the way database shells do. */
final class ResultTable {

    private static final int MAX_CELL = 60;

    private final List<String> headers;
    private final List<String[]> rows = new ArrayList<>();
    private boolean truncated;

    private ResultTable(List<String> headers) {
        this.headers = headers;
    }

    /** Reads at most {@code maxRows} rows of {@code rs}; remembers whether more were left. */
    static ResultTable read(ResultSet rs, int maxRows) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int columns = md.getColumnCount();
        List<String> headers = new ArrayList<>(columns);
        for (int i = 1; i <= columns; i++) {
            headers.add(md.getColumnLabel(i));
        }
        ResultTable table = new ResultTable(headers);
        while (rs.next()) {
            if (table.rows.size() == maxRows) {
                table.truncated = true;
                break;
            }
            String[] row = new String[columns];
            for (int i = 1; i <= columns; i++) {
                row[i - 1] = cell(rs.getObject(i));
            }
            table.rows.add(row);
        }
        return table;
    }

    int rowCount() {
        return rows.size();
    }

    void print(PrintStream out) {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headers.get(c).length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            line.append(c == 0 ? " " : " | ").append(pad(headers.get(c), widths[c]));
        }
        out.println(line);
        line.setLength(0);
        for (int c = 0; c < widths.length; c++) {
            line.append(c == 0 ? "-" : "-+-").append("-".repeat(widths[c]));
        }
        out.println(line.append('-'));
        for (String[] row : rows) {
            line.setLength(0);
            for (int c = 0; c < widths.length; c++) {
                line.append(c == 0 ? " " : " | ").append(pad(row[c], widths[c]));
            }
            out.println(line);
        }
        out.println("(" + rows.size() + (rows.size() == 1 ? " row" : " rows")
                + (truncated ? ", more not shown" : "") + ")");
    }

    private static String cell(Object value) {
        if (value == null) {
            return "NULL";
        }
        String text = value instanceof byte[] bytes ? hex(bytes) : String.valueOf(value);
        text = text.replace('\n', ' ').replace('\r', ' ');
        return text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text;
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder("0x");
        for (int i = 0; i < Math.min(bytes.length, 24); i++) {
            sb.append(String.format("%02x", bytes[i]));
        }
        return bytes.length > 24 ? sb.append("…").toString() : sb.toString();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
