/**
 * The SQL expression model and the Core API.
 *
 * <p>Every statement, expression, FROM item and clause is an immutable record implementing a sealed
 * interface ({@link io.retort.sql.Statement}, {@link io.retort.sql.Expression}, {@link io.retort.sql.FromItem},
 * {@link io.retort.sql.Clause}), so switches over them can be exhaustive. {@link io.retort.sql.Node} gives
 * every node {@code children()}, {@code mapChildren()}, {@code transform()} (bottom-up rewrite),
 * {@code walk()} and {@code findAll()}; {@link io.retort.sql.Statements} answers common questions
 * (referenced tables, parameters); {@link io.retort.sql.StatementShape} is the structural cache key.
 *
 * <p>{@link io.retort.sql.Sql} builds the same trees the parser produces:
 * <pre>{@code
 * Select q = select(column("id"), column("name")).from(table("users")).where(column("id").eq(param(1)));
 * }</pre>
 * {@link io.retort.sql.MetaData} and {@link io.retort.sql.Table} describe tables in code and give their DDL.
 *
 * <p>Conventions: identifiers keep their text as written and whether they were quoted (not the quote
 * character); optional parts are {@code null}, repeated parts are empty lists; operators are stored by
 * meaning (MySQL's {@code ||} is OR); parentheses are not nodes, precedence is in the tree; comments are
 * kept in {@link io.retort.sql.Comments}.
 */
package io.retort.sql;
