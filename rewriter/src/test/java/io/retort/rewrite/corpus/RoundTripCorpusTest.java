package io.retort.rewrite.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus runner's report, on a small corpus of this project's own and on the shared one when present. */
class RoundTripCorpusTest {

    @Test
    void reportsPerCategoryAndALastLine(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("small.tsv");
        Files.writeString(tsv, """
                id\tdialects\tcategory\tsql
                a\tmysql,postgresql\tdml/select\tSELECT id FROM t WHERE a = ? LIMIT 10
                b\tpostgresql\tdml/insert\tINSERT INTO t (a) VALUES ($1) ON CONFLICT (a) DO NOTHING RETURNING id
                c\tall\tddl/create-table\tCREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(10))
                d\tmysql\tdml/select\tTHIS IS NOT SQL
                """);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int failures = RoundTripCorpus.run(tsv, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String report = bytes.toString(StandardCharsets.UTF_8);
        assertThat(failures).isZero();
        assertThat(report).contains("dml/select").contains("ddl/create-table");
        assertThat(report.strip()).endsWith("round-trip: 4 of 4 parsed (100.0%)");
    }

    @Test
    void aFailureIsShownWithTheRenderedSqlAndWhereTheTreesDiffer() {
        String diff = RoundTripCorpus.difference("Select[a=1, b=2]", "Select[a=1, b=3]");
        assertThat(diff).contains("b=2").contains("b=3");
    }

    /** The shared ShardingSphere corpus (read in place, never copied): every parsed statement round-trips. */
    @Test
    void sharedCorpus() throws Exception {
        Path tsv = Path.of("..", "..", "shared", "corpus", "shardingsphere-sql-cases.tsv");
        Assumptions.assumeTrue(Files.exists(tsv), "the shared corpus is not on this machine");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int failures = RoundTripCorpus.run(tsv, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(failures).as(bytes.toString(StandardCharsets.UTF_8)).isZero();
    }
}
