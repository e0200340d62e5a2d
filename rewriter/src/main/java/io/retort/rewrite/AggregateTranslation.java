package io.retort.rewrite;

import static io.retort.rewrite.Trees.*;

import io.retort.dialect.Capability;
import io.retort.dialect.UnsupportedConstruct;
import io.retort.sql.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Aggregates. {@code agg(x) FILTER (WHERE c)} is {@code agg(CASE WHEN c THEN x END)} where FILTER is
 * missing (aggregates skip NULLs; {@code count(*)} counts {@code CASE WHEN c THEN 1 END}). String
 * aggregation is one meaning with four spellings: {@code string_agg(x, sep ORDER BY y)} (PostgreSQL,
 * H2, SQLite 3.44), {@code GROUP_CONCAT(x ORDER BY y SEPARATOR sep)} (MySQL; default separator ','),
 * {@code group_concat(x, sep)} (SQLite), {@code LISTAGG(x, sep) WITHIN GROUP (ORDER BY y)} (H2, Oracle)
 * and {@code STRING_AGG(x, sep) WITHIN GROUP (...)} (SQL Server). MySQL truncates GROUP_CONCAT at
 * {@code group_concat_max_len} (1024 bytes by default): raise it for long results.
 */
final class AggregateTranslation implements RewritePass {

    @Override
    public Statement apply(Statement statement, Translation t) {
        if (t.withinMySqlFamily()) {
            return statement; // the same SQL
        }
        return expressions(statement, e -> e instanceof FunctionCall f ? aggregate(f, t) : e);
    }

    private static Expression aggregate(FunctionCall f, Translation t) {
        FunctionCall g = f;
        String name = name(f);
        if (name.equals("string_agg") || name.equals("group_concat") || name.equals("listagg")) {
            g = stringAgg(f, name, t);
        }
        if (g.filter() != null && !t.target(Capability.SUPPORTS_FILTER_CLAUSE)) {
            List<Expression> args = new ArrayList<>();
            if (g.arguments().size() == 1 && g.arguments().get(0) instanceof Star) {
                args.add(when(g.filter(), number(1), null));
            } else {
                for (int i = 0; i < g.arguments().size(); i++) {
                    Expression a = g.arguments().get(i);
                    args.add(i == 0 ? when(g.filter(), a, null) : a);
                }
            }
            g = new FunctionCall(g.name(), args, g.distinct(), g.orderBy(), g.separator(), g.withinGroup(), null,
                    g.over());
        }
        return g;
    }

    private static FunctionCall stringAgg(FunctionCall f, String name, Translation t) {
        if (f.arguments().isEmpty()) {
            return f;
        }
        Expression value = f.arguments().get(0);
        Expression separator;
        if (name.equals("group_concat")) {
            if (f.arguments().size() > 1 && t.sourceFamily != SqlDialect.SQLITE) {
                throw new UnsupportedConstruct("GROUP_CONCAT of several expressions", "concatenate them first");
            }
            separator = f.separator() != null ? f.separator()
                    : f.arguments().size() == 2 ? f.arguments().get(1) : string(",");
        } else {
            separator = f.arguments().size() > 1 ? f.arguments().get(1) : string(",");
        }
        List<OrderItem> order = !f.orderBy().isEmpty() ? f.orderBy() : f.withinGroup();
        Name target;
        List<Expression> args = new ArrayList<>();
        args.add(value);
        Expression sep = null;
        List<OrderItem> inside = List.of();
        List<OrderItem> within = List.of();
        switch (t.targetFamily()) {
            case POSTGRESQL, ANSI -> {
                target = Name.of("string_agg");
                if (t.types.type(value) != TypeKind.TEXT) {
                    args.set(0, cast(value, SqlType.of(SqlType.Base.TEXT), t)); // string_agg takes text only
                }
                args.add(separator);
                inside = order;
            }
            case MYSQL, MARIADB -> {
                target = Name.of("GROUP_CONCAT");
                sep = separator;
                inside = order;
            }
            case SQLITE -> {
                target = Name.of("group_concat");
                if (f.distinct() && !(separator instanceof StringLiteral s && s.value().equals(","))) {
                    throw new UnsupportedConstruct("group_concat(DISTINCT ...) with a separator other than ','", "");
                }
                if (!f.distinct()) {
                    args.add(separator);
                }
                inside = order;
            }
            case H2, ORACLE -> {
                if (f.distinct() && t.targetIs(SqlDialect.ORACLE)) {
                    throw new UnsupportedConstruct("LISTAGG(DISTINCT ...)", "Oracle 12c has none");
                }
                target = Name.of("LISTAGG");
                args.add(separator);
                within = order.isEmpty() && t.targetIs(SqlDialect.ORACLE)
                        ? List.of(new OrderItem(new NullLiteral(), null, null)) : order;
            }
            default -> {
                if (f.distinct()) {
                    throw new UnsupportedConstruct("STRING_AGG(DISTINCT ...)", "");
                }
                target = Name.of("STRING_AGG");
                if (t.types.type(value) != TypeKind.TEXT) {
                    args.set(0, cast(value, SqlType.of(SqlType.Base.TEXT), t));
                }
                args.add(separator);
                within = order;
            }
        }
        return new FunctionCall(target, args, f.distinct(), inside, sep, within, f.filter(), f.over());
    }
}
