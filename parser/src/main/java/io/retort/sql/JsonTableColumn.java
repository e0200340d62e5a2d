package io.retort.sql;

import java.util.List;

/**
 * A column of {@link JsonTable}: {@code name FOR ORDINALITY}, {@code name type [EXISTS] PATH 'p' [behaviours]}, or
 * {@code NESTED [PATH] 'p' COLUMNS (...)} ({@code name} and {@code type} null, {@code nested} set). {@code behaviors}
 * are Options named {@code NULL ON EMPTY}, {@code ERROR ON ERROR}, {@code DEFAULT ON EMPTY} (value: the default), in
 * order.
 */
public record JsonTableColumn(Identifier name, DataType type, boolean forOrdinality, boolean exists, Expression path,
        List<Option> behaviors, List<JsonTableColumn> nested) implements Clause {

    public JsonTableColumn {
        behaviors = List.copyOf(behaviors);
        nested = List.copyOf(nested);
    }
}
