package io.retort.parser;

/** Line and column (both 1-based) of a character offset, for error messages. */
final class Positions {

    private Positions() {
    }

    static int line(String source, int offset) {
        int line = 1;
        int end = Math.min(offset, source.length());
        for (int i = 0; i < end; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static int column(String source, int offset) {
        int end = Math.min(offset, source.length());
        int lineStart = source.lastIndexOf('\n', end - 1) + 1;
        return end - lineStart + 1;
    }

    /** The text of the line holding {@code offset}, without its line break. */
    static String lineText(String source, int offset) {
        int end = Math.min(offset, source.length());
        int lineStart = source.lastIndexOf('\n', end - 1) + 1;
        int lineEnd = source.indexOf('\n', end);
        if (lineEnd < 0) {
            lineEnd = source.length();
        }
        if (lineEnd > lineStart && source.charAt(lineEnd - 1) == '\r') {
            lineEnd--;
        }
        return source.substring(lineStart, lineEnd);
    }
}
