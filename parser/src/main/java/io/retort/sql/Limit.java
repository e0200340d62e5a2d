package io.retort.sql;

/**
 * Row limiting, whatever the syntax ({@code LIMIT n OFFSET m}, MySQL's {@code LIMIT m, n}, {@code OFFSET m ROWS FETCH
 * FIRST n ROWS ONLY|WITH TIES}); {@code count} is null for {@code LIMIT ALL} or OFFSET alone.
 */
public record Limit(Expression count, Expression offset, boolean withTies) implements Clause {

    /** {@code LIMIT count [OFFSET offset]}; numbers become literals. */
    public static Limit of(Object count, Object offset) {
        return new Limit(Sql.rowCount(count), Sql.rowCount(offset), false);
    }
}
