package io.retort.orm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A load batch holds each object once, also when another batch of the same load holds it too. */
class LoadBatchTest {

    private static EntityState state() {
        return new EntityState(new Object(), null, EntityState.Status.PERSISTENT);
    }

    @Test
    void anObjectMetAgainUnderAnotherPlanNodeIsInBothBatchesOnce() {
        LoadContext.Batch parents = new LoadContext.Batch(null);
        LoadContext.Batch children = new LoadContext.Batch(null);
        EntityState x = state();
        EntityState y = state();
        parents.add(x);
        children.add(y);
        children.add(x); // x is a child in this row
        parents.add(y);
        parents.add(x);
        children.add(x);
        assertThat(parents.states).containsExactly(x, y);
        assertThat(children.states).containsExactly(y, x);
    }

    @Test
    void anObjectReleasedByAnotherBatchIsNotAddedTwice() {
        LoadContext.Batch first = new LoadContext.Batch(null);
        LoadContext.Batch second = new LoadContext.Batch(null);
        EntityState x = state();
        first.add(x);
        second.add(x);
        first.release();
        second.add(x);
        assertThat(second.states).containsExactly(x);
        second.release();
        assertThat(x.batch).isNull();
        LoadContext.Batch third = new LoadContext.Batch(null);
        third.add(x);
        third.add(x);
        assertThat(third.states).containsExactly(x);
        assertThat(x.batch).isSameAs(third);
    }
}
