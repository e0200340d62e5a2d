package io.retort.rewrite.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.parser.SqlParser;
import io.retort.sql.Passthrough;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parse, print in the same dialect, parse again: the same tree. Over this module's golden statements
 * and statements of every dialect the parser reads ({@code roundtrip/statements.tsv}), and the
 * statements of the parser's own golden tests ({@code roundtrip/parser-golden.tsv}).
 */
class RoundTripTest {

    static Stream<Arguments> statements() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String file : new String[] {"/roundtrip/statements.tsv", "/roundtrip/parser-golden.tsv"}) {
            try (InputStream in = RoundTripTest.class.getResourceAsStream(file)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String[] cols = line.split("\t", 2);
                    if (cols.length == 2) {
                        out.add(Arguments.of(cols[0].equals("all") ? SqlDialect.ANSI : SqlDialect.fromName(cols[0]),
                                cols[1]));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("statements")
    void printsBackToTheSameTree(SqlDialect dialect, String sql) {
        Statement tree = SqlParser.parse(sql, dialect);
        if (tree instanceof Passthrough) {
            return; // not a tree: nothing to print
        }
        assertThat(RoundTripCorpus.roundTrip(tree, dialect)).as(sql).isNull();
    }
}
