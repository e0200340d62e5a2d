package io.retort.cli;

import io.retort.parser.corpus.ParseCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort parse-corpus FILE.tsv}: how much of a corpus of real statements the parser reads. */
@Command(name = "parse-corpus", mixinStandardHelpOptions = true,
        description = {"Parse every statement of a TSV corpus (id, dialects, category, sql) in each of its dialects and"
                + " report, per category and dialect, real trees vs passthrough, and the first failures.",
                "The last line is 'parsed: N of M (P%)'."})
final class ParseCorpusCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.tsv", description = "The corpus, e.g. ../shared/corpus/shardingsphere-sql-cases.tsv")
    Path file;

    @Option(names = "--failures", defaultValue = "30", description = "How many failures to show (default ${DEFAULT-VALUE}).")
    int failures;

    @Override
    public Integer call() {
        if (!Files.isReadable(file)) {
            System.err.println("error: cannot read " + file);
            return 2;
        }
        ParseCorpus.run(file, System.out, failures);
        return 0;
    }
}
