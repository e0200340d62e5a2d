package io.retort.parser.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCorpusTest {

    @TempDir
    Path dir;

    private String run(String tsv) throws Exception {
        Path file = dir.resolve("corpus.tsv");
        Files.writeString(file, tsv, StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = ParseCorpus.run(file, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void countsEveryDialectATagNamesAndEndsWithTheSummaryLine() throws Exception {
        String out = run("""
                id\tdialects\tcategory\tsql
                a\tall\tdml/select\tSELECT 1
                b\tmysql,postgresql\tdml/select\tSELECT a FROM t WHERE b = ?
                c\tpostgresql\tdml/insert\tINSERT INTO t VALUES (1)
                d\tmysql\tdml/weird\tSHOW ENGINE INNODB STATUS
                """);
        String[] lines = out.strip().split("\n");
        assertThat(lines[lines.length - 1]).isEqualTo("parsed: 4 of 5 (80.0%)");
        assertThat(out).contains("dml/select").contains("dml/insert").contains("dml/weird")
                .containsPattern("dml/select\\s+3 statements\\s+3 trees\\s+0 passthrough\\s+100.0%")
                .containsPattern("mysql\\s+2 statements\\s+1 trees\\s+1 passthrough\\s+50.0%")
                .containsPattern("ansi\\s+1 statements")
                .contains("first failures (1 of 1):")
                .contains("d [mysql, dml/weird]")
                .contains("SHOW ENGINE INNODB STATUS");
    }

    @Test
    void unreadableFilesAreReported() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = ParseCorpus.run(dir.resolve("missing.tsv"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("cannot read ");
    }
}
