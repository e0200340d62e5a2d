package io.retort.orm;

import io.retort.orm.annotation.GenerationType;
import io.retort.sql.Name;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mapping of one entity class to its table: columns in table order (the layout of snapshots and
 * row arrays), the primary key, the version counter, relationships, how objects are created, and the
 * statements already rendered for it (per dialect and shape). Immutable once its {@link Registry} is
 * built, except for the statement cache.
 */
final class EntityMapper<T> {

    final Class<T> type;
    final boolean record;
    final boolean readOnly;
    final String table;
    final Name tableName;
    ColumnProperty[] columns;
    ColumnProperty id;
    ColumnProperty version;
    Relationship[] relationships = new Relationship[0];
    /** Relationships in slot order, collections and references alike. */
    GenerationType generation;
    String sequence;
    int allocationSize;
    /** A no-argument constructor (classes) or the canonical constructor (records). */
    MethodHandle constructor;
    /** Records: the column slot of each canonical-constructor parameter. */
    int[] recordComponents;
    final Map<String, ColumnProperty> columnsByAttribute = new HashMap<>();
    final Map<String, Relationship> relationshipsByName = new HashMap<>();
    /** Rendered statements, by shape key. */
    final Map<Object, Object> statements = new ConcurrentHashMap<>();
    /** Whether any column other than the key is written by the database on insert (read back then). */
    boolean hasManyToOne;
    boolean hasCollections;

    EntityMapper(Class<T> type, boolean record, boolean readOnly, String table) {
        this.type = type;
        this.record = record;
        this.readOnly = readOnly;
        this.table = table;
        this.tableName = Name.of(table);
    }

    /** The primary key is written by the database (identity) and read back after the INSERT. */
    boolean databaseGeneratedId() {
        return generation == GenerationType.IDENTITY;
    }

    Object idOf(Object entity) {
        return id.field != null ? id.field.get(entity) : null;
    }

    /** A new, empty object of a class mapping (not for records). */
    @SuppressWarnings("unchecked")
    T newInstance() {
        try {
            return (T) constructor.invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("cannot create a " + type.getName() + ": " + t, t);
        }
    }

    /** A record from the column values of a row. */
    @SuppressWarnings("unchecked")
    T newRecord(Object[] values) {
        Object[] args = new Object[recordComponents.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = values[recordComponents[i]];
        }
        try {
            return (T) constructor.invokeWithArguments(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("cannot create a " + type.getName() + ": " + t, t);
        }
    }

    /** Columns the INSERT writes: all, except a database-generated key. */
    List<ColumnProperty> insertColumns(boolean withId) {
        List<ColumnProperty> out = new ArrayList<>(columns.length);
        for (ColumnProperty c : columns) {
            if (c != id || withId) {
                out.add(c);
            }
        }
        return out;
    }

    Relationship relationship(String name) {
        return relationshipsByName.get(name);
    }

    /** A short description for messages: {@code User#5}, or {@code User (new)}. */
    String describe(Object entity) {
        Object key = entity == null ? null : idOf(entity);
        return type.getSimpleName() + (key == null ? " (new)" : "#" + key);
    }

    @Override
    public String toString() {
        return type.getSimpleName() + " -> " + table;
    }
}
