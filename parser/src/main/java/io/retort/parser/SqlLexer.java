package io.retort.parser;

import static io.retort.parser.grammar.RetortSqlParser.*;

import io.retort.sql.SqlDialect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;

/**
 * The dialect-aware tokenizer. It replaces an ANTLR lexer because the lexical rules really differ by
 * dialect, and settling them here keeps the grammar free of lexer predicates:
 * <ul>
 *   <li>{@code "x"} is a string in MySQL/MariaDB and an identifier elsewhere; backticks quote
 *       identifiers (not in PostgreSQL); {@code [x]} quotes identifiers in SQLite and SQL Server;</li>
 *   <li>backslash escapes work in MySQL strings, and in PostgreSQL only in {@code E'...'};
 *       PostgreSQL has {@code $tag$...$tag$} strings and nested block comments;</li>
 *   <li>{@code #} starts a comment in MySQL and is an operator in PostgreSQL; MySQL's {@code --}
 *       needs a following space; MySQL's {@code /*!...*}{@code /} is executed, so its content is
 *       tokenized;</li>
 *   <li>{@code ||} is {@code PipesOr} in MySQL and {@code Concat} elsewhere; {@code &&} is
 *       {@code AmpAmp} (AND) in MySQL; PostgreSQL's operators other than arithmetic and comparison
 *       ({@code & | << >> # @> ->> ?| ~* ...}) are {@code PgOp}, one precedence level as in PostgreSQL;</li>
 *   <li>parameters: {@code ?} (numbered in order), {@code $n} and SQLite's {@code ?n}, {@code :name};
 *       in PostgreSQL {@code ??} is the JSON {@code ?} operator escaped for JDBC.</li>
 * </ul>
 * Keywords are found with {@link KeywordTable} without copying text. Comments are collected with their
 * offsets so the model can keep them.
 */
final class SqlLexer {

    /** A comment: its text with delimiters, and its span in the source. */
    record Comment(int start, int end, String text) {
        boolean isHint() {
            return text.startsWith("/*+");
        }
    }

    private final String s;
    private final int n;
    private final SqlDialect dialect;
    private final boolean mysql;
    private final boolean pg;
    private final boolean bracketIdentifiers;
    private final boolean backticks;
    private final boolean nestedComments;
    private final ArrayList<SqlToken> tokens;
    private List<Comment> comments = List.of();
    private Map<String, Integer> names;
    private int questionMarks;
    private int pos;
    private boolean inVersionedComment;
    /** MySQL's ANSI_QUOTES sql_mode: "x" is an identifier. */
    private final boolean ansiQuotes;

    private SqlLexer(String sql, SqlDialect dialect) {
        this(sql, dialect, false);
    }

    private SqlLexer(String sql, SqlDialect dialect, boolean ansiQuotes) {
        this.ansiQuotes = ansiQuotes;
        this.s = sql;
        this.n = sql.length();
        this.dialect = dialect;
        this.mysql = dialect.isMySqlFamily();
        this.pg = dialect == SqlDialect.POSTGRESQL;
        this.bracketIdentifiers = dialect == SqlDialect.SQLITE || dialect == SqlDialect.SQLSERVER;
        this.backticks = !pg;
        this.nestedComments = pg || dialect == SqlDialect.ANSI;
        this.tokens = new ArrayList<>(Math.max(16, n / 4));
    }

    /** The tokens (ending with EOF) and comments of {@code sql}. */
    record Result(List<SqlToken> tokens, List<Comment> comments, int questionMarks) {
    }

    /**
     * Tokenizes {@code sql}.
     *
     * @throws SyntaxFailure for an unterminated string, quoted identifier or comment, or a character
     *     that cannot start a token
     */
    static Result lex(String sql, SqlDialect dialect) {
        return lex(sql, dialect, false);
    }

    /** Tokenizes with MySQL's ANSI_QUOTES mode on or off (it only matters for MySQL and MariaDB). */
    static Result lex(String sql, SqlDialect dialect, boolean ansiQuotes) {
        SqlLexer lexer = new SqlLexer(sql, dialect, ansiQuotes);
        lexer.run();
        return new Result(lexer.tokens, lexer.comments, lexer.questionMarks);
    }

    /** Only the comments before the first token, for statements that are passed through unparsed. */
    static List<Comment> leadingComments(String sql, SqlDialect dialect) {
        SqlLexer lexer = new SqlLexer(sql, dialect);
        try {
            lexer.skipTrivia();
        } catch (SyntaxFailure e) {
            // an unterminated comment: keep what was found
        }
        return lexer.comments;
    }

    private void run() {
        while (true) {
            skipTrivia();
            if (pos >= n) {
                break;
            }
            int start = pos;
            char c = s.charAt(pos);
            switch (c) {
                case '(' -> single(LParen);
                case ')' -> single(RParen);
                case ',' -> single(Comma);
                case ';' -> single(Semi);
                case '{' -> single(LBrace);
                case '}' -> single(RBrace);
                case ']' -> single(RBracket);
                case '[' -> {
                    if (bracketIdentifiers) {
                        int end = s.indexOf(']', pos + 1);
                        if (end < 0) {
                            throw new SyntaxFailure("unterminated [quoted identifier]", start);
                        }
                        pos = end + 1;
                        add(QuotedIdentifier, start);
                    } else {
                        single(LBracket);
                    }
                }
                case '\'' -> {
                    scanQuoted('\'', mysql);
                    add(StringLit, start);
                }
                case '"' -> {
                    boolean string = mysql && !ansiQuotes;
                    scanQuoted('"', string);
                    add(string ? StringLit : QuotedIdentifier, start);
                }
                case '`' -> {
                    if (!backticks) {
                        throw new SyntaxFailure("backtick-quoted identifiers are not PostgreSQL; use double quotes", start);
                    }
                    scanQuoted('`', false);
                    add(QuotedIdentifier, start);
                }
                case '.' -> {
                    if (pos + 1 < n && isDigit(s.charAt(pos + 1)) && !afterOperand()) {
                        number();
                    } else {
                        single(Dot);
                    }
                }
                case '+' -> single(Plus);
                case '*' -> single(Star);
                case '/' -> single(Slash);
                case '%' -> single(Percent);
                case '^' -> single(Caret);
                case '=' -> {
                    if (peek(1) == '>') {
                        op(2, PgOp);
                    } else {
                        single(Eq);
                    }
                }
                case '-' -> minus();
                case '<' -> less();
                case '>' -> greater();
                case '!' -> bang();
                case '|' -> pipe();
                case '&' -> amp();
                case '~' -> tilde();
                case '#' -> hash();
                case '@' -> at();
                case '?' -> question();
                case ':' -> colon();
                case '$' -> dollar();
                default -> {
                    if (isDigit(c)) {
                        number();
                    } else if (isIdentifierStart(c)) {
                        word();
                    } else {
                        throw new SyntaxFailure("unexpected character '" + printable(c) + "'", start);
                    }
                }
            }
        }
        if (inVersionedComment) {
            throw new SyntaxFailure("unterminated /*! comment", n);
        }
        SqlToken eof = new SqlToken(s, Token.EOF, n, n - 1);
        tokens.add(eof);
        for (int i = 0; i < tokens.size(); i++) {
            tokens.get(i).setTokenIndex(i);
        }
    }

    // ------------------------------------------------------------------ trivia

    private void skipTrivia() {
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || (c > 127 && Character.isWhitespace(c))
                    || c == '\u00a0') {
                pos++;
            } else if (c == '-' && peek(1) == '-' && (!mysql || pos + 2 >= n || s.charAt(pos + 2) <= ' ')) {
                lineComment();
            } else if (c == '#' && mysql) {
                lineComment();
            } else if (c == '/' && peek(1) == '*') {
                if (mysql && peek(2) == '!') {
                    // MySQL executes the content of /*! ... */ (optionally prefixed by a version number).
                    pos += 3;
                    while (pos < n && isDigit(s.charAt(pos))) {
                        pos++;
                    }
                    inVersionedComment = true;
                } else {
                    blockComment();
                }
            } else if (c == '*' && inVersionedComment && peek(1) == '/') {
                pos += 2;
                inVersionedComment = false;
            } else {
                return;
            }
        }
    }

    private void lineComment() {
        int start = pos;
        int end = s.indexOf('\n', pos);
        if (end < 0) {
            end = n;
        }
        int textEnd = end > start && s.charAt(end - 1) == '\r' ? end - 1 : end;
        pos = end;
        addComment(start, pos, s.substring(start, textEnd));
    }

    private void blockComment() {
        int start = pos;
        pos += 2;
        int depth = 1;
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == '*' && peek(1) == '/') {
                pos += 2;
                if (--depth == 0) {
                    addComment(start, pos, s.substring(start, pos));
                    return;
                }
            } else if (nestedComments && c == '/' && peek(1) == '*') {
                pos += 2;
                depth++;
            } else {
                pos++;
            }
        }
        throw new SyntaxFailure("unterminated /* comment", start);
    }

    private void addComment(int start, int end, String text) {
        if (comments.isEmpty()) {
            comments = new ArrayList<>(4);
        }
        comments.add(new Comment(start, end, text));
    }

    // ------------------------------------------------------------------ tokens

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < n ? s.charAt(i) : '\0';
    }

    private void single(int type) {
        pos++;
        add(type, pos - 1);
    }

    private void op(int length, int type) {
        int start = pos;
        pos += length;
        add(type, start);
    }

    private SqlToken add(int type, int start) {
        SqlToken t = new SqlToken(s, type, start, pos - 1);
        tokens.add(t);
        return t;
    }

    /** Whether the previous token ends an operand (so a following '.' is a qualifier dot, not a decimal point). */
    private boolean afterOperand() {
        if (tokens.isEmpty()) {
            return false;
        }
        int t = tokens.get(tokens.size() - 1).getType();
        return t == Identifier || t == QuotedIdentifier || t == RParen || t == RBracket;
    }

    /** Whether the previous token ends a value (so a following '?|' is an operator, not a parameter). */
    private boolean afterValue() {
        if (tokens.isEmpty()) {
            return false;
        }
        int t = tokens.get(tokens.size() - 1).getType();
        return t == Identifier || t == QuotedIdentifier || t == RParen || t == RBracket || t == StringLit
                || t == Integer || t == Decimal || t == EscapeString || t == DollarString;
    }

    private void scanQuoted(char quote, boolean backslashEscapes) {
        int start = pos;
        pos++;
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == '\\' && backslashEscapes) {
                pos += 2;
            } else if (c == quote) {
                if (peek(1) == quote) {
                    pos += 2;
                } else {
                    pos++;
                    return;
                }
            } else {
                pos++;
            }
        }
        throw new SyntaxFailure(quote == '\'' ? "unterminated string literal"
                : "unterminated quoted identifier " + quote + "...", start);
    }

    private void number() {
        int start = pos;
        boolean decimal = false;
        if (s.charAt(pos) == '0' && (peek(1) == 'x' || peek(1) == 'X') && isHexDigit(peek(2))) {
            pos += 2;
            while (pos < n && isHexDigit(s.charAt(pos))) {
                pos++;
            }
            if (!(mysql && pos < n && isIdentifierPart(s.charAt(pos)))) {
                add(HexNumber, start);
                return;
            }
        } else if (s.charAt(pos) == '0' && (peek(1) == 'b' || peek(1) == 'B') && (peek(2) == '0' || peek(2) == '1')) {
            pos += 2;
            while (pos < n && (s.charAt(pos) == '0' || s.charAt(pos) == '1')) {
                pos++;
            }
            if (!(mysql && pos < n && isIdentifierPart(s.charAt(pos)))) {
                add(BitNumber, start);
                return;
            }
        } else {
            while (pos < n && isDigit(s.charAt(pos))) {
                pos++;
            }
            if (pos < n && s.charAt(pos) == '.' && !(peek(1) == '.')) {
                decimal = true;
                pos++;
                while (pos < n && isDigit(s.charAt(pos))) {
                    pos++;
                }
            }
            if (pos < n && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                int save = pos;
                pos++;
                if (pos < n && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos < n && isDigit(s.charAt(pos))) {
                    decimal = true;
                    while (pos < n && isDigit(s.charAt(pos))) {
                        pos++;
                    }
                } else {
                    pos = save;
                }
            }
        }
        if (mysql && !decimal && pos < n && isIdentifierPart(s.charAt(pos)) && s.charAt(pos) != '$') {
            // MySQL identifiers may start with digits: 1a, 4M (sizes in tablespace options).
            while (pos < n && isIdentifierPart(s.charAt(pos))) {
                pos++;
            }
            add(Identifier, start);
            return;
        }
        add(decimal ? Decimal : Integer, start);
    }

    private void word() {
        int start = pos;
        pos++;
        while (pos < n && isIdentifierPart(s.charAt(pos))) {
            pos++;
        }
        int len = pos - start;
        char next = pos < n ? s.charAt(pos) : '\0';
        if (next == '\'' || (next == '"' && mysql)) {
            if (len == 1) {
                char p = Character.toUpperCase(s.charAt(start));
                int type = switch (p) {
                    case 'N' -> NationalString;
                    case 'X' -> HexString;
                    case 'B' -> BitString;
                    case 'E' -> pg ? EscapeString : -1;
                    default -> -1;
                };
                if (type != -1) {
                    scanQuoted(next, type == EscapeString || (mysql && type == NationalString));
                    add(type, start);
                    return;
                }
            } else if (mysql && s.charAt(start) == '_') {
                scanQuoted(next, true);
                add(CharsetString, start);
                return;
            }
        }
        int keyword = KeywordTable.lookup(s, start, pos);
        add(keyword >= 0 ? keyword : Identifier, start);
    }

    private void minus() {
        if (peek(1) == '>') {
            op(peek(2) == '>' ? 3 : 2, peek(2) == '>' ? DoubleArrow : Arrow);
        } else {
            single(Minus);
        }
    }

    private void less() {
        char a = peek(1);
        char b = peek(2);
        if (a == '=' && b == '>') {
            op(3, NullSafeEq);
        } else if (a == '=') {
            op(2, Le);
        } else if (a == '>') {
            op(2, NotEq);
        } else if (a == '<') {
            if (pg) {
                op(b == '|' || b == '=' ? 3 : 2, PgOp);
            } else {
                op(2, Shl);
            }
        } else if (pg && a == '-' && b == '>') {
            op(3, PgOp);
        } else if (pg && (a == '@' || a == '^')) {
            op(2, PgOp);
        } else {
            single(Lt);
        }
    }

    private void greater() {
        char a = peek(1);
        if (a == '=') {
            op(2, Ge);
        } else if (a == '>') {
            if (pg) {
                op(peek(2) == '=' ? 3 : 2, PgOp);
            } else {
                op(2, Shr);
            }
        } else if (pg && a == '^') {
            op(2, PgOp);
        } else {
            single(Gt);
        }
    }

    private void bang() {
        char a = peek(1);
        if (a == '=') {
            op(2, NotEq);
        } else if (pg && a == '~') {
            int len = 2;
            if (peek(2) == '~') {
                len = 3;
            }
            if (peek(len) == '*') {
                len++;
            }
            op(len, PgOp);
        } else if (pg && a == '!') {
            op(2, PgOp);
        } else {
            single(Bang);
        }
    }

    private void pipe() {
        char a = peek(1);
        if (a == '|') {
            if (pg && peek(2) == '/') {
                op(3, PgOp);
            } else {
                op(2, mysql ? PipesOr : Concat);
            }
        } else if (pg && a == '/') {
            op(2, PgOp);
        } else if (pg && a == '>' && peek(2) == '>') {
            op(3, PgOp);
        } else if (pg && a == '&' && peek(2) == '>') {
            op(3, PgOp);
        } else {
            single(pg ? PgOp : Pipe);
        }
    }

    private void amp() {
        char a = peek(1);
        if (a == '&') {
            op(2, mysql ? AmpAmp : PgOp);
        } else if (pg && a == '<') {
            op(peek(2) == '|' ? 3 : 2, PgOp);
        } else if (pg && a == '>') {
            op(2, PgOp);
        } else {
            single(pg ? PgOp : Amp);
        }
    }

    private void tilde() {
        if (pg) {
            char a = peek(1);
            if (a == '~') {
                op(peek(2) == '*' ? 3 : 2, PgOp);
                return;
            }
            if (a == '*' || a == '=') {
                op(2, PgOp);
                return;
            }
        }
        single(Tilde);
    }

    private void hash() {
        // MySQL's '#' comments are handled as trivia.
        char a = peek(1);
        if (a == '>') {
            op(peek(2) == '>' ? 3 : 2, PgOp);
        } else if (a == '-') {
            op(2, PgOp);
        } else {
            single(PgOp);
        }
    }

    private void at() {
        int start = pos;
        if (pg) {
            char a = peek(1);
            if (a == '-' && peek(2) == '@') {
                op(3, PgOp);
            } else if (a == '>' || a == '@' || a == '?') {
                op(2, PgOp);
            } else {
                single(PgOp);
            }
            return;
        }
        if (peek(1) == '@') {
            pos += 2;
            int nameStart = pos;
            while (pos < n && (isIdentifierPart(s.charAt(pos))
                    || (s.charAt(pos) == '.' && pos + 1 < n && isIdentifierStart(s.charAt(pos + 1))))) {
                pos++;
            }
            if (pos == nameStart) {
                throw new SyntaxFailure("a system variable name must follow @@", start);
            }
            add(SystemVar, start);
            return;
        }
        pos++;
        if (pos < n && (s.charAt(pos) == '\'' || s.charAt(pos) == '"' || s.charAt(pos) == '`')) {
            scanQuoted(s.charAt(pos), s.charAt(pos) != '`' && mysql);
        } else {
            while (pos < n && (isIdentifierPart(s.charAt(pos)) || s.charAt(pos) == '.')) {
                pos++;
            }
            if (pos == start + 1) {
                throw new SyntaxFailure("a variable name must follow @", start);
            }
        }
        add(UserVar, start);
    }

    private void question() {
        int start = pos;
        char a = peek(1);
        if (pg) {
            if (a == '?') {
                // JDBC's escape for PostgreSQL's ? operators: ?? ??| ??&
                char b = peek(2);
                op(b == '|' || b == '&' ? 3 : 2, PgOp);
                return;
            }
            // ?| ?& ?# ?- ... are operators only after an operand: in 'a' || ? || 'b' the ? is a parameter
            if ((a == '|' || a == '&' || a == '#' || a == '-') && afterValue()) {
                int len = (a == '|' && peek(2) == '|') || (a == '-' && peek(2) == '|') ? 3 : 2;
                op(len, PgOp);
                return;
            }
        }
        if (dialect == SqlDialect.SQLITE && isDigit(a)) {
            pos++;
            while (pos < n && isDigit(s.charAt(pos))) {
                pos++;
            }
            SqlToken t = add(NumberedParam, start);
            t.ordinal = parseOrdinal(start + 1, pos, start);
            return;
        }
        pos++;
        SqlToken t = add(QParam, start);
        t.ordinal = ++questionMarks;
    }

    private void colon() {
        char a = peek(1);
        if (a == ':') {
            op(2, DoubleColon);
        } else if (a == '=') {
            op(2, ColonEq);
        } else if (isIdentifierStart(a) && !afterColonContext()) {
            int start = pos;
            pos++;
            while (pos < n && isIdentifierPart(s.charAt(pos))) {
                pos++;
            }
            SqlToken t = add(NamedParam, start);
            if (names == null) {
                names = new HashMap<>();
            }
            String name = s.substring(start + 1, pos);
            Integer ordinal = names.get(name);
            if (ordinal == null) {
                ordinal = names.size() + 1;
                names.put(name, ordinal);
            }
            t.ordinal = ordinal;
        } else {
            single(Colon);
        }
    }

    /** Inside {@code [lo:hi]} an identifier after ':' is an array bound, not a named parameter. */
    private boolean afterColonContext() {
        int depth = 0;
        for (int i = tokens.size() - 1; i >= 0 && i >= tokens.size() - 32; i--) {
            int t = tokens.get(i).getType();
            if (t == RBracket) {
                depth++;
            } else if (t == LBracket) {
                if (depth == 0) {
                    return true;
                }
                depth--;
            }
        }
        return false;
    }

    private void dollar() {
        int start = pos;
        char a = peek(1);
        if (isDigit(a) && !mysql) {
            pos++;
            while (pos < n && isDigit(s.charAt(pos))) {
                pos++;
            }
            SqlToken t = add(NumberedParam, start);
            t.ordinal = parseOrdinal(start + 1, pos, start);
            return;
        }
        if (pg) {
            int tagEnd = pos + 1;
            while (tagEnd < n && s.charAt(tagEnd) != '$' && isIdentifierPart(s.charAt(tagEnd))) {
                tagEnd++;
            }
            if (tagEnd < n && s.charAt(tagEnd) == '$') {
                String tag = s.substring(pos, tagEnd + 1);
                int close = s.indexOf(tag, tagEnd + 1);
                if (close < 0) {
                    throw new SyntaxFailure("unterminated dollar-quoted string " + tag, start);
                }
                pos = close + tag.length();
                add(DollarString, start);
                return;
            }
        }
        if (isIdentifierStart(a)) {
            word();
            return;
        }
        throw new SyntaxFailure("unexpected character '$'", start);
    }

    private int parseOrdinal(int from, int to, int tokenStart) {
        if (to - from > 9) {
            throw new SyntaxFailure("parameter number too large", tokenStart);
        }
        return java.lang.Integer.parseInt(s, from, to, 10);
    }

    // ------------------------------------------------------------------ character classes

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static boolean isIdentifierStart(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        }
        return Character.isLetter(c) || Character.isHighSurrogate(c) || Character.getType(c) == Character.OTHER_SYMBOL;
    }

    static boolean isIdentifierPart(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
        }
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c) || Character.getType(c) == Character.OTHER_SYMBOL;
    }

    private static String printable(char c) {
        return c < ' ' ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }
}
