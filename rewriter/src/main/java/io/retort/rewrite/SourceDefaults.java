package io.retort.rewrite;

import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import io.retort.sql.Truncate;

/**
 * Makes defaults that differ between databases explicit in the tree. TRUNCATE resets the identity
 * counter in MySQL and SQL Server and keeps it elsewhere: the source's behaviour is written out when
 * the target's default differs.
 */
final class SourceDefaults implements RewritePass {

    @Override
    public Statement apply(Statement statement, Translation t) {
        if (statement instanceof Truncate tr && tr.identity() == null) {
            String source = resets(t.sourceFamily) ? "RESTART" : "CONTINUE";
            String target = resets(t.targetFamily()) ? "RESTART" : "CONTINUE";
            if (!source.equals(target)) {
                return new Truncate(tr.tables(), source, tr.behavior(), tr.comments());
            }
        }
        return statement;
    }

    private static boolean resets(SqlDialect d) {
        return d.isMySqlFamily() || d == SqlDialect.SQLSERVER;
    }
}
