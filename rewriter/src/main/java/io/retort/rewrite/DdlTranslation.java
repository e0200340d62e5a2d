package io.retort.rewrite;

import io.retort.dialect.UnsupportedConstruct;
import io.retort.sql.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * DDL details that are physical rather than logical. MySQL's storage options ({@code ENGINE},
 * {@code DEFAULT CHARSET}, {@code ROW_FORMAT}, ...), column and table comments and non-unique inline
 * indexes ({@code KEY idx (c)}) change how data is stored and found, not what statements mean: on other
 * databases they are left out (create the indexes with CREATE INDEX there). A UNIQUE index does change
 * meaning and becomes a UNIQUE constraint; anything else unknown is refused. Index methods, CONCURRENTLY
 * and INCLUDE columns are likewise physical and kept only where the target has them.
 */
final class DdlTranslation implements RewritePass {

    /** MySQL table options that only choose storage. */
    private static final Set<String> STORAGE_OPTIONS = Set.of("ENGINE", "DEFAULT CHARSET", "CHARSET",
            "DEFAULT CHARACTER SET", "CHARACTER SET", "DEFAULT COLLATE", "COLLATE", "ROW_FORMAT", "AUTO_INCREMENT",
            "KEY_BLOCK_SIZE", "AVG_ROW_LENGTH", "MAX_ROWS", "MIN_ROWS", "CHECKSUM", "COMMENT", "STATS_PERSISTENT",
            "STATS_AUTO_RECALC", "STATS_SAMPLE_PAGES", "PACK_KEYS", "DELAY_KEY_WRITE", "COMPRESSION", "TABLESPACE",
            "INSERT_METHOD", "ENCRYPTION");

    @Override
    public Statement apply(Statement statement, Translation t) {
        if (t.withinMySqlFamily()) {
            return statement;
        }
        return switch (statement) {
            case CreateTable c -> createTable(c, t);
            case CreateIndex i -> createIndex(i, t);
            // Index names are unique per schema elsewhere: MySQL's ON table is not needed (nor allowed).
            case DropIndex d when d.table() != null && !t.targetIsMySql() && !t.targetIs(SqlDialect.SQLSERVER) ->
                    new DropIndex(d.names(), null, d.concurrently(), d.ifExists(), d.behavior(), List.of(), d.comments());
            default -> statement;
        };
    }

    private static CreateTable createTable(CreateTable c, Translation t) {
        boolean toMySql = t.targetIsMySql();
        List<Option> options = c.options();
        if (t.sourceIsMySql() && !toMySql) {
            options = new ArrayList<>();
            for (Option o : c.options()) {
                if (!STORAGE_OPTIONS.contains(o.name())) {
                    throw new UnsupportedConstruct("the table option " + o.name(), "");
                }
            }
        }
        List<TableElement> elements = new ArrayList<>();
        for (TableElement e : c.elements()) {
            switch (e) {
                case IndexDefinition i when !toMySql -> {
                    if (i.kind().startsWith("UNIQUE")) {
                        elements.add(new UniqueKey(null, i.name(), i.columns(), List.of()));
                    }
                    // A non-unique index only speeds up lookups: left out (create it with CREATE INDEX).
                }
                case ColumnDefinition d when !toMySql -> elements.add(column(d));
                case UniqueKey u when !toMySql && !u.options().isEmpty() ->
                        elements.add(new UniqueKey(u.name(), u.indexName(), u.columns(), List.of()));
                case PrimaryKey p when !toMySql && !p.options().isEmpty() ->
                        elements.add(new PrimaryKey(p.name(), p.columns(), List.of()));
                default -> elements.add(e);
            }
        }
        if (elements.equals(c.elements()) && options == c.options()) {
            return c;
        }
        return new CreateTable(c.name(), c.kind(), c.ifNotExists(), elements, c.asQuery(), c.partitionOf(), c.ofType(),
                c.partitionBy(), options, c.comments());
    }

    /** Drops MySQL column comments and storage attributes; other attributes are refused by the printer. */
    private static ColumnDefinition column(ColumnDefinition d) {
        List<ColumnConstraint> kept = new ArrayList<>();
        boolean changed = false;
        for (ColumnConstraint k : d.constraints()) {
            if (k instanceof ColumnComment || k instanceof ColumnAttribute a
                    && (a.text().startsWith("COLUMN_FORMAT") || a.text().startsWith("STORAGE"))) {
                changed = true;
            } else {
                kept.add(k);
            }
        }
        return changed ? new ColumnDefinition(d.name(), d.type(), kept) : d;
    }

    private static CreateIndex createIndex(CreateIndex i, Translation t) {
        String method = i.method();
        boolean concurrently = i.concurrently();
        List<Identifier> include = i.include();
        List<Option> options = i.options();
        if (t.sourceFamily != t.targetFamily()) {
            method = null; // BTREE is everyone's default; other methods do not carry over
            concurrently = concurrently && t.targetIs(SqlDialect.POSTGRESQL);
            if (!include.isEmpty() && !t.targetIs(SqlDialect.POSTGRESQL) && !t.targetIs(SqlDialect.SQLSERVER)) {
                include = List.of();
            }
            if (t.sourceIsMySql() && !t.targetIsMySql()) {
                options = List.of();
            }
        }
        return new CreateIndex(i.name(), i.table(), i.kind(), concurrently, i.ifNotExists(), method, i.columns(),
                include, i.where(), options, i.comments());
    }
}
