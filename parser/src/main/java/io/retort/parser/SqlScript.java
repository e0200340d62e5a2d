package io.retort.parser;

import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a multi-statement script into statements.
 *
 * <pre>{@code
 * List<String> parts = SqlScript.split("INSERT INTO t VALUES ('a;b'); -- x;\nSELECT 1;", SqlDialect.MYSQL);
 * // ["INSERT INTO t VALUES ('a;b')", "-- x;\nSELECT 1"]
 * }</pre>
 *
 * A semicolon ends a statement unless it is inside a string, a quoted identifier, a dollar-quoted
 * string (PostgreSQL), a comment, or the {@code BEGIN ... END} body of a {@code CREATE PROCEDURE},
 * {@code FUNCTION}, {@code TRIGGER} or {@code EVENT} (MySQL, SQLite). The mysql client's
 * {@code DELIMITER //} lines are understood. Comments stay with the statement they precede; statements
 * made only of whitespace and comments are dropped. Each statement is returned trimmed, without its
 * terminating delimiter.
 */
public final class SqlScript {

    private SqlScript() {
    }

    /** The statements of {@code script}, as text. */
    public static List<String> split(String script, SqlDialect dialect) {
        return new Splitter(script, dialect).run();
    }

    /** The statements of {@code script}, parsed ({@link SqlParser#parse}: unreadable ones are passthrough nodes). */
    public static List<Statement> parse(String script, SqlDialect dialect) {
        List<Statement> out = new ArrayList<>();
        for (String sql : split(script, dialect)) {
            out.add(SqlParser.parse(sql, dialect));
        }
        return out;
    }

    private static final class Splitter {
        private final String s;
        private final int n;
        private final boolean mysql;
        private final boolean pg;
        private final List<String> out = new ArrayList<>();
        private String delimiter = ";";
        private int pos;
        private int start;
        /** Words of the current statement seen so far, to recognise CREATE ... PROCEDURE bodies. */
        private int words;
        private boolean compound;
        private int depth;
        private boolean onlyTrivia = true;

        Splitter(String script, SqlDialect dialect) {
            this.s = script;
            this.n = script.length();
            this.mysql = dialect.isMySqlFamily();
            this.pg = dialect == SqlDialect.POSTGRESQL;
        }

        List<String> run() {
            while (pos < n) {
                if (atLineStart() && mysql && startsWithWord(pos, "DELIMITER")) {
                    flush(pos);
                    int end = lineEnd(pos);
                    String d = s.substring(pos + "DELIMITER".length(), end).trim();
                    if (!d.isEmpty()) {
                        delimiter = d;
                    }
                    pos = end;
                    start = pos;
                    continue;
                }
                char c = s.charAt(pos);
                if (depth == 0 && s.startsWith(delimiter, pos)) {
                    flush(pos);
                    pos += delimiter.length();
                    start = pos;
                    continue;
                }
                switch (c) {
                    case '\'' -> quoted('\'', mysql || (pg && escapeStringPrefix()));
                    case '"' -> quoted('"', mysql);
                    case '`' -> quoted('`', false);
                    case '-' -> {
                        if (peek(1) == '-' && (!mysql || pos + 2 >= n || s.charAt(pos + 2) <= ' ')) {
                            pos = lineEnd(pos);
                        } else {
                            code(1);
                        }
                    }
                    case '#' -> {
                        if (mysql) {
                            pos = lineEnd(pos);
                        } else {
                            code(1);
                        }
                    }
                    case '/' -> {
                        if (peek(1) == '*') {
                            blockComment();
                        } else {
                            code(1);
                        }
                    }
                    case '$' -> dollar();
                    default -> {
                        if (SqlLexer.isIdentifierStart(c)) {
                            word();
                        } else if (Character.isWhitespace(c)) {
                            pos++;
                        } else {
                            code(1);
                        }
                    }
                }
            }
            flush(n);
            return out;
        }

        private void flush(int end) {
            if (!onlyTrivia) {
                String text = s.substring(start, end).trim();
                if (!text.isEmpty()) {
                    out.add(text);
                }
            }
            onlyTrivia = true;
            words = 0;
            compound = false;
            depth = 0;
        }

        private char peek(int ahead) {
            return pos + ahead < n ? s.charAt(pos + ahead) : '\0';
        }

        private void code(int length) {
            onlyTrivia = false;
            pos += length;
        }

        private boolean atLineStart() {
            int i = pos - 1;
            while (i >= 0 && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i--;
            }
            return i < 0 || s.charAt(i) == '\n';
        }

        private int lineEnd(int from) {
            int end = s.indexOf('\n', from);
            return end < 0 ? n : end;
        }

        private boolean startsWithWord(int at, String word) {
            return s.regionMatches(true, at, word, 0, word.length())
                    && (at + word.length() >= n || !SqlLexer.isIdentifierPart(s.charAt(at + word.length())));
        }

        /** PostgreSQL's E'...' strings take backslash escapes. */
        private boolean escapeStringPrefix() {
            if (pos == 0 || (s.charAt(pos - 1) != 'E' && s.charAt(pos - 1) != 'e')) {
                return false;
            }
            return pos == 1 || !SqlLexer.isIdentifierPart(s.charAt(pos - 2));
        }

        private void quoted(char quote, boolean backslash) {
            onlyTrivia = false;
            pos++;
            while (pos < n) {
                char c = s.charAt(pos);
                if (backslash && c == '\\') {
                    pos += 2;
                } else if (c == quote) {
                    pos++;
                    if (pos < n && s.charAt(pos) == quote) {
                        pos++;
                    } else {
                        return;
                    }
                } else {
                    pos++;
                }
            }
        }

        private void blockComment() {
            boolean executable = mysql && peek(2) == '!';
            if (executable) {
                onlyTrivia = false;
            }
            pos += 2;
            int nesting = 1;
            while (pos < n && nesting > 0) {
                if (s.startsWith("*/", pos)) {
                    nesting--;
                    pos += 2;
                } else if (pg && s.startsWith("/*", pos)) {
                    nesting++;
                    pos += 2;
                } else {
                    pos++;
                }
            }
        }

        private void dollar() {
            if (pg) {
                int tagEnd = pos + 1;
                while (tagEnd < n && s.charAt(tagEnd) != '$' && SqlLexer.isIdentifierPart(s.charAt(tagEnd))) {
                    tagEnd++;
                }
                if (tagEnd < n && s.charAt(tagEnd) == '$' && !(tagEnd > pos + 1 && Character.isDigit(s.charAt(pos + 1)))) {
                    String tag = s.substring(pos, tagEnd + 1);
                    int close = s.indexOf(tag, tagEnd + 1);
                    onlyTrivia = false;
                    pos = close < 0 ? n : close + tag.length();
                    return;
                }
            }
            code(1);
        }

        private void word() {
            int from = pos;
            while (pos < n && SqlLexer.isIdentifierPart(s.charAt(pos))) {
                pos++;
            }
            onlyTrivia = false;
            String w = s.substring(from, pos).toUpperCase(Locale.ROOT);
            words++;
            if (words == 1) {
                compound = false;
                if (!w.equals("CREATE")) {
                    words = Integer.MIN_VALUE / 2; // not a CREATE: no procedure body to track
                }
                return;
            }
            if (words > 0 && words < 12 && (w.equals("PROCEDURE") || w.equals("FUNCTION") || w.equals("TRIGGER")
                    || w.equals("EVENT"))) {
                compound = true;
            }
            if (!compound) {
                return;
            }
            switch (w) {
                case "BEGIN", "CASE" -> depth++;
                case "END" -> {
                    int next = skipSpaces(pos);
                    boolean closesOther = startsWithWord(next, "IF") || startsWithWord(next, "LOOP")
                            || startsWithWord(next, "WHILE") || startsWithWord(next, "REPEAT");
                    if (!closesOther && depth > 0) {
                        depth--;
                    }
                }
                default -> {
                }
            }
        }

        private int skipSpaces(int from) {
            int i = from;
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            return i;
        }
    }
}
