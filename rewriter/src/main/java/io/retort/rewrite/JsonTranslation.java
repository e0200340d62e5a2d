package io.retort.rewrite;

import static io.retort.rewrite.Trees.*;

import io.retort.dialect.Capability;
import io.retort.dialect.UnsupportedConstruct;
import io.retort.sql.*;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON access. PostgreSQL's {@code j -> 'a' -> 0 ->> 'b'} and {@code #>}/{@code #>>}, MySQL's
 * {@code j -> '$.a[0].b'}, {@code ->>} and {@code JSON_EXTRACT} name a path into a document; each
 * target gets its own form: arrows with keys (PostgreSQL), arrows with a path (SQLite),
 * {@code JSON_EXTRACT} (MySQL, MariaDB), {@code JSON_QUERY}/{@code JSON_VALUE} (Oracle, SQL Server).
 * The text forms differ on a JSON {@code null}: PostgreSQL and SQLite give SQL NULL, MySQL the string
 * {@code 'null'}; each translation keeps the source's answer. H2 has no JSON path access. Keys must be
 * literals.
 */
final class JsonTranslation implements RewritePass {

    /** A path step: a key or an array index. */
    private record Step(String key, Long index) {
    }

    @Override
    public Statement apply(Statement statement, Translation t) {
        return (Statement) rewrite(statement, t);
    }

    private static Node rewrite(Node n, Translation t) {
        if (n instanceof BinaryOp b && isAccess(b.operator())) {
            List<Step> steps = new ArrayList<>();
            Expression document = collect(b, steps, t);
            boolean text = b.operator() == BinaryOperator.JSON_GET_TEXT || b.operator() == BinaryOperator.JSON_PATH_TEXT;
            return access((Expression) rewrite(document, t), steps, text, t.sourceIsMySql(), t);
        }
        if (n instanceof FunctionCall f && t.sourceIsMySql() && !t.targetIsMySql()) {
            if (plainCall(f, "json_unquote") && f.arguments().size() == 1
                    && f.arguments().get(0) instanceof FunctionCall inner && plainCall(inner, "json_extract")
                    && inner.arguments().size() == 2) {
                return access((Expression) rewrite(inner.arguments().get(0), t), path(inner.arguments().get(1)), true,
                        true, t);
            }
            if (plainCall(f, "json_extract") && f.arguments().size() == 2) {
                return access((Expression) rewrite(f.arguments().get(0), t), path(f.arguments().get(1)), false, true, t);
            }
        }
        if (n instanceof BinaryOp b && (b.operator() == BinaryOperator.CONTAINS || b.operator() == BinaryOperator.JSON_HAS_KEY)
                && t.targetIsMySql()) {
            Expression l = (Expression) rewrite(b.left(), t);
            Expression r = (Expression) rewrite(b.right(), t);
            if (b.operator() == BinaryOperator.CONTAINS) {
                return fn("JSON_CONTAINS", l, r);
            }
            if (!(r instanceof StringLiteral key)) {
                throw new UnsupportedConstruct("the JSON key test ? with a key that is not a literal", "");
            }
            return fn("JSON_CONTAINS_PATH", l, string("one"), string(pathText(List.of(new Step(key.value(), null)))));
        }
        return n.mapChildren(c -> rewrite(c, t));
    }

    private static boolean isAccess(BinaryOperator op) {
        return op == BinaryOperator.JSON_GET || op == BinaryOperator.JSON_GET_TEXT || op == BinaryOperator.JSON_PATH
                || op == BinaryOperator.JSON_PATH_TEXT;
    }

    /** The document at the bottom of an access chain; its steps appended to {@code steps}. */
    private static Expression collect(BinaryOp b, List<Step> steps, Translation t) {
        Expression document = b.left();
        if (document instanceof BinaryOp inner && (inner.operator() == BinaryOperator.JSON_GET
                || inner.operator() == BinaryOperator.JSON_PATH)) {
            document = collect(inner, steps, t);
        }
        Expression key = b.right();
        if (b.operator() == BinaryOperator.JSON_PATH || b.operator() == BinaryOperator.JSON_PATH_TEXT) {
            if (!(key instanceof StringLiteral s)) {
                throw new UnsupportedConstruct("a JSON path that is not a literal", "");
            }
            String body = s.value().trim();
            if (body.startsWith("{") && body.endsWith("}")) {
                body = body.substring(1, body.length() - 1);
            }
            for (String part : body.split(",")) {
                steps.add(step(part.trim()));
            }
        } else if (t.sourceIsMySql()) {
            steps.addAll(path(key));
        } else if (key instanceof StringLiteral s) {
            steps.add(new Step(s.value(), null));
        } else if (integerValue(key) != null) {
            steps.add(new Step(null, integerValue(key)));
        } else {
            throw new UnsupportedConstruct("a JSON key that is not a literal", "");
        }
        return document;
    }

    private static Step step(String text) {
        try {
            return new Step(null, Long.parseLong(text));
        } catch (NumberFormatException e) {
            return new Step(text, null);
        }
    }

    /** The steps of a MySQL path literal {@code '$.a[0]."b c"'}. */
    private static List<Step> path(Expression e) {
        if (!(e instanceof StringLiteral s) || !s.value().startsWith("$")) {
            throw new UnsupportedConstruct("a JSON path that is not a literal '$...'", "");
        }
        String p = s.value();
        List<Step> steps = new ArrayList<>();
        int i = 1;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '.') {
                i++;
                if (i < p.length() && p.charAt(i) == '"') {
                    int end = p.indexOf('"', i + 1);
                    steps.add(new Step(p.substring(i + 1, end), null));
                    i = end + 1;
                } else {
                    int start = i;
                    while (i < p.length() && p.charAt(i) != '.' && p.charAt(i) != '[') {
                        i++;
                    }
                    steps.add(new Step(p.substring(start, i), null));
                }
            } else if (c == '[') {
                int end = p.indexOf(']', i);
                String index = p.substring(i + 1, end).trim();
                try {
                    steps.add(new Step(null, Long.parseLong(index)));
                } catch (NumberFormatException ex) {
                    throw new UnsupportedConstruct("the JSON path " + p, "only keys and array indexes translate");
                }
                i = end + 1;
            } else {
                throw new UnsupportedConstruct("the JSON path " + p, "only keys and array indexes translate");
            }
        }
        return steps;
    }

    private static String pathText(List<Step> steps) {
        StringBuilder sb = new StringBuilder("$");
        for (Step s : steps) {
            if (s.index() != null) {
                sb.append('[').append(s.index()).append(']');
            } else if (s.key().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                sb.append('.').append(s.key());
            } else {
                sb.append(".\"").append(s.key().replace("\"", "\\\"")).append('"');
            }
        }
        return sb.toString();
    }

    /** {@code document} at {@code steps}, as JSON or as text; {@code nullAsText} is MySQL's reading of a JSON null. */
    private static Expression access(Expression document, List<Step> steps, boolean text, boolean nullAsText,
            Translation t) {
        String path = pathText(steps);
        switch (t.targetFamily()) {
            case POSTGRESQL, ANSI -> {
                Expression result = document;
                for (int i = 0; i < steps.size(); i++) {
                    Step s = steps.get(i);
                    boolean last = i == steps.size() - 1;
                    Expression key = s.index() != null ? number(s.index()) : string(s.key());
                    result = op(result, last && text ? BinaryOperator.JSON_GET_TEXT : BinaryOperator.JSON_GET, key);
                }
                if (text && nullAsText) {
                    // MySQL reads a JSON null as the text 'null'.
                    Expression json = steps.isEmpty() ? document : ((BinaryOp) result).left();
                    Step s = steps.get(steps.size() - 1);
                    Expression asJson = op(json, BinaryOperator.JSON_GET, s.index() != null ? number(s.index()) : string(s.key()));
                    return fn("COALESCE", result, when(new IsNull(asJson, true), string("null"), null));
                }
                return result;
            }
            case SQLITE -> {
                if (!t.target(Capability.SUPPORTS_JSON_ARROW)) {
                    if (!text) {
                        throw new UnsupportedConstruct("JSON access returning JSON (->)", "SQLite has -> from 3.38");
                    }
                    return fn("json_extract", document, string(path));
                }
                Expression result = op(document, text ? BinaryOperator.JSON_GET_TEXT : BinaryOperator.JSON_GET, string(path));
                if (text && nullAsText) {
                    return fn("COALESCE", result, when(new IsNull(op(document, BinaryOperator.JSON_GET, string(path)), true),
                            string("null"), null));
                }
                return result;
            }
            case MYSQL, MARIADB -> {
                Expression extract = fn("JSON_EXTRACT", document, string(path));
                if (!text) {
                    return extract;
                }
                Expression unquoted = fn("JSON_UNQUOTE", extract);
                if (nullAsText) {
                    return unquoted;
                }
                // A JSON null is SQL NULL in the source, the text 'null' in JSON_UNQUOTE.
                return when(op(fn("JSON_TYPE", extract), BinaryOperator.EQUALS, string("NULL")), new NullLiteral(), unquoted);
            }
            case ORACLE, SQLSERVER -> {
                return fn(text ? "JSON_VALUE" : "JSON_QUERY", document, string(path));
            }
            case H2 -> throw new UnsupportedConstruct("JSON path access (->, ->>)", "H2 has no JSON path functions");
        }
        return document;
    }
}
