package io.retort.dialect;

import io.retort.sql.*;
import java.util.List;

/** Writes function calls, aggregates and windows, and ORDER BY items. */
final class FunctionWriter {

    private FunctionWriter() {
    }

    static void call(RenderContext ctx, FunctionCall f) {
        Dialect d = ctx.dialect();
        if (!d.writeSpecialFunction(ctx, f)) {
            standardCall(ctx, f);
        }
    }

    /** {@code name([DISTINCT] args [ORDER BY ...] [SEPARATOR s]) [WITHIN GROUP (...)] [FILTER (...)] [OVER ...]}. */
    static void standardCall(RenderContext ctx, FunctionCall f) {
        Dialect d = ctx.dialect();
        ctx.functionName(f.name()).append('(');
        if (f.distinct()) {
            ctx.keyword("DISTINCT ");
        }
        ExpressionWriter.list(ctx, f.arguments());
        if (!f.orderBy().isEmpty()) {
            if (!d.supports(Capability.SUPPORTS_ORDERED_AGGREGATE)) {
                throw new UnsupportedConstruct("ORDER BY inside " + f.name() + "(...)", "");
            }
            ctx.keyword(" ORDER BY ");
            orderItems(ctx, f.orderBy());
        }
        if (f.separator() != null) {
            if (!d.family().isMySqlFamily() && d.family() != SqlDialect.H2) {
                throw new UnsupportedConstruct("SEPARATOR in " + f.name() + "(...)", "");
            }
            ctx.keyword(" SEPARATOR ").expression(f.separator());
        }
        ctx.append(')');
        tail(ctx, f);
    }

    /** The parts after the argument list: WITHIN GROUP, FILTER, OVER. */
    static void tail(RenderContext ctx, FunctionCall f) {
        Dialect d = ctx.dialect();
        if (!f.withinGroup().isEmpty()) {
            ctx.keyword(" WITHIN GROUP (ORDER BY ");
            orderItems(ctx, f.withinGroup());
            ctx.append(')');
        }
        if (f.filter() != null) {
            if (!d.supports(Capability.SUPPORTS_FILTER_CLAUSE)) {
                throw new UnsupportedConstruct("FILTER (WHERE ...) on an aggregate", "");
            }
            ctx.keyword(" FILTER (WHERE ").expression(f.filter()).append(')');
        }
        if (f.over() != null) {
            ctx.keyword(" OVER ");
            window(ctx, f.over());
        }
    }

    static void window(RenderContext ctx, Window w) {
        switch (w) {
            case WindowRef r -> ctx.identifier(r.name());
            case WindowSpec s -> {
                ctx.append('(');
                windowSpec(ctx, s);
                ctx.append(')');
            }
        }
    }

    /** The inside of a window's parentheses. */
    static void windowSpec(RenderContext ctx, WindowSpec s) {
        String sep = "";
        if (s.base() != null) {
            ctx.identifier(s.base());
            sep = " ";
        }
        if (!s.partitionBy().isEmpty()) {
            ctx.append(sep).keyword("PARTITION BY ");
            ExpressionWriter.list(ctx, s.partitionBy());
            sep = " ";
        }
        if (!s.orderBy().isEmpty()) {
            ctx.append(sep).keyword("ORDER BY ");
            orderItems(ctx, s.orderBy());
            sep = " ";
        }
        if (s.frame() != null) {
            ctx.append(sep);
            frame(ctx, s.frame());
        }
    }

    private static void frame(RenderContext ctx, WindowFrame f) {
        if (f.unit() == FrameUnit.GROUPS && !ctx.dialect().supportsGroupsFrame()) {
            throw new UnsupportedConstruct("a GROUPS window frame", "");
        }
        ctx.keyword(f.unit().name()).append(' ');
        if (f.end() == null) {
            bound(ctx, f.start());
        } else {
            ctx.keyword("BETWEEN ");
            bound(ctx, f.start());
            ctx.keyword(" AND ");
            bound(ctx, f.end());
        }
        if (f.exclusion() != null) {
            ctx.keyword(" EXCLUDE ").keyword(f.exclusion().name().replace('_', ' '));
        }
    }

    private static void bound(RenderContext ctx, FrameBound b) {
        switch (b.type()) {
            case UNBOUNDED_PRECEDING -> ctx.keyword("UNBOUNDED PRECEDING");
            case UNBOUNDED_FOLLOWING -> ctx.keyword("UNBOUNDED FOLLOWING");
            case CURRENT_ROW -> ctx.keyword("CURRENT ROW");
            case PRECEDING -> ctx.expression(b.offset()).keyword(" PRECEDING");
            case FOLLOWING -> ctx.expression(b.offset()).keyword(" FOLLOWING");
        }
    }

    static void orderItems(RenderContext ctx, List<OrderItem> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                ctx.append(", ");
            }
            orderItem(ctx, items.get(i));
        }
    }

    static void orderItem(RenderContext ctx, OrderItem item) {
        ctx.expression(item.expression());
        if (item.order() != null) {
            ctx.append(' ').keyword(item.order().name());
        }
        if (item.nulls() != null) {
            if (!ctx.dialect().supports(Capability.SUPPORTS_NULLS_ORDERING)) {
                throw new UnsupportedConstruct("NULLS " + item.nulls().name() + " in ORDER BY",
                        "sort on (x IS NULL) first");
            }
            ctx.keyword(item.nulls() == NullOrder.FIRST ? " NULLS FIRST" : " NULLS LAST");
        }
    }

    /** The standard form of Extract. */
    static void standardExtract(RenderContext ctx, Extract x) {
        ctx.keyword("EXTRACT(").expression(x.field()).keyword(" FROM ").expression(x.source()).append(')');
    }

    /** The standard form of Position. */
    static void standardPosition(RenderContext ctx, Position p) {
        ctx.keyword("POSITION(");
        ExpressionWriter.operand(ctx, p.substring(), Precedence.PREDICATE);
        ctx.keyword(" IN ").expression(p.string()).append(')');
    }

    /** The standard form of Substring. */
    static void standardSubstring(RenderContext ctx, Substring s) {
        ctx.keyword("SUBSTRING(").expression(s.string()).keyword(" FROM ").expression(s.from());
        if (s.length() != null) {
            ctx.keyword(" FOR ").expression(s.length());
        }
        ctx.append(')');
    }

    /** The standard form of Trim. */
    static void standardTrim(RenderContext ctx, Trim t) {
        ctx.keyword("TRIM(");
        if (t.spec() != null) {
            ctx.keyword(t.spec().name()).append(' ');
        }
        if (t.characters() != null) {
            ctx.expression(t.characters()).append(' ');
        }
        if (t.spec() != null || t.characters() != null) {
            ctx.keyword("FROM ");
        }
        ctx.expression(t.source()).append(')');
    }

    /** The standard form of Overlay. */
    static void standardOverlay(RenderContext ctx, Overlay o) {
        ctx.keyword("OVERLAY(").expression(o.string()).keyword(" PLACING ").expression(o.placing())
                .keyword(" FROM ").expression(o.from());
        if (o.length() != null) {
            ctx.keyword(" FOR ").expression(o.length());
        }
        ctx.append(')');
    }
}
