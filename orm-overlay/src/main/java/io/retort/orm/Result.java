package io.retort.orm;

import io.retort.orm.metamodel.Selection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rows of {@link Session#execute}: one {@link Row} per result row; {@link #scalars()} for the first
 * column only.
 *
 * <pre>{@code
 * List<Row> rows = session.execute(select(User_.name, Functions.count(Address_.id)).join(User_.addresses)
 *         .groupBy(User_.name)).all();
 * }</pre>
 */
public final class Result implements AutoCloseable, Iterable<Row> {

    private final ScalarResult<Row> rows;
    private final QueryCursor cursor;

    Result(QueryCursor cursor, List<Selection<?>> selections) {
        this.cursor = cursor;
        this.rows = new ScalarResult<>(cursor, values -> new Row(selections, values));
    }

    public List<Row> all() throws SQLException {
        return rows.all();
    }

    /** Exactly one row (SQLState 02000 for none, 21000 for several). */
    public Row one() throws SQLException {
        return rows.one();
    }

    public Row oneOrNull() throws SQLException {
        return rows.oneOrNull();
    }

    /** The first row or null. */
    public Row first() throws SQLException {
        return rows.first();
    }

    public Stream<Row> stream() {
        return rows.stream();
    }

    /** The first column of each row. */
    public <T> ScalarResult<T> scalars() {
        return ScalarResult.firstColumn(cursor);
    }

    @Override
    public Iterator<Row> iterator() {
        return rows.iterator();
    }

    @Override
    public void close() {
        cursor.close();
    }
}
