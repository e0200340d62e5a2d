package io.retort.orm;

import io.retort.orm.metamodel.Condition;
import io.retort.orm.metamodel.Selection;
import java.util.List;

/**
 * An ORM query turned into a Core statement, with the layout of its result: where each selected entity's
 * columns are, which columns are plain values, and which entity columns belong to relationships loaded
 * by joins.
 */
final class CompiledQuery {

    /** A selection's place in the result. */
    sealed interface Segment permits EntitySegment, ValueSegment {
    }

    /** An entity whose columns start at result column {@code first} (1-based). */
    record EntitySegment(EntityMapper<?> mapper, int first, LoadPlan plan) implements Segment {
    }

    /** One value in result column {@code column}, read with {@code type} (or as {@code resultType}). */
    record ValueSegment(ValueType type, Class<?> resultType, int column) implements Segment {
    }

    /** A relationship loaded by a LEFT JOIN: parent and target are indexes into {@link #entities}. */
    record JoinedLoad(int parent, Relationship relationship, int target) {
    }

    final io.retort.sql.Select statement;
    final Binds binds;
    /** One per selection. */
    final List<Segment> segments;
    /** Entity segments: the selected ones first (in selection order), then the joined-load targets. */
    final List<EntitySegment> entities;
    /** For each selection, its index in {@link #entities}, or -1 for a value. */
    final int[] entityIndex;
    final List<JoinedLoad> joined;
    final EntityMapper<?> primary;
    final Condition where;
    final List<Selection<?>> selections;
    final boolean joinedCollections;

    CompiledQuery(io.retort.sql.Select statement, Binds binds, List<Segment> segments, List<EntitySegment> entities,
            int[] entityIndex, List<JoinedLoad> joined, EntityMapper<?> primary, Condition where,
            List<Selection<?>> selections) {
        this.statement = statement;
        this.binds = binds;
        this.segments = segments;
        this.entities = entities;
        this.entityIndex = entityIndex;
        this.joined = joined;
        this.primary = primary;
        this.where = where;
        this.selections = selections;
        boolean collections = false;
        for (JoinedLoad j : joined) {
            collections |= j.relationship().isCollection();
        }
        this.joinedCollections = collections;
    }
}
