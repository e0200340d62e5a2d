package io.retort.rewrite.differential;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.sql.SqlDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The shape of a differential test class: fresh PostgreSQL, MariaDB, H2 and SQLite databases with the
 * {@link Shop} schema and data, then every case, written for PostgreSQL and for MySQL, run on all four
 * through the translator; all eight runs must give the same rows (or update count) and leave the same state.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DifferentialSuite {

    private Differential differential;

    /** The cases of this class. */
    abstract List<Case> cases();

    /** A short name for this class's databases. */
    abstract String purpose();

    @BeforeAll
    void createDatabases() throws Exception {
        List<Target> targets = new ArrayList<>();
        try {
            targets.add(Target.postgres(purpose()));
            targets.add(Target.mariadb(purpose()));
            targets.add(Target.h2(purpose()));
            targets.add(Target.sqlite(purpose()));
        } catch (Exception | Error e) {
            for (Target t : targets) {
                t.close();
            }
            throw e;
        }
        differential = new Differential(targets, Shop.SCHEMA);
        List<String> setup = new ArrayList<>(Shop.SCHEMA);
        setup.addAll(Shop.DATA);
        differential.setup(setup);
    }

    @AfterAll
    void dropDatabases() throws Exception {
        if (differential != null) {
            differential.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyDatabaseAgrees() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Outcome[] reference = new Outcome[2];
            List<String> problems = new ArrayList<>();
            problems.addAll(differential.check(c, SqlDialect.POSTGRESQL, reference));
            problems.addAll(differential.check(c, SqlDialect.MYSQL, reference));
            assertThat(problems).as("%s: %s", c.name(), String.join("\n\n", problems)).isEmpty();
        }));
    }
}
