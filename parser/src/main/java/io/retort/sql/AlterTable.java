package io.retort.sql;

import java.util.List;
import java.util.Objects;

/** {@code ALTER TABLE [IF EXISTS] [ONLY] t action, ...}. */
public record AlterTable(Name name, boolean ifExists, boolean only, List<AlterAction> actions,
        Comments comments) implements Statement {

    public AlterTable {
        Objects.requireNonNull(name, "name");
        actions = List.copyOf(actions);
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public AlterTable withComments(Comments comments) {
        return new AlterTable(name, ifExists, only, actions, comments);
    }
}
