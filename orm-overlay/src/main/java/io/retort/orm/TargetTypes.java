package io.retort.orm;

import io.retort.dialect.Dialect;
import io.retort.rewrite.SqlTranslator;
import io.retort.rewrite.TranslationOptions;
import io.retort.sql.Cast;
import io.retort.sql.DataType;
import io.retort.sql.Select;
import io.retort.sql.Sql;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Column types (written as PostgreSQL writes them in the mappings) spelled for another database, by
 * asking the rewriter to translate a CAST to the type.
 */
final class TargetTypes {

    private static final Map<Object, DataType> CACHE = new ConcurrentHashMap<>();

    private TargetTypes() {
    }

    record Key(DataType type, Dialect dialect) {
    }

    static DataType of(DataType postgresType, Dialect target) throws SQLException {
        if (target.family() == SqlDialect.POSTGRESQL) {
            return postgresType;
        }
        Key key = new Key(postgresType, target);
        DataType cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        Statement s = SqlTranslator.rewrite(Sql.select(Sql.cast(Sql.NULL, postgresType)), SqlDialect.POSTGRESQL, target,
                TranslationOptions.DEFAULT);
        DataType out = postgresType;
        if (s instanceof Select sel && !sel.items().isEmpty() && sel.items().get(0).expression() instanceof Cast c) {
            out = c.type();
        }
        CACHE.put(key, out);
        return out;
    }
}
