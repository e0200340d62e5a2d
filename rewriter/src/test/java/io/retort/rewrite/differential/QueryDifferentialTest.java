package io.retort.rewrite.differential;

import java.util.ArrayList;
import java.util.List;

/** Queries written for PostgreSQL and for MySQL give the same rows on PostgreSQL, MariaDB, H2 and SQLite. */
class QueryDifferentialTest extends DifferentialSuite {

    @Override
    List<Case> cases() {
        List<Case> all = new ArrayList<>(QueryCases.CASES);
        all.addAll(ExpressionCases.CASES);
        return all;
    }

    @Override
    String purpose() {
        return "diff_query";
    }
}
