package io.retort.events.builtin;

import io.retort.sql.AlterTable;
import io.retort.sql.AlterTablespace;
import io.retort.sql.Call;
import io.retort.sql.CreateIndex;
import io.retort.sql.CreateTable;
import io.retort.sql.CreateTablespace;
import io.retort.sql.CreateView;
import io.retort.sql.Delete;
import io.retort.sql.DropIndex;
import io.retort.sql.DropTable;
import io.retort.sql.DropTablespace;
import io.retort.sql.DropView;
import io.retort.sql.Expression;
import io.retort.sql.FromItem;
import io.retort.sql.FunctionCall;
import io.retort.sql.Into;
import io.retort.sql.Join;
import io.retort.sql.JoinType;
import io.retort.sql.Name;
import io.retort.sql.Passthrough;
import io.retort.sql.RenameTable;
import io.retort.sql.SqlValueFunction;
import io.retort.sql.Statement;
import io.retort.sql.TableRef;
import io.retort.sql.Truncate;
import io.retort.sql.Update;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The firewall's rules, applied to a whole statement (nested statements included: a DELETE in a
 * CTE, an EXPLAIN ANALYZE). Returns the first refusal, as "rule: what", or null.
 */
final class FirewallRules {

    /** The configuration. */
    record Config(boolean denyDdl, boolean denyUnfilteredWrites, TableNames deniedTables, TableNames deniedFunctions,
            Set<Object> allowedShapes, boolean denyUnparsed) {}

    private FirewallRules() {}

    static String check(Statement statement, Config config) {
        List<Statement> statements = statement.findAll(Statement.class);
        if (config.denyUnparsed()) {
            for (Statement s : statements) {
                if (s instanceof Passthrough p) {
                    return "rule unparsed: the statement could not be parsed (" + p.reason() + "), so its other rules "
                            + "cannot be checked";
                }
            }
        }
        if (!config.allowedShapes().isEmpty() && !config.allowedShapes().contains(StatementShapes.of(statement))) {
            return "rule allowedShapes: the statement's shape is not in the allow-list";
        }
        for (Statement s : statements) {
            String refusal = statementRules(s, config);
            if (refusal != null) {
                return refusal;
            }
        }
        if (!config.deniedTables().isEmpty()) {
            for (TableRef t : statement.findAll(TableRef.class)) {
                if (config.deniedTables().matches(t.name())) {
                    return "rule deniedTables: the table " + t.name() + " is denied";
                }
            }
            for (Into into : statement.findAll(Into.class)) {
                if (into.table() != null && config.deniedTables().matches(into.table())) {
                    return "rule deniedTables: the table " + into.table() + " is denied";
                }
            }
        }
        if (!config.deniedFunctions().isEmpty()) {
            for (FunctionCall f : statement.findAll(FunctionCall.class)) {
                if (config.deniedFunctions().matches(f.name())) {
                    return "rule deniedFunctions: the function " + f.name() + " is denied";
                }
            }
            for (SqlValueFunction f : statement.findAll(SqlValueFunction.class)) {
                if (config.deniedFunctions().matches(Name.of(f.name()))) {
                    return "rule deniedFunctions: the function " + f.name() + " is denied";
                }
            }
        }
        return null;
    }

    private static String statementRules(Statement s, Config config) {
        if (config.denyDdl() && isDdl(s)) {
            return "rule ddl: " + ddlName(s) + " is DDL, which is denied";
        }
        if (config.denyUnfilteredWrites()) {
            String unfiltered = switch (s) {
                case Delete d -> unfiltered("DELETE", d.where(), restrictedByJoins(d.from(), d.using()));
                case Update u -> unfiltered("UPDATE", u.where(), restrictedByJoins(u.tables(), u.from()));
                case Truncate t -> "TRUNCATE";
                default -> null;
            };
            if (unfiltered != null) {
                return "rule unfilteredWrites: " + unfiltered + " would change every row";
            }
        }
        if (!config.deniedTables().isEmpty()) {
            for (Name n : namedTables(s)) {
                if (config.deniedTables().matches(n)) {
                    return "rule deniedTables: the table " + n + " is denied";
                }
            }
        }
        if (!config.deniedFunctions().isEmpty() && s instanceof Call c && config.deniedFunctions().matches(c.procedure())) {
            return "rule deniedFunctions: the procedure " + c.procedure() + " is denied";
        }
        return null;
    }

    private static String unfiltered(String verb, Expression where, boolean restrictedByJoins) {
        if (where == null) {
            return restrictedByJoins ? null : verb + " without WHERE";
        }
        if (RowCoverage.mayCoverEveryRow(where)) {
            return verb + " whose WHERE may be true for every row";
        }
        return null;
    }

    /** Whether an inner join with a real condition limits the rows (MySQL's multi-table DELETE/UPDATE). */
    @SafeVarargs
    private static boolean restrictedByJoins(List<FromItem>... lists) {
        for (List<FromItem> list : lists) {
            for (FromItem f : list) {
                for (Join j : f.findAll(Join.class)) {
                    boolean inner = j.type() == JoinType.INNER || j.type() == JoinType.STRAIGHT;
                    boolean condition = j.natural() || !j.using().isEmpty()
                            || (j.on() != null && !RowCoverage.mayCoverEveryRow(j.on()));
                    if (inner && condition) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean isDdl(Statement s) {
        return s instanceof CreateTable || s instanceof AlterTable || s instanceof DropTable || s instanceof CreateIndex
                || s instanceof DropIndex || s instanceof CreateView || s instanceof DropView || s instanceof Truncate
                || s instanceof CreateTablespace || s instanceof AlterTablespace || s instanceof DropTablespace;
    }

    private static String ddlName(Statement s) {
        return switch (s) {
            case CreateTable t -> "CREATE TABLE " + t.name();
            case AlterTable t -> "ALTER TABLE " + t.name();
            case DropTable t -> "DROP TABLE " + names(t.names());
            case CreateIndex i -> "CREATE INDEX on " + i.table();
            case DropIndex i -> "DROP INDEX " + names(i.names());
            case CreateView v -> "CREATE VIEW " + v.name();
            case DropView v -> "DROP VIEW " + names(v.names());
            case Truncate t -> "TRUNCATE " + names(t.tables());
            default -> s.getClass().getSimpleName();
        };
    }

    private static String names(List<Name> names) {
        List<String> out = new ArrayList<>();
        for (Name n : names) {
            out.add(n.toString());
        }
        return String.join(", ", out);
    }

    /** Tables a statement names outside FROM (DDL, TRUNCATE). */
    private static List<Name> namedTables(Statement s) {
        List<Name> out = new ArrayList<>();
        switch (s) {
            case CreateTable t -> out.add(t.name());
            case AlterTable t -> {
                out.add(t.name());
                for (var a : t.actions()) {
                    if (a instanceof RenameTable r) {
                        out.add(r.newName());
                    }
                }
            }
            case DropTable t -> out.addAll(t.names());
            case CreateIndex i -> out.add(i.table());
            case DropIndex i -> {
                if (i.table() != null) {
                    out.add(i.table());
                }
            }
            case CreateView v -> out.add(v.name());
            case DropView v -> out.addAll(v.names());
            case Truncate t -> out.addAll(t.tables());
            case Delete d -> out.addAll(d.targets());
            default -> {
                // the others name their tables in FROM, found as table references
            }
        }
        return out;
    }
}
