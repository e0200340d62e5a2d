/**
 * Cross-dialect translation: tree-to-tree rewrite passes, chosen by what a statement means in the
 * dialect it was written in and what the target database can express, followed by the target's
 * rendering. Never string edits, and never SQL that means something else: where no faithful form
 * exists, {@link io.retort.rewrite.SqlTranslator} throws a {@link java.sql.SQLFeatureNotSupportedException}
 * (SQLState 0A000) naming the construct, the source and the target.
 *
 * <p>Some meanings depend on the schema (does {@code a / b} divide integers? can {@code c} be NULL in
 * {@code ORDER BY c}? which unique key does MySQL's {@code ON DUPLICATE KEY UPDATE} mean?):
 * {@link io.retort.rewrite.SchemaInfo} answers, from {@link io.retort.rewrite.JdbcSchemaInfo database
 * metadata} or from CREATE TABLE statements; without it the translator assumes the worst.
 *
 * <pre>{@code
 * Statement s = SqlParser.parse(sql, SqlDialect.POSTGRESQL);
 * RenderedSql out = SqlTranslator.translate(s, SqlDialect.POSTGRESQL, Dialect.of(SqlDialect.MYSQL),
 *         TranslationOptions.of(JdbcSchemaInfo.of(connection)));
 * }</pre>
 */
package io.retort.rewrite;
