package io.retort.rewrite;

import static io.retort.rewrite.Trees.*;

import io.retort.dialect.Capability;
import io.retort.dialect.UnsupportedConstruct;
import io.retort.sql.*;

/**
 * LIKE, ILIKE and regular expressions.
 * <ul>
 *   <li>ILIKE is {@code lower(a) LIKE lower(b)} where the target has none (SQLite's LIKE already
 *       ignores ASCII case).</li>
 *   <li>SQLite's LIKE ignores case whatever the collation: a case-sensitive LIKE becomes GLOB with the
 *       pattern translated ({@code %} to {@code *}, {@code _} to {@code ?}, GLOB's own metacharacters
 *       bracketed), as a literal or, for a parameter, with {@code replace()}.</li>
 *   <li>PostgreSQL, MySQL and H2 read a backslash in a LIKE pattern as an escape; SQLite, Oracle and
 *       SQL Server need {@code ESCAPE '\'} for that (and the reverse needs {@code ESCAPE ''}).</li>
 *   <li>{@code ~}, {@code ~*}, {@code !~}, {@code !~*} and MySQL's REGEXP become {@code REGEXP_LIKE(a, b,
 *       'c' | 'i')} (MySQL, H2, Oracle) or MariaDB's {@code a REGEXP '(?-i)...'}; SQLite and SQL Server
 *       have no regular expressions.</li>
 * </ul>
 * String comparisons in MySQL follow the column's collation, which is case-insensitive by default; a
 * collation belongs to the schema, not the statement, so comparisons are translated as written and
 * follow the target's collation (documented).
 */
final class PatternMatching implements RewritePass {

    @Override
    public Statement apply(Statement statement, Translation t) {
        if (t.withinMySqlFamily()) {
            return statement; // the same SQL
        }
        return expressions(statement, e -> switch (e) {
            case Like l -> like(l, t);
            case BinaryOp b when b.operator().name().startsWith("REGEX") -> regex(b.left(), b.right(),
                    b.operator() == BinaryOperator.REGEX_IMATCH || b.operator() == BinaryOperator.REGEX_NOT_IMATCH,
                    b.operator() == BinaryOperator.REGEX_NOT_MATCH || b.operator() == BinaryOperator.REGEX_NOT_IMATCH, t);
            default -> e;
        });
    }

    private static Expression like(Like l, Translation t) {
        switch (l.operator()) {
            case REGEXP -> {
                return regex(l.operand(), l.pattern(), false, l.negated(), t);
            }
            case SIMILAR_TO -> {
                return l;
            }
            case ILIKE -> {
                if (t.target(Capability.SUPPORTS_ILIKE)) {
                    return escapes(l, t);
                }
                if (t.target(Capability.LIKE_IGNORES_CASE)) {
                    return escapes(new Like(l.operand(), LikeOperator.LIKE, l.pattern(), l.escape(), l.negated()), t);
                }
                Like escaped = escapes(l, t);
                return new Like(fn("lower", l.operand()), LikeOperator.LIKE, fn("lower", l.pattern()), escaped.escape(),
                        l.negated());
            }
            case LIKE -> {
                if (t.target(Capability.LIKE_IGNORES_CASE) && !t.source(Capability.LIKE_IGNORES_CASE)) {
                    return glob(l, t);
                }
                return escapes(l, t);
            }
        }
        return l;
    }

    /** Adds the ESCAPE clause that keeps the source's reading of backslashes. */
    private static Like escapes(Like l, Translation t) {
        if (l.escape() != null) {
            return l;
        }
        boolean source = t.source(Capability.LIKE_BACKSLASH_ESCAPE);
        boolean target = t.target(Capability.LIKE_BACKSLASH_ESCAPE);
        if (source == target) {
            return l;
        }
        boolean mayHaveBackslash = !(l.pattern() instanceof StringLiteral s) || s.value().indexOf('\\') >= 0;
        if (!mayHaveBackslash) {
            return l;
        }
        return new Like(l.operand(), l.operator(), l.pattern(), string(source ? "\\" : ""), l.negated());
    }

    /** A case-sensitive LIKE on SQLite: {@code x GLOB pattern}. */
    private static Expression glob(Like l, Translation t) {
        Character escape = null;
        if (l.escape() != null) {
            if (!(l.escape() instanceof StringLiteral e && e.value().length() == 1)) {
                throw new UnsupportedConstruct("LIKE ... ESCAPE with a computed escape character", "");
            }
            escape = e.value().charAt(0);
        } else if (t.source(Capability.LIKE_BACKSLASH_ESCAPE)) {
            escape = '\\';
        }
        Expression pattern;
        if (l.pattern() instanceof StringLiteral s) {
            pattern = string(globPattern(s.value(), escape));
        } else {
            // The pattern is only known at run time: translate it there with replace(). Escaped
            // characters are parked on control characters (which patterns do not contain) while the
            // wildcards are rewritten, then put back as the literal characters they stand for.
            Expression p = l.pattern();
            if (escape != null) {
                Expression esc = string(String.valueOf(escape));
                p = fn("replace", p, string(escape + "" + escape), fn("char", number(3)));
                p = fn("replace", p, string(escape + "%"), fn("char", number(1)));
                p = fn("replace", p, string(escape + "_"), fn("char", number(2)));
                p = fn("replace", p, esc, string(""));
            }
            p = fn("replace", p, string("["), string("[[]"));
            p = fn("replace", p, string("*"), string("[*]"));
            p = fn("replace", p, string("?"), string("[?]"));
            p = fn("replace", p, string("%"), string("*"));
            p = fn("replace", p, string("_"), string("?"));
            if (escape != null) {
                p = fn("replace", p, fn("char", number(1)), string("%"));
                p = fn("replace", p, fn("char", number(2)), string("_"));
                p = fn("replace", p, fn("char", number(3)), string(String.valueOf(escape)));
            }
            pattern = p;
        }
        // SQLite's glob(pattern, x) is x GLOB pattern (the model has no GLOB operator).
        Expression glob = fn("glob", pattern, l.operand());
        return l.negated() ? not(glob) : glob;
    }

    /** The GLOB pattern matching what LIKE {@code like} (with {@code escape}) matches. */
    static String globPattern(String like, Character escape) {
        StringBuilder out = new StringBuilder(like.length() + 8);
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (escape != null && c == escape && i + 1 < like.length()) {
                literal(out, like.charAt(++i));
            } else if (c == '%') {
                out.append('*');
            } else if (c == '_') {
                out.append('?');
            } else {
                literal(out, c);
            }
        }
        return out.toString();
    }

    private static void literal(StringBuilder out, char c) {
        if (c == '*' || c == '?' || c == '[') {
            out.append('[').append(c).append(']');
        } else {
            out.append(c);
        }
    }

    private static Expression regex(Expression value, Expression pattern, boolean ignoreCase, boolean negated,
            Translation t) {
        Expression match = switch (t.targetFamily()) {
            case POSTGRESQL, ANSI -> new BinaryOp(value, ignoreCase ? BinaryOperator.REGEX_IMATCH : BinaryOperator.REGEX_MATCH,
                    pattern);
            case MYSQL, H2, ORACLE -> fn("REGEXP_LIKE", value, pattern, string(ignoreCase ? "i" : "c"));
            case MARIADB -> {
                // PCRE's inline flag decides the case, whatever the column's collation.
                String flag = ignoreCase ? "(?i)" : "(?-i)";
                Expression p = pattern instanceof StringLiteral s ? string(flag + s.value())
                        : fn("CONCAT", string(flag), pattern);
                yield new Like(value, LikeOperator.REGEXP, p, null, false);
            }
            case SQLITE, SQLSERVER -> throw new UnsupportedConstruct("a regular expression match",
                    t.target.productName() + " has no regular expressions");
        };
        return negated ? not(match) : match;
    }
}
