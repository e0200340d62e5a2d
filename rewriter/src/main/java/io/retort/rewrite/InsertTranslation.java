package io.retort.rewrite;

import io.retort.dialect.UnsupportedConstruct;
import io.retort.sql.*;

/**
 * INSERT details outside upserts: SQLite has no DEFAULT keyword among VALUES, and Oracle none for
 * {@code DEFAULT VALUES}.
 */
final class InsertTranslation implements RewritePass {

    @Override
    public Statement apply(Statement statement, Translation t) {
        if (statement instanceof Insert i && t.targetIs(SqlDialect.SQLITE) && i.source() instanceof Values v) {
            for (RowValue row : v.rows()) {
                for (Expression e : row.values()) {
                    if (e instanceof DefaultValue) {
                        throw new UnsupportedConstruct("DEFAULT among INSERT values", "SQLite has none; leave the column out");
                    }
                }
            }
        }
        if (statement instanceof Insert i && t.targetIs(SqlDialect.ORACLE) && i.source() instanceof DefaultValues) {
            throw new UnsupportedConstruct("INSERT ... DEFAULT VALUES", "");
        }
        return statement;
    }
}
