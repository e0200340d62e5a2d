package io.retort.jmh;

import io.retort.events.StatementEvent;
import io.retort.events.StatementObserver;
import java.util.concurrent.atomic.LongAdder;

/**
 * The cheapest useful observer: it reads only the statement's text (never the model), counting
 * statements and characters, as a metrics listener would. {@link #needsModel()} stays false, so
 * nothing is parsed for it.
 */
final class TextObserver implements StatementObserver {

    private final LongAdder statements = new LongAdder();
    private final LongAdder characters = new LongAdder();

    @Override
    public void beforeExecute(StatementEvent event) {
        statements.increment();
        characters.add(event.sql().length());
    }

    long statements() {
        return statements.sum();
    }
}
