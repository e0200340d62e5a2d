package io.retort.rewrite;

import io.retort.dialect.Capability;
import io.retort.dialect.UnsupportedConstruct;
import io.retort.sql.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated keys in DDL: PostgreSQL's {@code SERIAL}, the standard {@code GENERATED ... AS IDENTITY},
 * MySQL's {@code AUTO_INCREMENT} and SQLite's {@code INTEGER PRIMARY KEY AUTOINCREMENT} are one
 * meaning (an integer column the database fills when the INSERT leaves it out) written four ways.
 * SQLite only generates values for its rowid column, so there the column must be the table's
 * single-column primary key; it gets AUTOINCREMENT so that, as elsewhere, values are never reused.
 */
final class IdentityTranslation implements RewritePass {

    @Override
    public Statement apply(Statement statement, Translation t) {
        if (t.withinMySqlFamily()) {
            return statement;
        }
        return switch (statement) {
            case CreateTable c -> createTable(c, t);
            case AlterTable a -> {
                List<AlterAction> actions = new ArrayList<>();
                boolean changed = false;
                for (AlterAction action : a.actions()) {
                    AlterAction mapped = switch (action) {
                        case AddColumn add -> new AddColumn(column(add.column(), t, false), add.ifNotExists(), add.position());
                        case ModifyColumn m -> new ModifyColumn(column(m.column(), t, false), m.position());
                        case ChangeColumn c -> new ChangeColumn(c.oldName(), column(c.column(), t, false), c.position());
                        default -> action;
                    };
                    changed |= !mapped.equals(action);
                    actions.add(mapped);
                }
                yield changed ? new AlterTable(a.name(), a.ifExists(), a.only(), actions, a.comments()) : a;
            }
            default -> statement;
        };
    }

    private static CreateTable createTable(CreateTable c, Translation t) {
        List<TableElement> elements = new ArrayList<>(c.elements());
        boolean changed = false;
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) instanceof ColumnDefinition def && isIdentity(def, t)) {
                boolean sqlite = t.targetIs(SqlDialect.SQLITE);
                boolean tablePk = sqlite && !hasColumnPrimaryKey(def) && removeSingleColumnPrimaryKey(elements, def);
                elements.set(elements.indexOf(def), column(def, t, tablePk));
                changed = true;
            }
        }
        if (!changed) {
            return c;
        }
        return new CreateTable(c.name(), c.kind(), c.ifNotExists(), elements, c.asQuery(), c.partitionOf(), c.ofType(),
                c.partitionBy(), c.options(), c.comments());
    }

    private static boolean isIdentity(ColumnDefinition def, Translation t) {
        if (def.type() != null) {
            SqlType type = TypeMapping.read(def.type(), t.sourceFamily);
            if (type != null && type.serial()) {
                return true;
            }
        }
        for (ColumnConstraint k : def.constraints()) {
            if (k instanceof ColumnAutoIncrement || k instanceof ColumnIdentity) {
                return true;
            }
        }
        return false;
    }

    /** The column with its generated-key marker in the target's form. */
    private static ColumnDefinition column(ColumnDefinition def, Translation t, boolean madePrimaryKey) {
        if (!isIdentity(def, t)) {
            return def;
        }
        DataType type = def.type();
        SqlType st = type == null ? null : TypeMapping.read(type, t.sourceFamily);
        if (st != null && st.serial()) {
            type = DataType.of(switch (st.base()) {
                case SMALLINT -> "SMALLINT";
                case BIGINT -> "BIGINT";
                default -> "INTEGER";
            });
        }
        boolean always = false;
        List<Option> options = List.of();
        List<ColumnConstraint> rest = new ArrayList<>();
        boolean primaryKey = madePrimaryKey;
        for (ColumnConstraint k : def.constraints()) {
            switch (k) {
                case ColumnIdentity id -> {
                    always = id.always();
                    options = id.options();
                }
                case ColumnAutoIncrement a -> {
                }
                case ColumnPrimaryKey p -> primaryKey = true;
                default -> rest.add(k);
            }
        }
        List<ColumnConstraint> out = new ArrayList<>();
        if (t.targetIs(SqlDialect.SQLITE)) {
            if (!primaryKey) {
                throw new UnsupportedConstruct("a generated key on " + def.name().text() + " that is not the primary key",
                        "SQLite generates values only for its INTEGER PRIMARY KEY column");
            }
            out.add(new ColumnPrimaryKey(null, null));
            out.add(new ColumnAutoIncrement());
        } else if (t.targetIsMySql()) {
            out.add(new ColumnAutoIncrement());
            if (primaryKey) {
                out.add(new ColumnPrimaryKey(null, null));
            }
        } else if (t.target(Capability.SUPPORTS_IDENTITY)) {
            out.add(new ColumnIdentity(always, t.sourceFamily == t.targetFamily() ? options : List.of()));
            if (primaryKey) {
                out.add(new ColumnPrimaryKey(null, null));
            }
        } else {
            throw new UnsupportedConstruct("an identity column", "");
        }
        for (ColumnConstraint k : rest) {
            // An identity column is NOT NULL by definition; a NULL attribute would contradict it.
            if (!(k instanceof ColumnNullability n && n.nullable())) {
                out.add(k);
            }
        }
        return new ColumnDefinition(def.name(), type, out);
    }

    private static boolean hasColumnPrimaryKey(ColumnDefinition def) {
        for (ColumnConstraint k : def.constraints()) {
            if (k instanceof ColumnPrimaryKey) {
                return true;
            }
        }
        return false;
    }

    /** Removes {@code PRIMARY KEY (column)} from the elements when it names exactly {@code def}. */
    private static boolean removeSingleColumnPrimaryKey(List<TableElement> elements, ColumnDefinition def) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) instanceof PrimaryKey pk && pk.columns().size() == 1
                    && pk.columns().get(0).expression() instanceof ColumnRef r && r.column().matches(def.name())) {
                elements.remove(i);
                return true;
            }
        }
        return false;
    }
}
