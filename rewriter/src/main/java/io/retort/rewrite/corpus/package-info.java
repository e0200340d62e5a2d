/**
 * The printers' round trip over a corpus of statements: {@link io.retort.rewrite.corpus.RoundTripCorpus}.
 */
package io.retort.rewrite.corpus;
