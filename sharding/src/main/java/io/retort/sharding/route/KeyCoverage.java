package io.retort.sharding.route;

import io.retort.sql.ColumnRef;
import io.retort.sql.Expression;
import io.retort.sql.FunctionCall;
import io.retort.sql.NamedWindow;
import io.retort.sql.Node;
import io.retort.sql.NumberLiteral;
import io.retort.sql.Query;
import io.retort.sql.Select;
import io.retort.sql.SelectItem;
import io.retort.sql.Star;
import io.retort.sql.Window;
import io.retort.sql.WindowRef;
import io.retort.sql.WindowSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether GROUP BY, DISTINCT or a window's PARTITION BY names every sharding column of a table
 * that drives a query block: then groups, distinct rows and partitions never span nodes, and the
 * block's per-node results are final.
 */
final class KeyCoverage {
    private KeyCoverage() {}

    /** Whether the expressions name every key column of one driving table (so groups never span nodes). */
    static boolean coversKeys(List<Expression> expressions, List<SelectItem> items, Scope scope, List<Occurrence> driving) {
        for (Occurrence o : driving) {
            boolean all = true;
            for (String key : o.rule().keyColumns()) {
                if (!names(expressions, items, scope, o, key)) {
                    all = false;
                    break;
                }
            }
            if (all && !o.rule().keyColumns().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean names(List<Expression> expressions, List<SelectItem> items, Scope scope, Occurrence o, String key) {
        for (Expression e : expressions) {
            Expression x = throughItems(e, items);
            if (x instanceof ColumnRef c) {
                for (ConditionExtractor.KeyRef r : scope.keys(c)) {
                    if (r.occurrence() == o.id() && r.column().equalsIgnoreCase(key)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** {@code GROUP BY 1} and {@code GROUP BY alias} name a select item's expression. */
    static Expression throughItems(Expression e, List<SelectItem> items) {
        if (e instanceof NumberLiteral n) {
            try {
                int i = Integer.parseInt(n.text());
                if (i >= 1 && i <= items.size()) {
                    return items.get(i - 1).expression();
                }
            } catch (NumberFormatException ignored) {
                return e;
            }
        }
        if (e instanceof ColumnRef c && c.qualifier() == null) {
            for (SelectItem item : items) {
                if (item.alias() != null && item.alias().matches(c.column()) && !(item.expression() instanceof ColumnRef)) {
                    return item.expression();
                }
            }
        }
        return e;
    }

    static List<Expression> itemExpressions(List<SelectItem> items) {
        List<Expression> out = new ArrayList<>(items.size());
        for (SelectItem i : items) {
            if (i.expression() instanceof Star) {
                return List.of(); // SELECT DISTINCT *: the key is among the columns, but we cannot point at it
            }
            out.add(i.expression());
        }
        return out;
    }

    static boolean windowsPartitionedByKey(Select s, Scope scope, List<Occurrence> driving) {
        List<FunctionCall> calls = new ArrayList<>();
        for (Node n : StatementAnalyzer.itemsHavingOrder(s)) {
            collectWindows(n, calls);
        }
        for (FunctionCall f : calls) {
            WindowSpec spec = spec(f.over(), s.windows());
            if (spec == null || !coversKeys(spec.partitionBy(), s.items(), scope, driving)) {
                return false;
            }
        }
        return true;
    }

    private static void collectWindows(Node n, List<FunctionCall> out) {
        if (n == null || n instanceof Query) {
            return;
        }
        if (n instanceof FunctionCall f && f.over() != null) {
            out.add(f);
        }
        for (Node c : n.children()) {
            collectWindows(c, out);
        }
    }

    private static WindowSpec spec(Window w, List<NamedWindow> named) {
        if (w instanceof WindowSpec spec) {
            if (spec.base() == null) {
                return spec;
            }
            WindowSpec base = spec(new WindowRef(spec.base()), named);
            return base == null ? null : new WindowSpec(null, base.partitionBy(), spec.orderBy(), spec.frame());
        }
        if (w instanceof WindowRef ref) {
            for (NamedWindow n : named) {
                if (n.name().matches(ref.name())) {
                    return spec(n.spec(), named);
                }
            }
        }
        return null;
    }
}
