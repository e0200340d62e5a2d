package io.retort.rewrite;

import io.retort.sql.Expression;
import io.retort.sql.Limit;
import io.retort.sql.NumberLiteral;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import io.retort.sql.Truncate;

/**
 * Makes defaults and idioms that differ between databases explicit in the tree. TRUNCATE resets the
 * identity counter in MySQL and SQL Server and keeps it elsewhere: the source's behaviour is written
 * out when the target's default differs. MySQL's {@code LIMIT 18446744073709551615} and SQLite's
 * {@code LIMIT -1} are their way of saying "no limit": the limit goes.
 */
final class SourceDefaults implements RewritePass {

    @Override
    public Statement apply(Statement statement, Translation t) {
        if (t.sourceIsMySql() || t.sourceFamily == SqlDialect.SQLITE) {
            statement = statement.transform(n -> n instanceof Limit l && unlimited(l.count(), t)
                    ? new Limit(null, l.offset(), l.withTies()) : n);
        }
        if (statement instanceof Truncate tr && tr.identity() == null) {
            String source = resets(t.sourceFamily) ? "RESTART" : "CONTINUE";
            String target = resets(t.targetFamily()) ? "RESTART" : "CONTINUE";
            if (!source.equals(target)) {
                return new Truncate(tr.tables(), source, tr.behavior(), tr.comments());
            }
        }
        return statement;
    }

    /** MySQL's {@code LIMIT 18446744073709551615} and SQLite's {@code LIMIT -1}: every row. */
    private static boolean unlimited(Expression count, Translation t) {
        if (t.sourceFamily == SqlDialect.SQLITE) {
            Long n = Trees.integerValue(count);
            return n != null && n < 0;
        }
        return count instanceof NumberLiteral n && n.text().length() >= 19
                && new java.math.BigInteger(n.text()).compareTo(java.math.BigInteger.valueOf(Long.MAX_VALUE)) >= 0;
    }

    private static boolean resets(SqlDialect d) {
        return d.isMySqlFamily() || d == SqlDialect.SQLSERVER;
    }
}
