package io.retort.sql;

/** A constraint or attribute written after a column's type, in the order written. */
public sealed interface ColumnConstraint extends Clause
        permits ColumnNullability, ColumnDefault, ColumnPrimaryKey, ColumnUnique, ColumnCheck, ColumnReferences,
        ColumnAutoIncrement, ColumnIdentity, ColumnGenerated, ColumnCollate, ColumnComment, ColumnOnUpdate,
        ColumnAttribute {
}
