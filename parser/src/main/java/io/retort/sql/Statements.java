package io.retort.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Questions consumers ask about a statement, answered once here instead of by every listener, router
 * and rewriter.
 *
 * <pre>{@code
 * Statement s = SqlParser.parse("WITH x AS (SELECT * FROM a) SELECT * FROM x JOIN b ON x.id = b.id WHERE b.k = ?", d);
 * Statements.referencedTables(s);   // [a, b]: the CTE x is not a table
 * Statements.parameters(s);         // [?1]
 * }</pre>
 */
public final class Statements {

    private Statements() {
    }

    /**
     * The tables a statement reads or changes, each once, in the order first met: FROM items and joins at
     * any depth (subqueries, CTE bodies, set operations), INSERT/UPDATE/DELETE targets, the tables named by
     * DDL, TRUNCATE and LOCK ... OF. Names of common table expressions defined in the statement are not
     * tables and are left out when used unqualified. Names are as written (not case-folded).
     */
    public static List<Name> referencedTables(Statement statement) {
        Set<String> cteNames = new HashSet<>();
        statement.walk(n -> {
            if (n instanceof Cte c) {
                cteNames.add(fold(c.name()));
            }
        });
        Map<String, Name> out = new LinkedHashMap<>();
        statement.walk(n -> {
            switch (n) {
                case TableRef t -> add(out, t.name(), cteNames);
                case Delete d -> d.targets().forEach(name -> add(out, name, Set.of()));
                case LockClause l -> l.tables().forEach(name -> add(out, name, cteNames));
                case CreateTable c -> {
                    add(out, c.name(), Set.of());
                    for (TableElement e : c.elements()) {
                        if (e instanceof LikeTable like) {
                            add(out, like.table(), Set.of());
                        }
                    }
                }
                case AlterTable a -> add(out, a.name(), Set.of());
                case DropTable d -> d.names().forEach(name -> add(out, name, Set.of()));
                case CreateIndex c -> add(out, c.table(), Set.of());
                case DropIndex d -> {
                    if (d.table() != null) {
                        add(out, d.table(), Set.of());
                    }
                }
                case Truncate t -> t.tables().forEach(name -> add(out, name, Set.of()));
                case CreateView v -> add(out, v.name(), Set.of());
                case DropView v -> v.names().forEach(name -> add(out, name, Set.of()));
                default -> {
                }
            }
        });
        return new ArrayList<>(out.values());
    }

    private static void add(Map<String, Name> out, Name name, Set<String> cteNames) {
        if (name.parts().size() == 1 && cteNames.contains(fold(name.last()))) {
            return;
        }
        StringBuilder key = new StringBuilder();
        for (Identifier part : name.parts()) {
            key.append(fold(part)).append('.');
        }
        out.putIfAbsent(key.toString(), name);
    }

    private static String fold(Identifier id) {
        return id.quoted() ? "\"" + id.text() : id.text().toLowerCase(Locale.ROOT);
    }

    /**
     * The parameter markers of a statement, sorted by kind and index: for {@code ?} markers this is their
     * order in the text, which is the JDBC binding order. A named or numbered parameter used twice appears
     * twice.
     */
    public static List<Parameter> parameters(Statement statement) {
        List<Parameter> out = statement.findAll(Parameter.class);
        out.sort(Comparator.comparing(Parameter::kind).thenComparingInt(Parameter::index));
        return out;
    }

    /**
     * How many JDBC parameters the statement takes: the highest {@code ?} or {@code $n} index, or the number of
     * distinct names.
     */
    public static int parameterCount(Statement statement) {
        int max = 0;
        for (Parameter p : statement.findAll(Parameter.class)) {
            max = Math.max(max, p.index());
        }
        return max;
    }
}
