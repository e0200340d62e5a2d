package io.retort.rewrite.differential;

import java.util.List;

/** DDL written for PostgreSQL and for MySQL creates objects that behave the same on all four databases. */
class DdlDifferentialTest extends DifferentialSuite {

    @Override
    List<Case> cases() {
        return DdlCases.CASES;
    }

    @Override
    String purpose() {
        return "diff_ddl";
    }
}
