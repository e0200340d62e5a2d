package io.retort.cli;

import io.retort.rewrite.corpus.RoundTripCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort roundtrip-corpus FILE.tsv}: parse -> render -> parse gives the same tree, for every statement that parses. */
@Command(name = "roundtrip-corpus", mixinStandardHelpOptions = true,
        description = "For every statement of a TSV corpus that parses, check that rendering it in its own dialect and"
                + " parsing the result gives the same tree; report per category.")
final class RoundTripCorpusCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.tsv", description = "The corpus, e.g. ../shared/corpus/shardingsphere-sql-cases.tsv")
    Path file;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(file)) {
            System.err.println("error: cannot read " + file);
            return 2;
        }
        RoundTripCorpus.run(file, System.out);
        return 0;
    }
}
