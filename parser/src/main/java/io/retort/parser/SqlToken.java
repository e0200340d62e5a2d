package io.retort.parser;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.WritableToken;

/**
 * A token of {@link SqlLexer}: a type and a span of the source text. Lighter than ANTLR's CommonToken
 * (no char stream, text taken from the source only when asked). Line and column are computed on demand,
 * which happens only for error messages.
 */
final class SqlToken implements WritableToken {

    private final String source;
    private int type;
    private final int start;
    private final int stop;
    private int index = -1;
    /** For parameter markers: the ordinal assigned by the lexer (see {@link io.retort.sql.Parameter}). */
    int ordinal;

    SqlToken(String source, int type, int start, int stop) {
        this.source = source;
        this.type = type;
        this.start = start;
        this.stop = stop;
    }

    @Override
    public String getText() {
        if (type == Token.EOF) {
            return "<EOF>";
        }
        return source.substring(start, stop + 1);
    }

    @Override
    public int getType() {
        return type;
    }

    @Override
    public int getLine() {
        return Positions.line(source, start);
    }

    @Override
    public int getCharPositionInLine() {
        return Positions.column(source, start) - 1;
    }

    @Override
    public int getChannel() {
        return Token.DEFAULT_CHANNEL;
    }

    @Override
    public int getTokenIndex() {
        return index;
    }

    @Override
    public int getStartIndex() {
        return start;
    }

    @Override
    public int getStopIndex() {
        return stop;
    }

    @Override
    public TokenSource getTokenSource() {
        return null;
    }

    @Override
    public CharStream getInputStream() {
        return null;
    }

    @Override
    public void setText(String text) {
        throw new UnsupportedOperationException("tokens of the Retort lexer are immutable");
    }

    @Override
    public void setType(int ttype) {
        this.type = ttype;
    }

    @Override
    public void setLine(int line) {
        // line is derived from the source
    }

    @Override
    public void setCharPositionInLine(int pos) {
        // column is derived from the source
    }

    @Override
    public void setChannel(int channel) {
        // single channel
    }

    @Override
    public void setTokenIndex(int index) {
        this.index = index;
    }

    @Override
    public String toString() {
        return "[" + index + ":" + type + " '" + getText() + "']";
    }
}
