package io.retort.parser.grammar;

import io.retort.sql.SqlDialect;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.TokenStream;

/**
 * Superclass of the generated {@link RetortSqlParser}: holds the source dialect for the few grammar
 * predicates that depend on it. Internal to the parser module.
 */
public abstract class SqlParserBase extends Parser {

    private SqlDialect dialect = SqlDialect.ANSI;

    protected SqlParserBase(TokenStream input) {
        super(input);
    }

    public void setDialect(SqlDialect dialect) {
        this.dialect = dialect;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /** PostgreSQL's {@code type 'literal'} syntax ({@code int4 '1'}, {@code box '...'}). */
    protected boolean isPostgres() {
        return dialect == SqlDialect.POSTGRESQL;
    }
}
