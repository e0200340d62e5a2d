package io.retort.orm;

import io.retort.sql.DataType;
import io.retort.sql.Identifier;

/**
 * One column of an entity's table: a plain field, the primary key, the version counter, or the
 * foreign key of a many-to-one (then {@link #reference} is set, and {@link #field} only when a plain
 * field maps the same column too). {@link #index} is the column's slot in snapshots and row arrays.
 */
final class ColumnProperty {

    final String attribute;
    final Identifier column;
    final ValueType type;
    final FieldAccess field;
    final DataType ddlType;
    final boolean nullable;
    final boolean unique;
    final boolean indexed;
    final boolean id;
    final boolean version;
    int index;
    /** Set for a foreign key column: the many-to-one that owns its value. */
    Relationship reference;

    ColumnProperty(String attribute, Identifier column, ValueType type, FieldAccess field, DataType ddlType,
            boolean nullable, boolean unique, boolean indexed, boolean id, boolean version) {
        this.attribute = attribute;
        this.column = column;
        this.type = type;
        this.field = field;
        this.ddlType = ddlType;
        this.nullable = nullable;
        this.unique = unique;
        this.indexed = indexed;
        this.id = id;
        this.version = version;
    }

    String name() {
        return column.text();
    }

    @Override
    public String toString() {
        return column.text();
    }
}
