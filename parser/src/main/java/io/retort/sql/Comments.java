package io.retort.sql;

import java.util.List;

/**
 * The comments of a statement, each kept with its delimiters exactly as written ({@code /* x *}{@code /},
 * {@code -- x}, {@code # x}), in three slots:
 * <ul>
 *   <li>{@code leading}: comments before the statement's first token, e.g. a routing hint
 *       {@code /* retort: shard=ds1 *}{@code /} or a pg_hint_plan hint;</li>
 *   <li>{@code hints}: optimizer hints {@code /*+ ... *}{@code /} written right after the statement's
 *       first keyword ({@code SELECT /*+ BKA(t1) *}{@code / ...}) — on a subquery they sit on that
 *       subquery's own {@link Select};</li>
 *   <li>{@code inner}: every other comment inside the statement, in textual order (a printer can
 *       emit them after the leading ones; they are never dropped silently).</li>
 * </ul>
 * Comments take part in equality: two statements that differ only in a routing comment are different.
 */
public record Comments(List<String> leading, List<String> hints, List<String> inner) {

    /** No comments at all. */
    public static final Comments NONE = new Comments(List.of(), List.of(), List.of());

    public Comments {
        leading = List.copyOf(leading);
        hints = List.copyOf(hints);
        inner = List.copyOf(inner);
    }

    /** Comments that only precede the statement. */
    public static Comments leading(String... comments) {
        return new Comments(List.of(comments), List.of(), List.of());
    }

    /** Optimizer hints written after the first keyword. */
    public static Comments hints(String... hints) {
        return new Comments(List.of(), List.of(hints), List.of());
    }

    public boolean isEmpty() {
        return leading.isEmpty() && hints.isEmpty() && inner.isEmpty();
    }
}
