package io.retort.rewrite.differential;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.sql.SqlDialect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The differential suite's size and shape, checked without a database. */
class DifferentialCoverageTest {

    private static List<Case> all() {
        List<Case> all = new ArrayList<>(QueryCases.CASES);
        all.addAll(ExpressionCases.CASES);
        all.addAll(DmlCases.CASES);
        all.addAll(DdlCases.CASES);
        return all;
    }

    @Test
    void atLeast150StatementsOfEveryKind() {
        List<Case> all = all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(150);
        assertThat(all).extracting(Case::kind).contains(Case.Kind.QUERY, Case.Kind.DML, Case.Kind.DDL);
    }

    @Test
    void namesAreUniqueAndEveryStatementParsesInItsDialect() {
        assertThat(new HashSet<>(all().stream().map(Case::name).toList())).hasSize(all().size());
        for (Case c : all()) {
            Differential.parse(c.postgres(), SqlDialect.POSTGRESQL);
            Differential.parse(c.mysql(), SqlDialect.MYSQL);
        }
    }
}
