package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * INSERT or REPLACE. {@code modifiers} are upper-case keywords: MySQL's {@code IGNORE}, {@code LOW_PRIORITY}, {@code
 * DELAYED}, {@code HIGH_PRIORITY}, SQLite's {@code OR REPLACE}, {@code OR IGNORE} .... {@code source} is a {@link
 * Values}, another {@link Query}, an {@link InsertSet} or {@link DefaultValues}. {@code rowAlias} is MySQL 8's {@code
 * VALUES (...) AS new(a, b)}. The table's alias (PostgreSQL's {@code INSERT INTO t AS x}) is on the {@link TableRef}.
 */
public record Insert(With with, InsertVerb verb, List<String> modifiers, TableRef table, List<ColumnRef> columns,
        InsertSource source, Identifier rowAlias, List<Identifier> rowAliasColumns, OnConflict onConflict,
        List<Assignment> onDuplicateKeyUpdate, List<SelectItem> returning, Comments comments) implements Statement {

    public Insert {
        Objects.requireNonNull(verb, "verb");
        modifiers = List.copyOf(modifiers);
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        Objects.requireNonNull(source, "source");
        rowAliasColumns = List.copyOf(rowAliasColumns);
        onDuplicateKeyUpdate = List.copyOf(onDuplicateKeyUpdate);
        returning = List.copyOf(returning);
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public Insert withComments(Comments comments) {
        return new Insert(with, verb, modifiers, table, columns, source, rowAlias, rowAliasColumns, onConflict,
                onDuplicateKeyUpdate, returning, comments);
    }

    /** {@code INSERT INTO table} with no columns and no rows yet. */
    static Insert into(TableRef table) {
        return new Insert(null, InsertVerb.INSERT, List.of(), table, List.of(),
                new Values(null, List.of(), List.of(), null, Comments.NONE), null, List.of(), null, List.of(), List.of(),
                Comments.NONE);
    }

    /** This INSERT with the column list {@code (names)}. */
    public Insert columns(String... names) {
        List<ColumnRef> list = new java.util.ArrayList<>(names.length);
        for (String n : names) {
            list.add(new ColumnRef(null, Identifier.of(n)));
        }
        return new Insert(with, verb, modifiers, table, list, source, rowAlias, rowAliasColumns, onConflict,
                onDuplicateKeyUpdate, returning, comments);
    }

    /** This INSERT with one more VALUES row; plain Java values become literals. */
    public Insert values(Object... row) {
        Values v = source instanceof Values existing ? existing : new Values(null, List.of(), List.of(), null, Comments.NONE);
        return withSource(v.row(row));
    }

    /** {@code INSERT ... SELECT}. */
    public Insert select(Query query) {
        return withSource(query);
    }

    /** {@code INSERT ... DEFAULT VALUES}. */
    public Insert defaultValues() {
        return withSource(new DefaultValues());
    }

    public Insert withSource(InsertSource source) {
        return new Insert(with, verb, modifiers, table, columns, source, rowAlias, rowAliasColumns, onConflict,
                onDuplicateKeyUpdate, returning, comments);
    }

    /** {@code RETURNING items}. */
    public Insert returning(Selectable... items) {
        return new Insert(with, verb, modifiers, table, columns, source, rowAlias, rowAliasColumns, onConflict,
                onDuplicateKeyUpdate, Sql.items(items), comments);
    }

    /** PostgreSQL's {@code ON CONFLICT (targets) DO NOTHING}; no targets for a bare {@code ON CONFLICT DO NOTHING}. */
    public Insert onConflictDoNothing(String... targets) {
        return withOnConflict(new OnConflict(conflictTargets(targets), null, null, true, List.of(), null));
    }

    /** PostgreSQL's {@code ON CONFLICT (targets) DO UPDATE SET ...}. */
    public Insert onConflictDoUpdate(List<String> targets, Assignment... set) {
        return withOnConflict(new OnConflict(conflictTargets(targets.toArray(String[]::new)), null, null, false, List.of(set), null));
    }

    public Insert withOnConflict(OnConflict onConflict) {
        return new Insert(with, verb, modifiers, table, columns, source, rowAlias, rowAliasColumns, onConflict,
                onDuplicateKeyUpdate, returning, comments);
    }

    /** MySQL's {@code ON DUPLICATE KEY UPDATE ...}. */
    public Insert onDuplicateKeyUpdate(Assignment... set) {
        return new Insert(with, verb, modifiers, table, columns, source, rowAlias, rowAliasColumns, onConflict,
                List.of(set), returning, comments);
    }

    /** MySQL's {@code INSERT IGNORE}. */
    public Insert ignore() {
        return new Insert(with, verb, Sql.append(modifiers, "IGNORE"), table, columns, source, rowAlias,
                rowAliasColumns,
                onConflict, onDuplicateKeyUpdate, returning, comments);
    }

    /** MySQL's {@code REPLACE INTO} instead of INSERT. */
    public Insert replace() {
        return new Insert(with, InsertVerb.REPLACE, modifiers, table, columns, source, rowAlias, rowAliasColumns,
                onConflict, onDuplicateKeyUpdate, returning, comments);
    }

    public Insert with(With with) {
        return new Insert(with, verb, modifiers, table, columns, source, rowAlias, rowAliasColumns, onConflict,
                onDuplicateKeyUpdate, returning, comments);
    }

    private static List<Expression> conflictTargets(String... names) {
        List<Expression> list = new java.util.ArrayList<>(names.length);
        for (String n : names) {
            list.add(new ColumnRef(null, Identifier.of(n)));
        }
        return list;
    }
}
