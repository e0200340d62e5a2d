package io.retort.sql;

/** An element of CREATE TABLE's parenthesised list: a column, a table constraint or a LIKE clause. */
public sealed interface TableElement extends Clause permits ColumnDefinition, LikeTable, TableConstraint {
}
