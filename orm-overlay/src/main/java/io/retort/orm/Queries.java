package io.retort.orm;

import io.retort.orm.metamodel.Selection;
import java.sql.SQLException;
import java.util.List;

/** Runs ORM queries: autoflush, the shards to ask (execute chooser), and the cursor. */
final class Queries {

    private Queries() {
    }

    static <T> ScalarResult<T> scalars(Session s, Select<T> select) throws SQLException {
        return ScalarResult.firstColumn(cursor(s, select));
    }

    static Result execute(Session s, Select<?> select) throws SQLException {
        List<Selection<?>> selections = select.selections;
        return new Result(cursor(s, select), selections);
    }

    private static QueryCursor cursor(Session s, Select<?> select) throws SQLException {
        s.autoflush();
        List<Shard> shards = List.of(Shard.SINGLE);
        if (s.routing.sharded()) {
            // The compiled layout names the primary entity; compile once against the first data source to find it.
            CompiledQuery probe = QueryCompiler.compile(s.registry, s.factory.dialect(), select);
            shards = s.routing.shardsForQuery(probe.primary, select.where, select.shard);
        }
        return new QueryCursor(s, select, shards);
    }
}
