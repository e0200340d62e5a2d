package io.retort.dialect;

import io.retort.sql.*;
import java.util.List;

/** Writes DDL: tables, columns and constraints, ALTER TABLE actions, indexes, views, TRUNCATE. */
final class DdlWriter {

    private DdlWriter() {
    }

    static void createTable(RenderContext ctx, CreateTable c) {
        Dialect d = ctx.dialect();
        ctx.keyword("CREATE");
        StatementWriter.hints(ctx, c.comments());
        if (c.kind() != null) {
            if (c.kind().equals("UNLOGGED") && d.family() != SqlDialect.POSTGRESQL) {
                throw new UnsupportedConstruct("UNLOGGED tables", "");
            }
            ctx.append(' ').keyword(d.temporaryTableKeyword(c.kind()));
        }
        ctx.keyword(" TABLE ");
        if (c.ifNotExists()) {
            if (d.family() == SqlDialect.ORACLE || d.family() == SqlDialect.SQLSERVER) {
                throw new UnsupportedConstruct("CREATE TABLE IF NOT EXISTS", "");
            }
            ctx.keyword("IF NOT EXISTS ");
        }
        ctx.name(c.name());
        if (c.ofType() != null) {
            requirePostgres(d, "CREATE TABLE ... OF type");
            ctx.keyword(" OF ").name(c.ofType());
        }
        if (c.partitionOf() != null) {
            requirePostgres(d, "PARTITION OF");
            ctx.keyword(" PARTITION OF ").name(c.partitionOf().parent());
        }
        List<TableElement> elements = c.elements();
        if (elements.size() == 1 && elements.get(0) instanceof LikeTable like && d.family().isMySqlFamily()) {
            ctx.keyword(" LIKE ").name(like.table());
        } else if (!elements.isEmpty()) {
            ctx.append(" (");
            for (int i = 0; i < elements.size(); i++) {
                if (i > 0) {
                    ctx.append(", ");
                }
                tableElement(ctx, elements.get(i));
            }
            ctx.append(')');
        }
        if (c.partitionOf() != null && c.partitionOf().bound() != null) {
            ctx.append(' ');
            partitionBound(ctx, c.partitionOf().bound());
        }
        if (c.partitionBy() != null) {
            ctx.append(' ');
            partitionBy(ctx, c.partitionBy());
        }
        for (Option o : c.options()) {
            ctx.append(' ');
            d.writeTableOption(ctx, o);
        }
        if (c.asQuery() != null) {
            ctx.keyword(" AS ");
            QueryWriter.query(ctx, c.asQuery());
        }
    }

    static void tableElement(RenderContext ctx, TableElement e) {
        Dialect d = ctx.dialect();
        switch (e) {
            case ColumnDefinition c -> columnDefinition(ctx, c);
            case LikeTable l -> {
                if (d.family() != SqlDialect.POSTGRESQL && !d.family().isMySqlFamily()) {
                    throw new UnsupportedConstruct("CREATE TABLE ... LIKE", "");
                }
                ctx.keyword("LIKE ").name(l.table());
            }
            case PrimaryKey p -> {
                constraintName(ctx, p.name());
                ctx.keyword("PRIMARY KEY (");
                indexColumns(ctx, p.columns());
                ctx.append(')');
                indexOptions(ctx, p.options());
            }
            case UniqueKey u -> {
                if (d.family().isMySqlFamily()) {
                    constraintName(ctx, u.name());
                    ctx.keyword("UNIQUE KEY");
                    if (u.indexName() != null) {
                        ctx.append(' ').identifier(u.indexName());
                    }
                    ctx.append(" (");
                } else {
                    constraintName(ctx, u.name() != null ? u.name() : u.indexName());
                    ctx.keyword("UNIQUE (");
                }
                indexColumns(ctx, u.columns());
                ctx.append(')');
                indexOptions(ctx, u.options());
            }
            case ForeignKey f -> {
                constraintName(ctx, f.name());
                ctx.keyword("FOREIGN KEY (");
                QueryWriter.identifiers(ctx, f.columns());
                ctx.append(") ");
                references(ctx, f.reference());
            }
            case CheckConstraint c -> {
                constraintName(ctx, c.name());
                ctx.keyword("CHECK (").expression(c.condition()).append(')');
                notEnforced(ctx, c.enforced());
            }
            case IndexDefinition i -> {
                ExpressionWriter.requireMySql(d, "an index inside CREATE TABLE (" + i.kind() + ")");
                ctx.keyword(i.kind());
                if (i.name() != null) {
                    ctx.append(' ').identifier(i.name());
                }
                ctx.append(" (");
                indexColumns(ctx, i.columns());
                ctx.append(')');
                indexOptions(ctx, i.options());
            }
        }
    }

    static void columnDefinition(RenderContext ctx, ColumnDefinition c) {
        Dialect d = ctx.dialect();
        ctx.identifier(c.name());
        if (c.type() != null) {
            ctx.append(' ');
            d.writeDataType(ctx, c.type(), false);
        } else {
            requirePostgres(d, "a column WITH OPTIONS");
            ctx.keyword(" WITH OPTIONS");
        }
        for (ColumnConstraint k : c.constraints()) {
            ctx.append(' ');
            columnConstraint(ctx, k);
        }
    }

    private static void columnConstraint(RenderContext ctx, ColumnConstraint k) {
        Dialect d = ctx.dialect();
        switch (k) {
            case ColumnNullability n -> ctx.keyword(n.nullable() ? "NULL" : "NOT NULL");
            case ColumnDefault v -> {
                ctx.keyword("DEFAULT ");
                defaultValue(ctx, v.value());
            }
            case ColumnPrimaryKey p -> {
                constraintName(ctx, p.constraintName());
                ctx.keyword("PRIMARY KEY");
                if (p.order() != null) {
                    ctx.append(' ').keyword(p.order().name());
                }
            }
            case ColumnUnique u -> {
                constraintName(ctx, u.constraintName());
                ctx.keyword("UNIQUE");
            }
            case ColumnCheck c -> {
                constraintName(ctx, c.constraintName());
                ctx.keyword("CHECK (").expression(c.condition()).append(')');
                notEnforced(ctx, c.enforced());
            }
            case ColumnReferences r -> {
                constraintName(ctx, r.constraintName());
                references(ctx, r.reference());
            }
            case ColumnAutoIncrement a -> d.writeAutoIncrement(ctx);
            case ColumnIdentity i -> d.writeIdentity(ctx, i);
            case ColumnGenerated g -> {
                ctx.keyword("GENERATED ALWAYS AS (").expression(g.expression()).append(')');
                if (g.storage() != null) {
                    ctx.append(' ').keyword(g.storage());
                } else if (d.family() == SqlDialect.POSTGRESQL) {
                    ctx.keyword(" STORED"); // the only kind PostgreSQL has
                }
            }
            case ColumnCollate c -> ctx.keyword("COLLATE ").name(c.collation());
            case ColumnComment c -> {
                ExpressionWriter.requireMySql(d, "a column COMMENT");
                ctx.keyword("COMMENT ").stringLiteral(c.comment());
            }
            case ColumnOnUpdate o -> {
                ExpressionWriter.requireMySql(d, "ON UPDATE on a column (set by every UPDATE)");
                ctx.keyword("ON UPDATE ").expression(o.value());
            }
            case ColumnAttribute a -> {
                ExpressionWriter.requireMySql(d, "the column attribute " + a.text());
                ctx.keyword(a.text());
            }
        }
    }

    /** MySQL's {@code NOT ENFORCED}: the check is declared, not checked. */
    private static void notEnforced(RenderContext ctx, boolean enforced) {
        if (!enforced) {
            ExpressionWriter.requireMySql(ctx.dialect(), "CHECK ... NOT ENFORCED");
            ctx.keyword(" NOT ENFORCED");
        }
    }

    /** A DEFAULT value: literals and value functions as they are, other expressions in parentheses. */
    static void defaultValue(RenderContext ctx, Expression v) {
        boolean bare = v instanceof Literal || v instanceof SqlValueFunction || v instanceof Keyword
                || v instanceof UnaryOp u && u.operand() instanceof NumberLiteral
                || v instanceof FunctionCall f && ctx.dialect().family() != SqlDialect.SQLITE
                        && !ctx.dialect().family().isMySqlFamily() && f.over() == null;
        if (bare) {
            ctx.expression(v);
        } else {
            ctx.append('(').expression(v).append(')');
        }
    }

    static void references(RenderContext ctx, ForeignKeyReference r) {
        ctx.keyword("REFERENCES ").name(r.table());
        if (!r.columns().isEmpty()) {
            ctx.append(" (");
            QueryWriter.identifiers(ctx, r.columns());
            ctx.append(')');
        }
        if (r.match() != null) {
            ctx.keyword(" MATCH ").keyword(r.match());
        }
        if (r.onDelete() != null) {
            ctx.keyword(" ON DELETE ").keyword(r.onDelete().name().replace('_', ' '));
        }
        if (r.onUpdate() != null) {
            ctx.keyword(" ON UPDATE ").keyword(r.onUpdate().name().replace('_', ' '));
        }
    }

    private static void constraintName(RenderContext ctx, Identifier name) {
        if (name != null) {
            ctx.keyword("CONSTRAINT ").identifier(name).append(' ');
        }
    }

    static void indexColumns(RenderContext ctx, List<IndexColumn> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                ctx.append(", ");
            }
            IndexColumn c = columns.get(i);
            if (c.expression() instanceof ColumnRef) {
                ctx.expression(c.expression());
            } else {
                SqlDialect f = ctx.dialect().family();
                if (f == SqlDialect.MARIADB || f == SqlDialect.SQLSERVER || f == SqlDialect.H2
                        || f == SqlDialect.MYSQL && !ctx.dialect().version().atLeast(8, 0, 13)) {
                    throw new UnsupportedConstruct("an index on an expression", "index a generated column instead");
                }
                ctx.append('(').expression(c.expression()).append(')');
            }
            if (c.length() != null) {
                ExpressionWriter.requireMySql(ctx.dialect(), "an index prefix length");
                ctx.append('(').append(String.valueOf(c.length())).append(')');
            }
            if (c.order() != null) {
                ctx.append(' ').keyword(c.order().name());
            }
            if (c.nulls() != null) {
                ExpressionWriter.require(ctx.dialect(), Capability.SUPPORTS_NULLS_ORDERING, "NULLS FIRST/LAST in an index");
                ctx.keyword(c.nulls() == NullOrder.FIRST ? " NULLS FIRST" : " NULLS LAST");
            }
        }
    }

    private static void indexOptions(RenderContext ctx, List<Option> options) {
        for (Option o : options) {
            ctx.append(' ');
            option(ctx, o, " ");
        }
    }

    /** {@code NAME value}, with {@code separator} between them ({@code " "} or {@code "="}). */
    static void option(RenderContext ctx, Option o, String separator) {
        ctx.keyword(o.name());
        if (o.value() != null) {
            ctx.append(separator).expression(o.value());
        }
    }

    private static void partitionBy(RenderContext ctx, PartitionBy p) {
        ctx.keyword("PARTITION BY ").keyword(p.method()).append(" (");
        ExpressionWriter.list(ctx, p.expressions());
        ctx.append(')');
        if (p.partitions() != null) {
            ctx.keyword(" PARTITIONS ").expression(p.partitions());
        }
    }

    static void partitionBound(RenderContext ctx, PartitionBound b) {
        switch (b.kind()) {
            case "DEFAULT" -> ctx.keyword("DEFAULT");
            case "IN" -> {
                ctx.keyword("FOR VALUES IN (");
                ExpressionWriter.list(ctx, b.values());
                ctx.append(')');
            }
            case "FROM_TO" -> {
                ctx.keyword("FOR VALUES FROM (");
                ExpressionWriter.list(ctx, b.values());
                ctx.keyword(") TO (");
                ExpressionWriter.list(ctx, b.to());
                ctx.append(')');
            }
            default -> {
                ctx.keyword("FOR VALUES WITH (MODULUS ").expression(b.values().get(0)).keyword(", REMAINDER ")
                        .expression(b.values().get(1)).append(')');
            }
        }
    }

    // ------------------------------------------------------------------ ALTER TABLE

    static void alterTable(RenderContext ctx, AlterTable a) {
        ctx.keyword("ALTER");
        StatementWriter.hints(ctx, a.comments());
        ctx.keyword(" TABLE ");
        if (a.ifExists()) {
            ctx.keyword("IF EXISTS ");
        }
        if (a.only()) {
            requirePostgres(ctx.dialect(), "ALTER TABLE ONLY");
            ctx.keyword("ONLY ");
        }
        ctx.name(a.name());
        SqlDialect f = ctx.dialect().family();
        if (a.actions().size() > 1 && (f == SqlDialect.SQLITE || f == SqlDialect.ORACLE || f == SqlDialect.SQLSERVER)) {
            throw new UnsupportedConstruct("ALTER TABLE with several actions", "write one ALTER TABLE per action");
        }
        for (int i = 0; i < a.actions().size(); i++) {
            ctx.append(i == 0 ? " " : ", ");
            AlterActionWriter.action(ctx, a.actions().get(i));
        }
    }

    // ------------------------------------------------------------------ indexes, views, drops

    static void createIndex(RenderContext ctx, CreateIndex c) {
        Dialect d = ctx.dialect();
        boolean mysql = d.family().isMySqlFamily();
        ctx.keyword("CREATE");
        StatementWriter.hints(ctx, c.comments());
        if (c.kind() != null) {
            if (!c.kind().equals("UNIQUE") && !mysql) {
                throw new UnsupportedConstruct("a " + c.kind() + " index", "");
            }
            ctx.append(' ').keyword(c.kind());
        }
        ctx.keyword(" INDEX ");
        if (c.concurrently()) {
            requirePostgres(d, "CREATE INDEX CONCURRENTLY");
            ctx.keyword("CONCURRENTLY ");
        }
        if (c.ifNotExists()) {
            ctx.keyword("IF NOT EXISTS ");
        }
        if (c.name() != null) {
            ctx.identifier(c.name()).append(' ');
        } else if (d.family() != SqlDialect.POSTGRESQL) {
            throw new UnsupportedConstruct("CREATE INDEX without a name", "name the index");
        }
        ctx.keyword("ON ").name(c.table());
        if (c.method() != null && !mysql) {
            ctx.keyword(" USING ").keyword(c.method());
        }
        ctx.append(" (");
        indexColumns(ctx, c.columns());
        ctx.append(')');
        if (c.method() != null && mysql) {
            ctx.keyword(" USING ").keyword(c.method());
        }
        if (!c.include().isEmpty()) {
            if (d.family() != SqlDialect.POSTGRESQL && d.family() != SqlDialect.SQLSERVER) {
                throw new UnsupportedConstruct("INCLUDE columns in an index", "");
            }
            ctx.keyword(" INCLUDE (");
            QueryWriter.identifiers(ctx, c.include());
            ctx.append(')');
        }
        if (c.where() != null) {
            if (mysql || d.family() == SqlDialect.H2 || d.family() == SqlDialect.ORACLE) {
                throw new UnsupportedConstruct("a partial index (CREATE INDEX ... WHERE)", "");
            }
            ctx.keyword(" WHERE ").expression(c.where());
        }
        indexOptions(ctx, c.options());
    }

    static void dropIndex(RenderContext ctx, DropIndex i) {
        Dialect d = ctx.dialect();
        ctx.keyword("DROP");
        StatementWriter.hints(ctx, i.comments());
        ctx.keyword(" INDEX ");
        if (i.concurrently()) {
            requirePostgres(d, "DROP INDEX CONCURRENTLY");
            ctx.keyword("CONCURRENTLY ");
        }
        if (i.ifExists()) {
            ctx.keyword("IF EXISTS ");
        }
        names(ctx, i.names());
        if (i.table() != null) {
            if (!d.family().isMySqlFamily() && d.family() != SqlDialect.SQLSERVER) {
                throw new UnsupportedConstruct("DROP INDEX ... ON table", "");
            }
            ctx.keyword(" ON ").name(i.table());
        } else if (d.family().isMySqlFamily() || d.family() == SqlDialect.SQLSERVER) {
            throw new UnsupportedConstruct("DROP INDEX without ON table", "name the table: DROP INDEX i ON t");
        }
        indexOptions(ctx, i.options());
        dropBehavior(ctx, i.behavior());
    }

    static void createView(RenderContext ctx, CreateView v) {
        Dialect d = ctx.dialect();
        ctx.keyword("CREATE");
        StatementWriter.hints(ctx, v.comments());
        if (v.orReplace()) {
            if (d.family() == SqlDialect.SQLITE) {
                throw new UnsupportedConstruct("CREATE OR REPLACE VIEW", "drop the view first");
            }
            ctx.keyword(d.family() == SqlDialect.SQLSERVER ? " OR ALTER" : " OR REPLACE");
        }
        List<Option> withOptions = new java.util.ArrayList<>();
        for (Option o : v.options()) {
            if (d.family().isMySqlFamily()) {
                ctx.append(' ');
                option(ctx, o, o.name().equals("SQL SECURITY") ? " " : "=");
            } else {
                withOptions.add(o);
            }
        }
        if (v.kind() != null) {
            if (!v.kind().startsWith("TEMP") && d.family() != SqlDialect.POSTGRESQL) {
                throw new UnsupportedConstruct(v.kind() + " VIEW", "");
            }
            ctx.append(' ').keyword(v.kind());
        }
        ctx.keyword(" VIEW ").name(v.name());
        if (!v.columns().isEmpty()) {
            ctx.append(" (");
            QueryWriter.identifiers(ctx, v.columns());
            ctx.append(')');
        }
        if (!withOptions.isEmpty()) {
            requirePostgres(d, "view options WITH (...)");
            ctx.keyword(" WITH (");
            for (int i = 0; i < withOptions.size(); i++) {
                if (i > 0) {
                    ctx.append(", ");
                }
                Option o = withOptions.get(i);
                if (o.name().equals("WITH") && o.value() instanceof Keyword k) {
                    ctx.append(k.text()); // the parser keeps PostgreSQL's storage options as written
                } else {
                    option(ctx, o, " = ");
                }
            }
            ctx.append(')');
        }
        ctx.keyword(" AS ");
        QueryWriter.query(ctx, v.query());
        if (v.checkOption() != null) {
            ctx.keyword(switch (v.checkOption()) {
                case "CASCADED" -> " WITH CASCADED CHECK OPTION";
                case "LOCAL" -> " WITH LOCAL CHECK OPTION";
                default -> " WITH CHECK OPTION";
            });
        }
    }

    static void drop(RenderContext ctx, String what, List<Name> names, boolean ifExists, DropBehavior behavior,
            Comments comments) {
        Dialect d = ctx.dialect();
        ctx.keyword("DROP");
        StatementWriter.hints(ctx, comments);
        ctx.append(' ').keyword(what).append(' ');
        if (ifExists && d.family() == SqlDialect.ORACLE) {
            throw new UnsupportedConstruct("DROP " + what + " IF EXISTS", "");
        }
        if (ifExists) {
            ctx.keyword("IF EXISTS ");
        }
        if (names.size() > 1 && d.family() == SqlDialect.SQLITE) {
            throw new UnsupportedConstruct("DROP " + what + " of several objects", "drop them one by one");
        }
        names(ctx, names);
        dropBehavior(ctx, behavior);
    }

    static void truncate(RenderContext ctx, Truncate t) {
        ctx.dialect().writeTruncate(ctx, t);
    }

    static void dropBehavior(RenderContext ctx, DropBehavior behavior) {
        if (behavior == null) {
            return;
        }
        Dialect d = ctx.dialect();
        if (d.family() == SqlDialect.SQLITE || d.family() == SqlDialect.SQLSERVER) {
            throw new UnsupportedConstruct(behavior.name() + " on DROP", "");
        }
        if (behavior == DropBehavior.CASCADE && d.family() == SqlDialect.ORACLE) {
            ctx.keyword(" CASCADE CONSTRAINTS");
            return;
        }
        ctx.append(' ').keyword(behavior.name());
    }

    static void names(RenderContext ctx, List<Name> names) {
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                ctx.append(", ");
            }
            ctx.name(names.get(i));
        }
    }

    static void requirePostgres(Dialect d, String construct) {
        if (d.family() != SqlDialect.POSTGRESQL) {
            throw new UnsupportedConstruct(construct, "it exists only in PostgreSQL");
        }
    }
}
