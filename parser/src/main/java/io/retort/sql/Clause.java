package io.retort.sql;

/** The parts of statements that are neither statements, expressions nor FROM items. */
public sealed interface Clause extends Node
        permits SelectItem, OrderItem, WhenClause, With, Cte, NamedWindow, WindowFrame, FrameBound, Limit, LockClause,
        Into, Assignment, OnConflict, InsertSet, DefaultValues, Option, IndexColumn, PartitionBy, PartitionBound,
        PartitionOf, JsonTableColumn, Window, TableElement, ColumnConstraint, AlterAction, SetItem {
}
