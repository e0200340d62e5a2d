package io.retort.parser;

import static io.retort.parser.grammar.RetortSqlParser.CharsetString;
import static io.retort.parser.grammar.RetortSqlParser.DollarString;
import static io.retort.parser.grammar.RetortSqlParser.EscapeString;
import static io.retort.parser.grammar.RetortSqlParser.NationalString;

import io.retort.sql.SqlDialect;
import org.antlr.v4.runtime.Token;

/** Decoding of string literal tokens into their values. */
final class Literals {

    private Literals() {
    }

    /**
     * The value of a string token: quotes removed, doubled quotes undone, backslash escapes applied where
     * the dialect applies them (MySQL strings, PostgreSQL's E'...'), dollar quotes removed. Prefixes
     * (N, E, a MySQL charset introducer) are skipped.
     */
    static String stringValue(Token t, SqlDialect dialect) {
        String text = t.getText();
        int type = t.getType();
        if (type == DollarString) {
            int tagEnd = text.indexOf('$', 1) + 1;
            return text.substring(tagEnd, text.length() - tagEnd);
        }
        int open = 0;
        while (text.charAt(open) != '\'' && text.charAt(open) != '"') {
            open++;
        }
        char quote = text.charAt(open);
        boolean backslash = type == EscapeString
                || dialect.isMySqlFamily();
        if (type == CharsetString) {
            backslash = true;
        }
        return unescape(text, open + 1, text.length() - 1, quote, backslash);
    }

    /**
     * The name inside a quoted MySQL user variable ({@code @'x'}, {@code @"x"}, {@code @`x`}): quotes
     * removed, doubled quotes undone, backslash escapes undone inside string quotes.
     */
    static String quotedName(String quoted, SqlDialect dialect) {
        char quote = quoted.charAt(0);
        int end = quoted.length() > 1 && quoted.charAt(quoted.length() - 1) == quote ? quoted.length() - 1 : quoted.length();
        return unescape(quoted, 1, end, quote, quote != '`' && dialect.isMySqlFamily());
    }

    /** The introducer of a prefixed string: {@code N} or a MySQL charset such as {@code _utf8mb4}; else null. */
    static String introducer(Token t) {
        String text = t.getText();
        if (t.getType() == NationalString) {
            return "N";
        }
        if (t.getType() == CharsetString) {
            int open = 0;
            while (text.charAt(open) != '\'' && text.charAt(open) != '"') {
                open++;
            }
            return text.substring(0, open);
        }
        return null;
    }

    private static String unescape(String text, int from, int to, char quote, boolean backslash) {
        int firstSpecial = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == quote || (backslash && c == '\\')) {
                firstSpecial = i;
                break;
            }
        }
        if (firstSpecial < 0) {
            return text.substring(from, to);
        }
        StringBuilder sb = new StringBuilder(to - from);
        sb.append(text, from, firstSpecial);
        for (int i = firstSpecial; i < to; i++) {
            char c = text.charAt(i);
            if (c == quote && i + 1 < to && text.charAt(i + 1) == quote) {
                sb.append(quote);
                i++;
            } else if (backslash && c == '\\' && i + 1 < to) {
                char e = text.charAt(++i);
                switch (e) {
                    case '0' -> sb.append('\0');
                    case 'b' -> sb.append('\b');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'f' -> sb.append('\f');
                    case 'Z' -> sb.append('\u001a');
                    // MySQL keeps the backslash before % and _ so that LIKE still sees them escaped.
                    case '%', '_' -> sb.append('\\').append(e);
                    default -> sb.append(e);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
