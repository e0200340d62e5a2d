package io.retort.sql;

import java.util.List;
import java.util.Objects;

/** {@code DROP [TEMPORARY] TABLE [IF EXISTS] t, ... [CASCADE|RESTRICT]}. */
public record DropTable(List<Name> names, boolean temporary, boolean ifExists, DropBehavior behavior,
        Comments comments) implements Statement {

    public DropTable {
        names = List.copyOf(names);
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public DropTable withComments(Comments comments) {
        return new DropTable(names, temporary, ifExists, behavior, comments);
    }
}
