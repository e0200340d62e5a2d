package io.retort.parser;

import io.retort.parser.grammar.RetortSqlParser;
import io.retort.sql.Comments;
import io.retort.sql.Passthrough;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.sql.SQLSyntaxErrorException;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses one SQL statement into the model ({@link io.retort.sql}).
 *
 * <pre>{@code
 * Statement s = SqlParser.parse("SELECT * FROM t_order WHERE id = ?", SqlDialect.MYSQL);
 * if (s instanceof Passthrough p) { ... p.reason() ... }      // not understood: run it as written
 *
 * Statement strict = SqlParser.parseStrict("SELEC 1", SqlDialect.POSTGRESQL);   // throws SQLSyntaxErrorException
 * }</pre>
 *
 * <p>How: a dialect-aware lexer, a quick nesting-depth check (absurd nesting is refused, never a
 * StackOverflowError), then ANTLR in SLL mode with bail-out, and full LL only when SLL fails. The parse
 * tree is turned into the model and dropped. Thread-safe; nothing is shared but ANTLR's DFA cache.
 *
 * <p>The dialect decides the lexical rules and a few meanings (see {@link SqlDialect}). {@code ORACLE} is read
 * like {@code ANSI}; {@code SQLSERVER} like {@code ANSI} plus {@code [bracketed]} identifiers. A MySQL statement
 * that cannot be read with {@code "x"} as a string is read again with {@code "x"} as an identifier (the
 * ANSI_QUOTES sql_mode).
 */
public final class SqlParser {

    /** Deepest nesting of parentheses and brackets accepted; deeper statements are refused, not parsed. */
    public static final int MAX_NESTING = 200;

    private SqlParser() {
    }

    /**
     * Parses {@code sql}; a statement the parser cannot read becomes a {@link Passthrough} carrying the
     * text, the reason and the dialect. Never throws for bad input.
     */
    public static Statement parse(String sql, SqlDialect dialect) {
        try {
            return parseOrFail(sql, dialect);
        } catch (SyntaxFailure f) {
            return passthrough(sql, dialect, f);
        }
    }

    /**
     * Parses {@code sql} or throws.
     *
     * @throws SQLSyntaxErrorException naming the line, column and offending token, with the line quoted and a
     *     caret under the token; SQLState 42000 for MySQL-like dialects, 42601 otherwise
     */
    public static Statement parseStrict(String sql, SqlDialect dialect) throws SQLSyntaxErrorException {
        try {
            return parseOrFail(sql, dialect);
        } catch (SyntaxFailure f) {
            throw syntaxError(sql, dialect, f);
        }
    }

    static Statement parseOrFail(String sql, SqlDialect dialect) {
        java.util.Objects.requireNonNull(sql, "sql");
        java.util.Objects.requireNonNull(dialect, "dialect");
        SqlDialect lexical = dialect == SqlDialect.ORACLE ? SqlDialect.ANSI : dialect;
        try {
            return parseOrFail(sql, lexical, false);
        } catch (SyntaxFailure f) {
            if (lexical.isMySqlFamily() && sql.indexOf('"') >= 0) {
                // The statement may have been written for MySQL's ANSI_QUOTES mode, where "x" is an identifier.
                // Only a statement that cannot be read with "x" as a string is read that way.
                try {
                    return parseOrFail(sql, lexical, true);
                } catch (SyntaxFailure ignored) {
                    throw f;
                }
            }
            throw f;
        }
    }

    private static Statement parseOrFail(String sql, SqlDialect lexical, boolean ansiQuotes) {
        return run(sql, lexical, ansiQuotes, RetortSqlParser::root, (builder, root) -> builder.build(root));
    }

    /**
     * Parses a single expression, e.g. a condition from configuration ({@code tenant_id = ?},
     * {@code status IN ('a', 'b')}).
     *
     * @throws SQLSyntaxErrorException as {@link #parseStrict} does
     */
    public static io.retort.sql.Expression parseExpression(String sql, SqlDialect dialect) throws SQLSyntaxErrorException {
        java.util.Objects.requireNonNull(sql, "sql");
        SqlDialect lexical = dialect == SqlDialect.ORACLE ? SqlDialect.ANSI : dialect;
        try {
            return run(sql, lexical, false, RetortSqlParser::standaloneExpression,
                    (builder, ctx) -> builder.expressions.expr(ctx.expr()));
        } catch (SyntaxFailure f) {
            throw syntaxError(sql, dialect, f);
        }
    }

    private static <C extends org.antlr.v4.runtime.ParserRuleContext, R> R run(String sql, SqlDialect lexical, boolean ansiQuotes,
            java.util.function.Function<RetortSqlParser, C> entry, java.util.function.BiFunction<ModelBuilder, C, R> build) {
        SqlLexer.Result lexed = SqlLexer.lex(sql, lexical, ansiQuotes);
        List<SqlToken> tokens = lexed.tokens();
        if (tokens.size() == 1) {
            throw new SyntaxFailure("empty statement: only whitespace and comments", 0);
        }
        checkNesting(tokens);
        TokenArrayStream stream = new TokenArrayStream(tokens, sql);
        RetortSqlParser parser = new RetortSqlParser(stream);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.setDialect(lexical);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        C tree;
        try {
            try {
                tree = entry.apply(parser);
            } catch (ParseCancellationException sllFailed) {
                stream.seek(0);
                parser.reset();
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                try {
                    tree = entry.apply(parser);
                } catch (ParseCancellationException llFailed) {
                    throw failureOf(llFailed, parser, stream);
                }
            }
            return build.apply(new ModelBuilder(lexical, stream.tokens(), lexed.comments()), tree);
        } catch (StackOverflowError e) {
            throw new SyntaxFailure("statement too complex to parse (nesting too deep)", 0);
        } catch (SyntaxFailure f) {
            throw f;
        } catch (RuntimeException e) {
            // A construct the model builder does not handle: the statement still runs as written (or, in
            // strict mode, is refused), never an unexpected exception for the application.
            throw new SyntaxFailure("the parser could not build a tree for this statement (" + e + ")", 0);
        }
    }

    private static void checkNesting(List<SqlToken> tokens) {
        int depth = 0;
        for (SqlToken t : tokens) {
            int type = t.getType();
            if (type == RetortSqlParser.LParen || type == RetortSqlParser.LBracket) {
                if (++depth > MAX_NESTING) {
                    throw new SyntaxFailure("parentheses nested more than " + MAX_NESTING + " deep", t.getStartIndex());
                }
            } else if (type == RetortSqlParser.RParen || type == RetortSqlParser.RBracket) {
                depth--;
            }
        }
    }

    private static SyntaxFailure failureOf(ParseCancellationException e, RetortSqlParser parser, TokenArrayStream stream) {
        Token offending = null;
        String expected = null;
        if (e.getCause() instanceof RecognitionException re) {
            offending = re.getOffendingToken();
            if (re instanceof InputMismatchException || re instanceof NoViableAltException) {
                IntervalSet set = re.getExpectedTokens();
                if (set != null) {
                    expected = describe(set);
                }
            }
        }
        if (offending == null) {
            offending = stream.LT(1);
        }
        StringBuilder message = new StringBuilder();
        if (offending.getType() == Token.EOF) {
            message.append("unexpected end of statement");
        } else {
            message.append("unexpected '").append(offending.getText()).append('\'');
        }
        if (expected != null) {
            message.append(", expected ").append(expected);
        }
        return new SyntaxFailure(message.toString(), offending.getStartIndex());
    }

    /** A short list of what was expected, for the error message (omitted when it would be a long list). */
    private static String describe(IntervalSet set) {
        List<Integer> types = set.toList();
        if (types.isEmpty() || types.size() > 6) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int t : types) {
            names.add(t == Token.EOF ? "end of statement" : tokenName(t));
        }
        return names.size() == 1 ? names.get(0) : "one of " + String.join(", ", names);
    }

    private static String tokenName(int type) {
        String name = RetortSqlParser.VOCABULARY.getSymbolicName(type);
        if (name == null) {
            return "token " + type;
        }
        return switch (name) {
            case "LParen" -> "'('";
            case "RParen" -> "')'";
            case "Comma" -> "','";
            case "Eq" -> "'='";
            case "Semi" -> "';'";
            case "Dot" -> "'.'";
            case "Identifier" -> "an identifier";
            case "StringLit" -> "a string";
            case "Integer" -> "an integer";
            default -> name;
        };
    }

    private static Passthrough passthrough(String sql, SqlDialect dialect, SyntaxFailure f) {
        List<String> leading = new ArrayList<>();
        for (SqlLexer.Comment c : SqlLexer.leadingComments(sql, dialect == SqlDialect.ORACLE ? SqlDialect.ANSI : dialect)) {
            leading.add(c.text());
        }
        Comments comments = leading.isEmpty() ? Comments.NONE : new Comments(leading, List.of(), List.of());
        String reason = f.getMessage() + " at line " + Positions.line(sql, f.offset) + ", column " + Positions.column(sql, f.offset);
        return new Passthrough(sql, reason, dialect, comments);
    }

    static SQLSyntaxErrorException syntaxError(String sql, SqlDialect dialect, SyntaxFailure f) {
        int line = Positions.line(sql, f.offset);
        int column = Positions.column(sql, f.offset);
        String lineText = Positions.lineText(sql, f.offset);
        StringBuilder caret = new StringBuilder();
        for (int i = 0; i < column - 1 && i < lineText.length(); i++) {
            caret.append(lineText.charAt(i) == '\t' ? '\t' : ' ');
        }
        caret.append('^');
        String message = "Syntax error at line " + line + ", column " + column + ": " + f.getMessage()
                + " (" + dialect.configName() + " dialect)\n" + lineText + "\n" + caret
                + "\nFix the statement, or turn off retort.strict to send it to the database as written.";
        String state = dialect.isMySqlFamily() || dialect == SqlDialect.SQLSERVER || dialect == SqlDialect.ORACLE ? "42000" : "42601";
        return new SQLSyntaxErrorException(message, state);
    }
}
