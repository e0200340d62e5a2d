package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * MySQL's/MariaDB's {@code XA START|END|PREPARE|COMMIT|ROLLBACK xid [option]} and {@code XA RECOVER}; {@code xid} holds
 * the one to three parts of the transaction id; {@code option} is upper case ({@code ONE PHASE}, {@code SUSPEND},
 * {@code JOIN}, ...).
 */
public record XaCommand(XaAction action, List<Expression> xid, String option, Comments comments) implements Statement {

    public XaCommand {
        Objects.requireNonNull(action, "action");
        xid = List.copyOf(xid);
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public XaCommand withComments(Comments comments) {
        return new XaCommand(action, xid, option, comments);
    }
}
