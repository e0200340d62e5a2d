package io.retort.dialect;

import io.retort.sql.*;

/** Writes one action of ALTER TABLE. */
final class AlterActionWriter {

    private AlterActionWriter() {
    }

    static void action(RenderContext ctx, AlterAction action) {
        Dialect d = ctx.dialect();
        boolean mysql = d.family().isMySqlFamily();
        switch (action) {
            case AddColumn a -> {
                ctx.keyword(d.family() == SqlDialect.SQLSERVER || d.family() == SqlDialect.ORACLE ? "ADD " : "ADD COLUMN ");
                if (a.ifNotExists()) {
                    if (d.family() != SqlDialect.POSTGRESQL && d.family() != SqlDialect.H2
                            && d.family() != SqlDialect.MARIADB) {
                        throw new UnsupportedConstruct("ADD COLUMN IF NOT EXISTS", "");
                    }
                    ctx.keyword("IF NOT EXISTS ");
                }
                DdlWriter.columnDefinition(ctx, a.column());
                position(ctx, a.position());
            }
            case DropColumn c -> {
                ctx.keyword("DROP COLUMN ");
                if (c.ifExists()) {
                    if (mysql && d.family() != SqlDialect.MARIADB || d.family() == SqlDialect.SQLITE) {
                        throw new UnsupportedConstruct("DROP COLUMN IF EXISTS", "");
                    }
                    ctx.keyword("IF EXISTS ");
                }
                ctx.identifier(c.column());
                DdlWriter.dropBehavior(ctx, c.behavior());
            }
            case ModifyColumn m -> {
                ExpressionWriter.requireMySql(d, "MODIFY COLUMN");
                ctx.keyword("MODIFY COLUMN ");
                DdlWriter.columnDefinition(ctx, m.column());
                position(ctx, m.position());
            }
            case ChangeColumn c -> {
                ExpressionWriter.requireMySql(d, "CHANGE COLUMN");
                ctx.keyword("CHANGE COLUMN ").identifier(c.oldName()).append(' ');
                DdlWriter.columnDefinition(ctx, c.column());
                position(ctx, c.position());
            }
            case RenameColumn r when d.family() == SqlDialect.SQLSERVER ->
                    throw new UnsupportedConstruct("RENAME COLUMN", "SQL Server renames with sp_rename");
            case RenameColumn r -> ctx.keyword("RENAME COLUMN ").identifier(r.from()).keyword(" TO ").identifier(r.to());
            case AlterColumn a -> alterColumn(ctx, a);
            case AddConstraint a -> {
                ctx.keyword("ADD ");
                DdlWriter.tableElement(ctx, a.constraint());
                if (a.notValid()) {
                    DdlWriter.requirePostgres(d, "ADD CONSTRAINT ... NOT VALID");
                    ctx.keyword(" NOT VALID");
                }
            }
            case DropConstraint c -> dropConstraint(ctx, c);
            case RenameTable r -> ctx.keyword("RENAME TO ").name(r.newName());
            case RenameObject r -> {
                ctx.keyword("RENAME ").keyword(r.kind()).append(' ').identifier(r.from()).keyword(" TO ")
                        .identifier(r.to());
            }
            case TableOptionAction o -> d.writeTableOption(ctx, o.option());
            case SetStorageParameters p -> {
                DdlWriter.requirePostgres(d, "SET/RESET storage parameters");
                ctx.keyword(p.reset() ? "RESET (" : "SET (");
                for (int i = 0; i < p.parameters().size(); i++) {
                    if (i > 0) {
                        ctx.append(", ");
                    }
                    DdlWriter.option(ctx, p.parameters().get(i), " = ");
                }
                ctx.append(')');
            }
            case AlterOrderBy o -> {
                ExpressionWriter.requireMySql(d, "ALTER TABLE ... ORDER BY");
                ctx.keyword("ORDER BY ");
                FunctionWriter.orderItems(ctx, o.orderBy());
            }
            case ConvertCharset c -> {
                ExpressionWriter.requireMySql(d, "CONVERT TO CHARACTER SET");
                ctx.keyword("CONVERT TO CHARACTER SET ").expression(c.charset());
                if (c.collation() != null) {
                    ctx.keyword(" COLLATE ").identifier(c.collation());
                }
            }
            case AttachPartition a -> {
                DdlWriter.requirePostgres(d, "ATTACH PARTITION");
                ctx.keyword("ATTACH PARTITION ").name(a.partition());
                if (a.bound() != null) {
                    ctx.append(' ');
                    DdlWriter.partitionBound(ctx, a.bound());
                }
            }
            case DetachPartition p -> {
                DdlWriter.requirePostgres(d, "DETACH PARTITION");
                ctx.keyword("DETACH PARTITION ").name(p.partition());
                if (p.mode() != null) {
                    ctx.append(' ').keyword(p.mode());
                }
            }
            case PartitionByAction p -> {
                ExpressionWriter.requireMySql(d, "ALTER TABLE ... PARTITION BY");
                ctx.keyword("PARTITION BY ").keyword(p.partitionBy().method()).append(" (");
                ExpressionWriter.list(ctx, p.partitionBy().expressions());
                ctx.append(')');
                if (p.partitionBy().partitions() != null) {
                    ctx.keyword(" PARTITIONS ").expression(p.partitionBy().partitions());
                }
            }
        }
    }

    private static void alterColumn(RenderContext ctx, AlterColumn a) {
        Dialect d = ctx.dialect();
        boolean mysql = d.family().isMySqlFamily();
        if (d.family() == SqlDialect.ORACLE || d.family() == SqlDialect.SQLSERVER) {
            otherAlterColumn(ctx, a);
            return;
        }
        ctx.keyword("ALTER COLUMN ").identifier(a.column()).append(' ');
        switch (a.kind()) {
            case SET_DEFAULT -> {
                ctx.keyword("SET DEFAULT ");
                DdlWriter.defaultValue(ctx, a.expression());
            }
            case DROP_DEFAULT -> ctx.keyword("DROP DEFAULT");
            case SET_NOT_NULL, DROP_NOT_NULL -> {
                if (mysql || d.family() == SqlDialect.SQLITE) {
                    throw new UnsupportedConstruct("ALTER COLUMN ... " + (a.kind() == AlterColumnKind.SET_NOT_NULL
                            ? "SET NOT NULL" : "DROP NOT NULL"), "redefine the column (MODIFY COLUMN)");
                }
                ctx.keyword(a.kind() == AlterColumnKind.SET_NOT_NULL ? "SET NOT NULL" : "DROP NOT NULL");
            }
            case SET_DATA_TYPE -> {
                if (mysql || d.family() == SqlDialect.SQLITE) {
                    throw new UnsupportedConstruct("ALTER COLUMN ... TYPE", "redefine the column (MODIFY COLUMN)");
                }
                ctx.keyword(d.family() == SqlDialect.POSTGRESQL ? "TYPE " : "SET DATA TYPE ");
                d.writeDataType(ctx, a.type(), false);
                if (a.expression() != null) {
                    DdlWriter.requirePostgres(d, "ALTER COLUMN ... TYPE ... USING");
                    ctx.keyword(" USING ").expression(a.expression());
                }
            }
            case SET_VISIBLE, SET_INVISIBLE -> {
                if (!mysql && d.family() != SqlDialect.H2) {
                    throw new UnsupportedConstruct("invisible columns", "");
                }
                ctx.keyword(a.kind() == AlterColumnKind.SET_VISIBLE ? "SET VISIBLE" : "SET INVISIBLE");
            }
            case DROP_EXPRESSION -> {
                DdlWriter.requirePostgres(d, "DROP EXPRESSION");
                ctx.keyword("DROP EXPRESSION");
            }
            case DROP_IDENTITY -> {
                DdlWriter.requirePostgres(d, "DROP IDENTITY");
                ctx.keyword("DROP IDENTITY");
            }
        }
    }

    /** Oracle's {@code MODIFY c ...} and SQL Server's {@code ALTER COLUMN c type}. */
    private static void otherAlterColumn(RenderContext ctx, AlterColumn a) {
        Dialect d = ctx.dialect();
        boolean oracle = d.family() == SqlDialect.ORACLE;
        switch (a.kind()) {
            case SET_DATA_TYPE -> {
                if (a.expression() != null) {
                    throw new UnsupportedConstruct("ALTER COLUMN ... TYPE ... USING", "");
                }
                ctx.keyword(oracle ? "MODIFY " : "ALTER COLUMN ").identifier(a.column()).append(' ');
                d.writeDataType(ctx, a.type(), false);
            }
            case SET_DEFAULT, DROP_DEFAULT, SET_NOT_NULL, DROP_NOT_NULL -> {
                if (!oracle) {
                    throw new UnsupportedConstruct("ALTER COLUMN ... " + a.kind().name().replace('_', ' '),
                            "SQL Server needs the column's full type (or a DEFAULT constraint)");
                }
                ctx.keyword("MODIFY ").identifier(a.column()).append(' ');
                switch (a.kind()) {
                    case SET_DEFAULT -> {
                        ctx.keyword("DEFAULT ");
                        DdlWriter.defaultValue(ctx, a.expression());
                    }
                    case DROP_DEFAULT -> ctx.keyword("DEFAULT NULL");
                    case SET_NOT_NULL -> ctx.keyword("NOT NULL");
                    default -> ctx.keyword("NULL");
                }
            }
            default -> throw new UnsupportedConstruct("ALTER COLUMN ... " + a.kind().name().replace('_', ' '), "");
        }
    }

    private static void dropConstraint(RenderContext ctx, DropConstraint c) {
        Dialect d = ctx.dialect();
        switch (c.kind()) {
            case "PRIMARY KEY" -> {
                ExpressionWriter.requireMySql(d, "DROP PRIMARY KEY");
                ctx.keyword("DROP PRIMARY KEY");
                return;
            }
            case "FOREIGN KEY", "INDEX", "KEY", "CHECK" -> {
                if (d.family().isMySqlFamily()) {
                    ctx.keyword("DROP ").keyword(c.kind()).append(' ').identifier(c.name());
                    return;
                }
                if (c.kind().equals("INDEX") || c.kind().equals("KEY")) {
                    throw new UnsupportedConstruct("ALTER TABLE ... DROP INDEX", "use DROP INDEX");
                }
            }
            default -> {
            }
        }
        ctx.keyword("DROP CONSTRAINT ");
        if (c.ifExists()) {
            ctx.keyword("IF EXISTS ");
        }
        ctx.identifier(c.name());
        DdlWriter.dropBehavior(ctx, c.behavior());
    }

    private static void position(RenderContext ctx, ColumnPosition p) {
        if (p == null) {
            return;
        }
        ExpressionWriter.requireMySql(ctx.dialect(), "FIRST / AFTER column placement");
        if (p.first()) {
            ctx.keyword(" FIRST");
        } else {
            ctx.keyword(" AFTER ").identifier(p.after());
        }
    }
}
