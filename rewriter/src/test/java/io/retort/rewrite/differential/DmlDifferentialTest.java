package io.retort.rewrite.differential;

import java.util.List;

/**
 * INSERT, UPDATE, DELETE and upserts written for PostgreSQL and for MySQL give the same update counts
 * (MySQL's count of an upserted row excepted) and leave the same rows on PostgreSQL, MariaDB, H2 and SQLite.
 */
class DmlDifferentialTest extends DifferentialSuite {

    @Override
    List<Case> cases() {
        return DmlCases.CASES;
    }

    @Override
    String purpose() {
        return "diff_dml";
    }
}
