package io.retort.jmh;

import io.retort.sql.Passthrough;
import io.retort.sql.SqlDialect;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.config.Lex;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.babel.SqlBabelParserImpl;
import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.apache.shardingsphere.sql.parser.api.CacheOption;
import org.apache.shardingsphere.sql.parser.api.SQLParserEngine;
import org.apache.shardingsphere.sql.parser.api.SQLStatementVisitorEngine;

/**
 * The parsers the parser benchmark compares, each set up for the dialect the statements are written
 * in ({@code postgresql} or {@code mysql}), each producing its own statement model (not only a parse
 * tree), so that model construction is measured everywhere:
 *
 * <ul>
 *   <li>{@code retort}: {@code io.retort.parser.SqlParser.parse(sql, dialect)}: the Retort model;
 *       a {@link Passthrough} (not understood) is a failure here;</li>
 *   <li>{@code calcite}: calcite-core's default parser ({@code SqlParserImpl}) with
 *       {@code SqlConformanceEnum.LENIENT} and PostgreSQL-like lexing (double quotes, unquoted
 *       names folded to lower case) for postgresql, {@code Lex.MYSQL} with
 *       {@code SqlConformanceEnum.MYSQL_5} for mysql; returns a {@code SqlNode} tree;</li>
 *   <li>{@code calcite-babel}: the same settings with calcite-babel's parser
 *       ({@code SqlBabelParserImpl}, the grammar that accepts the most dialect syntax) and
 *       {@code SqlConformanceEnum.BABEL} for postgresql;</li>
 *   <li>{@code jsqlparser}: {@code CCJSqlParserUtil.parse(sql)}, the API its documentation shows. It
 *       runs each parse on a new single-thread executor (for its time-out), so this includes starting
 *       a thread;</li>
 *   <li>{@code jsqlparser-direct}: {@code CCJSqlParserUtil.newParser(sql).Statement()}, the same
 *       grammar on the calling thread, without the executor: JSqlParser's best case;</li>
 *   <li>{@code shardingsphere}: ShardingSphere 5.5.2's {@code SQLParserEngine} (ANTLR, its parse-tree
 *       cache bypassed with {@code useCache=false}) followed by {@code SQLStatementVisitorEngine.visit},
 *       which builds its {@code SQLStatement} objects; database type {@code MySQL} or {@code PostgreSQL}.</li>
 * </ul>
 */
final class SqlParsers {

    /** One parser, ready for one dialect. Returns the parser's statement object. */
    @FunctionalInterface
    interface Parser {
        Object parse(String sql) throws Exception;
    }

    /** The benchmark's {@code parser} parameter values. */
    static final String[] NAMES = {"retort", "calcite", "calcite-babel", "jsqlparser", "jsqlparser-direct", "shardingsphere"};

    private SqlParsers() {}

    static Parser create(String parser, String dialect) {
        boolean mysql = switch (dialect) {
            case "postgresql" -> false;
            case "mysql" -> true;
            default -> throw new IllegalArgumentException("dialect must be postgresql or mysql, not " + dialect);
        };
        return switch (parser) {
            case "retort" -> retort(mysql ? SqlDialect.MYSQL : SqlDialect.POSTGRESQL);
            case "calcite" -> calcite(calciteConfig(mysql, false));
            case "calcite-babel" -> calcite(calciteConfig(mysql, true));
            case "jsqlparser" -> CCJSqlParserUtil::parse;
            case "jsqlparser-direct" -> sql -> CCJSqlParserUtil.newParser(sql).Statement();
            case "shardingsphere" -> shardingSphere(mysql ? "MySQL" : "PostgreSQL");
            default -> throw new IllegalArgumentException("unknown parser " + parser + "; one of " + String.join(", ", NAMES));
        };
    }

    private static Parser retort(SqlDialect dialect) {
        return sql -> {
            io.retort.sql.Statement s = io.retort.parser.SqlParser.parse(sql, dialect);
            if (s instanceof Passthrough p) {
                throw new IllegalStateException("Retort did not understand the statement: " + p.reason());
            }
            return s;
        };
    }

    private static SqlParser.Config calciteConfig(boolean mysql, boolean babel) {
        SqlParser.Config config = SqlParser.config();
        if (mysql) {
            config = config.withLex(Lex.MYSQL).withConformance(SqlConformanceEnum.MYSQL_5);
        } else {
            config = config.withQuoting(Quoting.DOUBLE_QUOTE)
                    .withUnquotedCasing(Casing.TO_LOWER)
                    .withQuotedCasing(Casing.UNCHANGED)
                    .withConformance(babel ? SqlConformanceEnum.BABEL : SqlConformanceEnum.LENIENT);
        }
        return babel ? config.withParserFactory(SqlBabelParserImpl.FACTORY) : config;
    }

    private static Parser calcite(SqlParser.Config config) {
        return sql -> SqlParser.create(sql, config).parseStmt();
    }

    private static Parser shardingSphere(String databaseType) {
        // Cache sizes only matter for parse(sql, true); the benchmark parses with useCache=false.
        SQLParserEngine engine = new SQLParserEngine(databaseType, new CacheOption(128, 1024));
        SQLStatementVisitorEngine visitor = new SQLStatementVisitorEngine(databaseType);
        return sql -> visitor.visit(engine.parse(sql, false));
    }
}
