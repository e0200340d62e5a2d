package io.retort.sql;

/** A table-level constraint or MySQL index definition. */
public sealed interface TableConstraint extends TableElement
        permits PrimaryKey, UniqueKey, ForeignKey, CheckConstraint, IndexDefinition {
}
