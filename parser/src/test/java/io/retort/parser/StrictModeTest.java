package io.retort.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.sql.Passthrough;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.sql.SQLSyntaxErrorException;
import org.junit.jupiter.api.Test;

/** Bad statements: passthrough with a reason, or in strict mode a SQLSyntaxErrorException with a caret. */
class StrictModeTest {

    @Test
    void passthroughCarriesTextReasonAndDialect() {
        Statement s = SqlParser.parse("SELECT a FORM t", SqlDialect.POSTGRESQL);
        assertThat(s).isInstanceOf(Passthrough.class);
        Passthrough p = (Passthrough) s;
        assertThat(p.sql()).isEqualTo("SELECT a FORM t");
        assertThat(p.dialect()).isEqualTo(SqlDialect.POSTGRESQL);
        assertThat(p.reason()).isEqualTo("unexpected 't', expected end of statement at line 1, column 15");
    }

    @Test
    void strictErrorNamesLineColumnAndTokenWithACaret() {
        assertThatThrownBy(() -> SqlParser.parseStrict("SELECT a,\n  b FROM t WHERE AND c = 1", SqlDialect.POSTGRESQL))
                .isInstanceOf(SQLSyntaxErrorException.class)
                .hasMessageStartingWith("Syntax error at line 2, column 18: unexpected 'AND'")
                .hasMessageContaining("\n  b FROM t WHERE AND c = 1\n                 ^\n")
                .satisfies(e -> assertThat(((SQLSyntaxErrorException) e).getSQLState()).isEqualTo("42601"));
    }

    @Test
    void mysqlLikeDialectsUse42000() {
        assertThatThrownBy(() -> SqlParser.parseStrict("SELEC 1", SqlDialect.MYSQL))
                .isInstanceOf(SQLSyntaxErrorException.class)
                .satisfies(e -> assertThat(((SQLSyntaxErrorException) e).getSQLState()).isEqualTo("42000"));
        assertThatThrownBy(() -> SqlParser.parseStrict("SELEC 1", SqlDialect.MARIADB))
                .satisfies(e -> assertThat(((SQLSyntaxErrorException) e).getSQLState()).isEqualTo("42000"));
    }

    @Test
    void unexpectedEndOfStatement() {
        assertThatThrownBy(() -> SqlParser.parseStrict("SELECT * FROM t WHERE", SqlDialect.ANSI))
                .hasMessageStartingWith("Syntax error at line 1, column 22: unexpected end of statement");
    }

    @Test
    void lexicalErrors() {
        assertThatThrownBy(() -> SqlParser.parseStrict("SELECT 'abc", SqlDialect.ANSI))
                .hasMessageStartingWith("Syntax error at line 1, column 8: unterminated string literal");
        assertThatThrownBy(() -> SqlParser.parseStrict("SELECT `a` FROM t", SqlDialect.POSTGRESQL))
                .hasMessageContaining("backtick-quoted identifiers are not PostgreSQL");
        assertThat(SqlParser.parse("SELECT 1 /* open", SqlDialect.ANSI)).isInstanceOf(Passthrough.class);
    }

    @Test
    void standaloneExpressions() throws Exception {
        assertThat(SqlParser.parseExpression("tenant_id = ? AND status IN ('a', 'b')", SqlDialect.POSTGRESQL))
                .isEqualTo(io.retort.sql.Sql.column("tenant_id").eq(io.retort.sql.Sql.param(1))
                        .and(io.retort.sql.Sql.column("status").in("a", "b")));
        assertThatThrownBy(() -> SqlParser.parseExpression("a = = 1", SqlDialect.POSTGRESQL))
                .isInstanceOf(SQLSyntaxErrorException.class).hasMessageStartingWith("Syntax error at line 1, column 5");
    }

    @Test
    void emptyStatements() {
        assertThat(((Passthrough) SqlParser.parse("  -- nothing\n", SqlDialect.ANSI)).reason()).startsWith("empty statement");
        assertThatThrownBy(() -> SqlParser.parseStrict("", SqlDialect.ANSI)).isInstanceOf(SQLSyntaxErrorException.class);
    }

    @Test
    void twoStatementsAreNotOne() {
        assertThat(SqlParser.parse("SELECT 1; SELECT 2", SqlDialect.ANSI)).isInstanceOf(Passthrough.class);
        assertThat(SqlParser.parse("SELECT 1;", SqlDialect.ANSI)).isNotInstanceOf(Passthrough.class);
    }

    @Test
    void absurdNestingIsRefused() {
        String sql = "SELECT " + "(".repeat(10_000) + "1" + ")".repeat(10_000);
        Statement s = SqlParser.parse(sql, SqlDialect.ANSI);
        assertThat(s).isInstanceOf(Passthrough.class);
        assertThat(((Passthrough) s).reason()).contains("nested more than");
        String ok = "SELECT " + "(".repeat(SqlParser.MAX_NESTING - 1) + "1" + ")".repeat(SqlParser.MAX_NESTING - 1);
        assertThat(SqlParser.parse(ok, SqlDialect.ANSI)).isNotInstanceOf(Passthrough.class);
    }

    @Test
    void longChainsDoNotRecursePerOperator() {
        StringBuilder sb = new StringBuilder("SELECT * FROM t WHERE a = 0");
        for (int i = 1; i < 20_000; i++) {
            sb.append(" OR a = ").append(i);
        }
        assertThat(SqlParser.parse(sb.toString(), SqlDialect.ANSI)).isNotInstanceOf(Passthrough.class);
    }
}
