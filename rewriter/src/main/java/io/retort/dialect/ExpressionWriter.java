package io.retort.dialect;

import io.retort.sql.*;
import java.util.List;

/**
 * Writes expressions. Each node writes itself here in the standard form; what differs between
 * databases goes through the dialect's hooks. Parentheses are added from {@link Precedence}, so a
 * tree prints back to SQL that parses into the same tree.
 */
final class ExpressionWriter {

    private ExpressionWriter() {
    }

    static void write(RenderContext ctx, Expression e) {
        Dialect d = ctx.dialect();
        switch (e) {
            case NumberLiteral n -> ctx.append(n.text());
            case StringLiteral s -> stringLiteral(ctx, s);
            case BooleanLiteral b -> d.writeBoolean(ctx, b.value());
            case NullLiteral n -> ctx.keyword("NULL");
            case TypedLiteral t -> d.writeTypedLiteral(ctx, t);
            case BinaryLiteral b -> d.writeBinaryLiteral(ctx, b);
            case ColumnRef c -> {
                if (c.qualifier() != null) {
                    ctx.name(c.qualifier()).append('.');
                }
                ctx.identifier(c.column());
            }
            case Star s -> {
                if (s.qualifier() != null) {
                    ctx.name(s.qualifier()).append('.');
                }
                ctx.append('*');
            }
            case Parameter p -> ctx.parameter(p);
            case BinaryOp b -> binary(ctx, b);
            case UnaryOp u -> unary(ctx, u);
            case IsNull n -> {
                operand(ctx, n.operand(), Precedence.PREDICATE);
                ctx.keyword(n.negated() ? " IS NOT NULL" : " IS NULL");
            }
            case IsTruth t -> d.writeIsTruth(ctx, t);
            case IsDistinctFrom x -> d.writeIsDistinctFrom(ctx, x);
            case InList in -> d.writeInList(ctx, in);
            case InSubquery in -> {
                if (in.operand() instanceof RowValue && !d.supports(Capability.SUPPORTS_ROW_VALUES)) {
                    throw new UnsupportedConstruct("a row value IN (subquery)", "rewrite it as EXISTS");
                }
                operand(ctx, in.operand(), Precedence.PREDICATE);
                ctx.keyword(in.negated() ? " NOT IN " : " IN ");
                subquery(ctx, in.query());
            }
            case Between b -> {
                if (b.symmetric() && !d.supportsBetweenSymmetric()) {
                    throw new UnsupportedConstruct("BETWEEN SYMMETRIC", "");
                }
                operand(ctx, b.operand(), Precedence.PREDICATE);
                ctx.keyword(b.negated() ? " NOT BETWEEN " : " BETWEEN ");
                if (b.symmetric()) {
                    ctx.keyword("SYMMETRIC ");
                }
                operand(ctx, b.low(), Precedence.PREDICATE);
                ctx.keyword(" AND ");
                operand(ctx, b.high(), Precedence.PREDICATE);
            }
            case Like l -> d.writeLike(ctx, l);
            case Case c -> caseExpression(ctx, c);
            case Cast c -> d.writeCast(ctx, c);
            case FunctionCall f -> FunctionWriter.call(ctx, f);
            case SqlValueFunction f -> d.writeValueFunction(ctx, f);
            case Extract x -> d.writeExtract(ctx, x);
            case Position p -> d.writePosition(ctx, p);
            case Substring s -> d.writeSubstring(ctx, s);
            case Trim t -> d.writeTrim(ctx, t);
            case Overlay o -> d.writeOverlay(ctx, o);
            case ConvertUsing c -> {
                requireMySql(d, "CONVERT(... USING charset)");
                ctx.keyword("CONVERT(").expression(c.operand()).keyword(" USING ").identifier(c.charset()).append(')');
            }
            case Subquery s -> subquery(ctx, s.query());
            case Exists x -> {
                ctx.keyword("EXISTS ");
                subquery(ctx, x.query());
            }
            case Quantified q -> quantified(ctx, q);
            case RowValue r -> row(ctx, r);
            case ArrayConstructor a -> {
                require(d, Capability.SUPPORTS_ARRAYS, "ARRAY[...]");
                ctx.keyword("ARRAY[");
                list(ctx, a.elements());
                ctx.append(']');
            }
            case ArraySubquery a -> {
                require(d, Capability.SUPPORTS_ARRAYS, "ARRAY(subquery)");
                ctx.keyword("ARRAY");
                subquery(ctx, a.query());
            }
            case Subscript s -> {
                require(d, Capability.SUPPORTS_ARRAYS, "an array subscript");
                operand(ctx, s.base(), Precedence.CAST + 1);
                ctx.append('[');
                if (s.index() != null) {
                    ctx.expression(s.index());
                }
                if (s.slice()) {
                    ctx.append(':');
                    if (s.upper() != null) {
                        ctx.expression(s.upper());
                    }
                }
                ctx.append(']');
            }
            case Collate c -> {
                operand(ctx, c.operand(), Precedence.POSTFIX);
                ctx.keyword(" COLLATE ").name(c.collation());
            }
            case Interval i -> d.writeInterval(ctx, i);
            case AtTimeZone a -> d.writeAtTimeZone(ctx, a);
            case Variable v -> {
                requireMySql(d, "a MySQL variable");
                variable(ctx, v);
            }
            case VariableAssignment a -> {
                requireMySql(d, "a variable assignment :=");
                variable(ctx, a.variable());
                ctx.keyword(" := ");
                operand(ctx, a.value(), Precedence.ASSIGNMENT + 1);
            }
            case InsertedValue v -> {
                if (!d.supports(Capability.SUPPORTS_ON_DUPLICATE_KEY_UPDATE)) {
                    throw new UnsupportedConstruct("VALUES(column) of ON DUPLICATE KEY UPDATE", "");
                }
                ctx.keyword("VALUES(").expression(v.column()).append(')');
            }
            case MatchAgainst m -> {
                requireMySql(d, "MATCH ... AGAINST");
                ctx.keyword("MATCH (");
                list(ctx, m.columns());
                ctx.keyword(") AGAINST (").expression(m.against());
                if (m.modifier() != null) {
                    ctx.append(' ').keyword(m.modifier());
                }
                ctx.append(')');
            }
            case GroupingSets g -> {
                require(d, Capability.SUPPORTS_GROUPING_SETS, "GROUPING SETS");
                ctx.keyword("GROUPING SETS (");
                for (int i = 0; i < g.sets().size(); i++) {
                    if (i > 0) {
                        ctx.append(", ");
                    }
                    Expression set = g.sets().get(i);
                    if (set instanceof RowValue r) {
                        ctx.append('(');
                        list(ctx, r.values());
                        ctx.append(')');
                    } else {
                        ctx.expression(set);
                    }
                }
                ctx.append(')');
            }
            case Rollup r -> {
                require(d, Capability.SUPPORTS_GROUPING_SETS, "ROLLUP (...)");
                ctx.keyword("ROLLUP (");
                groupingElements(ctx, r.elements());
                ctx.append(')');
            }
            case Cube c -> {
                require(d, Capability.SUPPORTS_GROUPING_SETS, "CUBE (...)");
                ctx.keyword("CUBE (");
                groupingElements(ctx, c.elements());
                ctx.append(')');
            }
            case DefaultValue v -> ctx.keyword("DEFAULT");
            case Keyword k -> ctx.keyword(k.text());
            case EscapeSequence x -> {
                ctx.append('{').append(x.kind()).append(' ').expression(x.body()).append('}');
            }
        }
    }

    // ------------------------------------------------------------------ operators

    private static void binary(RenderContext ctx, BinaryOp b) {
        Dialect d = ctx.dialect();
        if (b.operator() == BinaryOperator.CONCAT) {
            d.writeConcat(ctx, b);
            return;
        }
        String symbol = d.binaryOperator(b.operator(), ctx);
        if (symbol == null) {
            d.writeBinaryWithoutOperator(ctx, b);
            return;
        }
        if (b.operator() == BinaryOperator.MEMBER_OF) {
            operand(ctx, b.left(), Precedence.PREDICATE);
            ctx.keyword(" MEMBER OF (").expression(b.right()).append(')');
            return;
        }
        infix(ctx, b, symbol);
    }

    /** {@code left symbol right} with the parentheses the tree's shape needs. */
    static void infix(RenderContext ctx, BinaryOp b, String symbol) {
        int p = Precedence.of(b, ctx.dialect());
        left(ctx, b.left(), b.operator(), p);
        ctx.append(' ').keyword(symbol).append(' ');
        right(ctx, b.right(), p);
    }

    private static void left(RenderContext ctx, Expression child, BinaryOperator parent, int p) {
        int c = Precedence.of(child, ctx.dialect());
        boolean parens = c < p
                || c == p && (p == Precedence.PREDICATE
                        || p == Precedence.OTHER_OPERATOR && child instanceof BinaryOp cb && cb.operator() != parent);
        wrap(ctx, child, parens);
    }

    private static void right(RenderContext ctx, Expression child, int p) {
        wrap(ctx, child, Precedence.of(child, ctx.dialect()) <= p);
    }

    /** Writes {@code child}, parenthesised when it binds no tighter than {@code level}. */
    static void operand(RenderContext ctx, Expression child, int level) {
        wrap(ctx, child, Precedence.of(child, ctx.dialect()) <= level);
    }

    private static void wrap(RenderContext ctx, Expression child, boolean parens) {
        if (parens) {
            ctx.append('(');
            write(ctx, child);
            ctx.append(')');
        } else {
            write(ctx, child);
        }
    }

    private static void unary(RenderContext ctx, UnaryOp u) {
        Dialect d = ctx.dialect();
        switch (u.operator()) {
            case NOT -> {
                ctx.keyword("NOT ");
                operand(ctx, u.operand(), Precedence.PREDICATE);
            }
            case MINUS, PLUS -> {
                ctx.append(u.operator() == UnaryOperator.MINUS ? '-' : '+');
                Expression x = u.operand();
                // "- -1" must not become the comment "--1"
                boolean parens = Precedence.of(x, d) < Precedence.UNARY || x instanceof UnaryOp
                        || x instanceof NumberLiteral n && n.text().startsWith("-");
                wrap(ctx, x, parens);
            }
            case BIT_NOT -> {
                if (d.family() == SqlDialect.H2 || d.family() == SqlDialect.ORACLE) {
                    ctx.keyword(d.family() == SqlDialect.H2 ? "BITNOT(" : "(-1 - ").expression(x(u)).append(')');
                } else {
                    ctx.append('~');
                    operand(ctx, u.operand(), Precedence.UNARY);
                }
            }
            case BINARY -> {
                requireMySql(d, "BINARY expr");
                ctx.keyword("BINARY ");
                operand(ctx, u.operand(), Precedence.UNARY);
            }
            default -> {
                if (d.family() != SqlDialect.POSTGRESQL) {
                    throw new UnsupportedConstruct("the PostgreSQL operator " + u.operator().symbol(), "");
                }
                ctx.append(u.operator().symbol()).append(' ');
                operand(ctx, u.operand(), Precedence.UNARY);
            }
        }
    }

    private static Expression x(UnaryOp u) {
        return u.operand();
    }

    private static void quantified(RenderContext ctx, Quantified q) {
        Dialect d = ctx.dialect();
        String symbol = d.binaryOperator(q.operator(), ctx);
        if (symbol == null) {
            throw new UnsupportedConstruct("the operator " + q.operator().symbol() + " with " + q.quantifier(), "");
        }
        operand(ctx, q.left(), Precedence.PREDICATE);
        ctx.append(' ').keyword(symbol).append(' ').keyword(q.quantifier().name()).append(' ');
        if (q.right() instanceof Subquery s) {
            subquery(ctx, s.query());
        } else {
            require(d, Capability.SUPPORTS_ARRAYS, q.quantifier() + " (array)");
            ctx.append('(').expression(q.right()).append(')');
        }
    }

    // ------------------------------------------------------------------ other nodes

    private static void stringLiteral(RenderContext ctx, StringLiteral s) {
        String introducer = s.introducer();
        if (introducer != null) {
            if (introducer.equalsIgnoreCase("N")) {
                if (ctx.dialect().family() != SqlDialect.SQLITE) {
                    ctx.append('N');
                }
            } else if (ctx.dialect().family().isMySqlFamily()) {
                ctx.append(introducer);
            } else if (introducer.equalsIgnoreCase("_binary")) {
                throw new UnsupportedConstruct("the _binary string introducer", "use a hexadecimal literal");
            }
            // Character-set introducers (_utf8mb4 'x') name the encoding of the text only; elsewhere
            // the literal is the same string.
        }
        ctx.stringLiteral(s.value());
    }

    private static void caseExpression(RenderContext ctx, Case c) {
        ctx.keyword("CASE");
        if (c.operand() != null) {
            ctx.append(' ').expression(c.operand());
        }
        for (WhenClause w : c.whens()) {
            ctx.keyword(" WHEN ").expression(w.condition()).keyword(" THEN ").expression(w.result());
        }
        if (c.otherwise() != null) {
            ctx.keyword(" ELSE ").expression(c.otherwise());
        }
        ctx.keyword(" END");
    }

    static void row(RenderContext ctx, RowValue r) {
        if (r.values().size() == 1) {
            ctx.keyword("ROW");
        }
        ctx.append('(');
        list(ctx, r.values());
        ctx.append(')');
    }

    private static void groupingElements(RenderContext ctx, List<Expression> elements) {
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                ctx.append(", ");
            }
            Expression e = elements.get(i);
            if (e instanceof RowValue r) {
                ctx.append('(');
                list(ctx, r.values());
                ctx.append(')');
            } else {
                ctx.expression(e);
            }
        }
    }

    private static void variable(RenderContext ctx, Variable v) {
        switch (v.kind()) {
            case USER -> ctx.append('@');
            case SYSTEM -> {
                ctx.append("@@");
                if (v.scope() != null) {
                    ctx.append(v.scope().toLowerCase(java.util.Locale.ROOT)).append('.');
                }
            }
            case LOCAL -> {
            }
        }
        // Variable names are not subject to reserved words (@keys, @@global.default.x).
        ctx.functionName(v.name());
    }

    static void subquery(RenderContext ctx, Query q) {
        ctx.append('(');
        QueryWriter.query(ctx, q);
        ctx.append(')');
    }

    static void list(RenderContext ctx, List<? extends Expression> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                ctx.append(", ");
            }
            write(ctx, items.get(i));
        }
    }

    static void require(Dialect d, Capability c, String construct) {
        if (!d.supports(c)) {
            throw new UnsupportedConstruct(construct, "");
        }
    }

    static void requireMySql(Dialect d, String construct) {
        if (!d.family().isMySqlFamily()) {
            throw new UnsupportedConstruct(construct, "it exists only in MySQL and MariaDB");
        }
    }
}
