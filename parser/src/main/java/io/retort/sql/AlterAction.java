package io.retort.sql;

/** One action of an ALTER TABLE statement. */
public sealed interface AlterAction extends Clause
        permits AddColumn, DropColumn, ModifyColumn, ChangeColumn, RenameColumn, AlterColumn, AddConstraint,
        DropConstraint, RenameTable, RenameObject, TableOptionAction, SetStorageParameters, AlterOrderBy,
        ConvertCharset, AttachPartition, DetachPartition, PartitionByAction {
}
