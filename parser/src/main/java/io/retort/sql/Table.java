package io.retort.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table described in a {@link MetaData} (SQLAlchemy's {@code Table}): its name, column definitions
 * and table constraints. It builds statements and column references for the Core API.
 *
 * <pre>{@code
 * MetaData metadata = new MetaData();
 * Table users = metadata.table("users",
 *         ColumnDefinition.of("id", DataType.INTEGER).primaryKey(),
 *         ColumnDefinition.of("name", DataType.varchar(30)).notNull());
 * Select q = Sql.select(users.col("id"), users.col("name")).from(users).where(users.col("name").eq(Sql.param(1)));
 * CreateTable ddl = users.toCreateTable();
 * }</pre>
 */
public final class Table implements FromSource {

    private final Name name;
    private final List<TableElement> elements;

    Table(Name name, List<TableElement> elements) {
        this.name = Objects.requireNonNull(name, "name");
        this.elements = List.copyOf(elements);
    }

    public Name name() {
        return name;
    }

    /** Column definitions and table constraints, in declaration order. */
    public List<TableElement> elements() {
        return elements;
    }

    /** The column definitions, in order. */
    public List<ColumnDefinition> columns() {
        List<ColumnDefinition> out = new ArrayList<>();
        for (TableElement e : elements) {
            if (e instanceof ColumnDefinition c) {
                out.add(c);
            }
        }
        return out;
    }

    /** The definition of column {@code column}, by SQL's case rules. */
    public ColumnDefinition column(String column) {
        for (TableElement e : elements) {
            if (e instanceof ColumnDefinition c && c.name().matches(column)) {
                return c;
            }
        }
        throw new IllegalArgumentException("table " + name + " has no column " + column + "; it has " + columnNames());
    }

    /**
     * A reference to one of this table's columns, qualified by the table name ({@code users.id}).
     *
     * @throws IllegalArgumentException when the table has no such column
     */
    public ColumnRef col(String column) {
        return new ColumnRef(name, column(column).name());
    }

    /** The primary key columns, from a column-level or a table-level PRIMARY KEY. */
    public List<Identifier> primaryKey() {
        List<Identifier> out = new ArrayList<>();
        for (TableElement e : elements) {
            if (e instanceof ColumnDefinition c) {
                for (ColumnConstraint k : c.constraints()) {
                    if (k instanceof ColumnPrimaryKey) {
                        out.add(c.name());
                    }
                }
            } else if (e instanceof PrimaryKey pk) {
                for (IndexColumn ic : pk.columns()) {
                    if (ic.expression() instanceof ColumnRef r) {
                        out.add(r.column());
                    }
                }
            }
        }
        return out;
    }

    /** The tables this table references through foreign keys (column-level or table-level). */
    public List<Name> referencedTables() {
        List<Name> out = new ArrayList<>();
        for (TableElement e : elements) {
            if (e instanceof ColumnDefinition c) {
                for (ColumnConstraint k : c.constraints()) {
                    if (k instanceof ColumnReferences r) {
                        out.add(r.reference().table());
                    }
                }
            } else if (e instanceof ForeignKey fk) {
                out.add(fk.reference().table());
            }
        }
        return out;
    }

    /** This table as a FROM item. */
    public TableRef ref() {
        return TableRef.of(name);
    }

    /** This table under an alias, {@code users AS u}; use {@link TableRef#col} for columns qualified by the alias. */
    public TableRef as(String alias) {
        return ref().as(alias);
    }

    @Override
    public FromItem toFromItem() {
        return ref();
    }

    /** {@code SELECT <every column> FROM table}, like SQLAlchemy's {@code select(table)}. */
    public Select select() {
        List<SelectItem> items = new ArrayList<>();
        for (ColumnDefinition c : columns()) {
            items.add(new SelectItem(new ColumnRef(name, c.name()), null));
        }
        return Select.of(items, false).from(this);
    }

    /** {@code INSERT INTO table}. */
    public Insert insert() {
        return Insert.into(ref());
    }

    /** {@code UPDATE table}. */
    public Update update() {
        return Update.of(ref());
    }

    /** {@code DELETE FROM table}. */
    public Delete delete() {
        return Delete.from(ref());
    }

    /** {@code CREATE TABLE} for this table. */
    public CreateTable toCreateTable() {
        return new CreateTable(name, null, false, elements, null, null, null, null, List.of(), Comments.NONE);
    }

    /** {@code DROP TABLE} for this table. */
    public DropTable toDropTable() {
        return new DropTable(List.of(name), false, false, null, Comments.NONE);
    }

    private List<String> columnNames() {
        List<String> out = new ArrayList<>();
        for (ColumnDefinition c : columns()) {
            out.add(c.name().text());
        }
        return out;
    }

    @Override
    public String toString() {
        return "Table[" + name + ", " + columnNames() + "]";
    }
}
