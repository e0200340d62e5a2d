package io.retort.sql;

import java.util.List;

/** {@code WITH [RECURSIVE] cte, ...}. */
public record With(boolean recursive, List<Cte> ctes) implements Clause {

    public With {
        ctes = List.copyOf(ctes);
    }
}
