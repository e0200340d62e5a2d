/**
 * SQL text to model: {@link io.retort.parser.SqlParser} (one statement; passthrough or
 * {@link java.sql.SQLSyntaxErrorException} when it cannot be read), {@link io.retort.parser.SqlScript}
 * (splitting scripts) and {@link io.retort.parser.corpus.ParseCorpus} (measuring a corpus).
 *
 * <pre>{@code
 * Statement s = SqlParser.parse("SELECT * FROM t WHERE id = $1", SqlDialect.POSTGRESQL);
 * }</pre>
 *
 * The lexer is hand-written and dialect-aware; the grammar ({@code RetortSqlParser.g4}, package
 * {@code io.retort.parser.grammar}, generated at build time) is internal.
 */
package io.retort.parser;
