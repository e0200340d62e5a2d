package io.retort.orm;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The first column of each row of an ORM query: entities or values. Read it once, with {@link #all()},
 * {@link #one()}, {@link #first()} or {@link #stream()} (which reads rows as they are consumed, in chunks,
 * so that a large result never sits in memory: close the stream, or use try-with-resources).
 *
 * <pre>{@code
 * List<User> all = session.scalars(select(User.class)).all();
 * try (Stream<User> users = session.scalars(select(User.class)).stream()) { users.forEach(...); }
 * }</pre>
 */
public final class ScalarResult<T> implements AutoCloseable, Iterable<T> {

    private final QueryCursor cursor;
    private final Function<Object[], T> mapper;

    ScalarResult(QueryCursor cursor, Function<Object[], T> mapper) {
        this.cursor = cursor;
        this.mapper = mapper;
    }

    @SuppressWarnings("unchecked")
    static <T> ScalarResult<T> firstColumn(QueryCursor cursor) {
        return new ScalarResult<>(cursor, row -> (T) row[0]);
    }

    /** Every value. */
    public List<T> all() throws SQLException {
        try {
            List<T> out = new ArrayList<>();
            List<Object[]> chunk;
            while ((chunk = cursor.nextChunk()) != null) {
                for (Object[] row : chunk) {
                    out.add(mapper.apply(row));
                }
            }
            return out;
        } finally {
            cursor.close();
        }
    }

    /**
     * Exactly one value.
     *
     * @throws SQLException SQLState 02000 when there is no row, 21000 when there are several
     */
    public T one() throws SQLException {
        List<T> all = all();
        if (all.isEmpty()) {
            throw new SQLException("the query returned no row, one was expected: " + cursor.describe(), "02000");
        }
        if (all.size() > 1) {
            throw new SQLException("the query returned " + all.size() + " rows, one was expected: " + cursor.describe(),
                    "21000");
        }
        return all.get(0);
    }

    /** One value or null; several are an error (SQLState 21000). */
    public T oneOrNull() throws SQLException {
        List<T> all = all();
        if (all.size() > 1) {
            throw new SQLException("the query returned " + all.size() + " rows, at most one was expected: "
                    + cursor.describe(), "21000");
        }
        return all.isEmpty() ? null : all.get(0);
    }

    /** The first value, or null; the rest of the result is discarded. */
    public T first() throws SQLException {
        cursor.maxChunk = 1;
        try {
            List<Object[]> chunk = cursor.nextChunk();
            return chunk == null || chunk.isEmpty() ? null : mapper.apply(chunk.get(0));
        } finally {
            cursor.close();
        }
    }

    /** The values as they are read; close the stream when done (it closes the statement). */
    public Stream<T> stream() {
        cursor.streaming = true;
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false)
                .onClose(cursor::close);
    }

    /** Reads rows as they are consumed; database errors surface as {@link OrmDataAccessException}. */
    @Override
    public Iterator<T> iterator() {
        cursor.streaming = true;
        return new Iterator<>() {
            private List<Object[]> chunk;
            private int index;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (!done && (chunk == null || index >= chunk.size())) {
                    try {
                        chunk = cursor.nextChunk();
                    } catch (SQLException e) {
                        cursor.close();
                        throw new OrmDataAccessException(e);
                    }
                    index = 0;
                    if (chunk == null) {
                        done = true;
                        cursor.close();
                    }
                }
                return !done;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return mapper.apply(chunk.get(index++));
            }
        };
    }

    @Override
    public void close() {
        cursor.close();
    }
}
