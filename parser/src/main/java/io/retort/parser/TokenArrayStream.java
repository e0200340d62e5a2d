package io.retort.parser;

import java.util.List;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A token stream over the already complete token list of {@link SqlLexer}: no lazy fetching, no hidden
 * channels, so LA/LT are array reads. The last token is EOF.
 */
final class TokenArrayStream implements TokenStream {

    private final Token[] tokens;
    private final String source;
    private int p;

    TokenArrayStream(List<SqlToken> tokens, String source) {
        this.tokens = tokens.toArray(new Token[0]);
        this.source = source;
    }

    Token[] tokens() {
        return tokens;
    }

    @Override
    public Token LT(int k) {
        if (k == 0) {
            return null;
        }
        int i = k > 0 ? p + k - 1 : p + k;
        if (i < 0) {
            return null;
        }
        return i >= tokens.length ? tokens[tokens.length - 1] : tokens[i];
    }

    @Override
    public int LA(int i) {
        Token t = LT(i);
        return t == null ? 0 : t.getType();
    }

    @Override
    public Token get(int index) {
        return tokens[index];
    }

    @Override
    public TokenSource getTokenSource() {
        return null;
    }

    @Override
    public String getText(Interval interval) {
        int a = Math.max(0, interval.a);
        int b = Math.min(tokens.length - 1, interval.b);
        if (a > b) {
            return "";
        }
        int start = tokens[a].getStartIndex();
        Token last = tokens[b].getType() == Token.EOF && b > 0 ? tokens[b - 1] : tokens[b];
        int stop = last.getStopIndex();
        return stop < start ? "" : source.substring(start, Math.min(source.length(), stop + 1));
    }

    @Override
    public String getText() {
        return source;
    }

    @Override
    public String getText(RuleContext ctx) {
        return getText(ctx.getSourceInterval());
    }

    @Override
    public String getText(Token start, Token stop) {
        if (start == null || stop == null) {
            return "";
        }
        return getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
    }

    @Override
    public void consume() {
        if (tokens[p].getType() == Token.EOF) {
            throw new IllegalStateException("cannot consume EOF");
        }
        p++;
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
        // everything is buffered
    }

    @Override
    public int index() {
        return p;
    }

    @Override
    public void seek(int index) {
        p = Math.min(index, tokens.length - 1);
    }

    @Override
    public int size() {
        return tokens.length;
    }

    @Override
    public String getSourceName() {
        return "sql";
    }
}
