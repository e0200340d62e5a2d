package io.retort.events.builtin;

import io.retort.sql.Identifier;

/** The settings of a {@link TenantFilter}, shared by its rewriter. */
record TenantFilterConfig(TableNames tables, Identifier column, String parameterName, Unparsed unparsed) {

    /** What to do with a statement the parser could not read. */
    enum Unparsed {
        /** Refuse it (the default: the filter cannot see what it reads). */
        REFUSE,
        /** Refuse it only when its text mentions a tenant table's name (or a PostgreSQL/H2 U&amp; escaped identifier). */
        CHECK
    }
}
