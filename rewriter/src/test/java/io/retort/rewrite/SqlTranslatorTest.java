package io.retort.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.dialect.Dialect;
import io.retort.sql.Sql;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLSyntaxErrorException;
import org.junit.jupiter.api.Test;

/** The translator's entry points. */
class SqlTranslatorTest {

    @Test
    void translatesText() throws Exception {
        assertThat(SqlTranslator.translate("SELECT name FROM users WHERE name ILIKE $1 LIMIT 10", SqlDialect.POSTGRESQL,
                Dialect.of(SqlDialect.MYSQL)).sql()).isEqualTo("SELECT name FROM users WHERE lower(name) LIKE lower(?) LIMIT 10");
    }

    @Test
    void unreadableTextIsASyntaxError() {
        assertThatThrownBy(() -> SqlTranslator.translate("SELEC 1", SqlDialect.POSTGRESQL, Dialect.of(SqlDialect.H2)))
                .isInstanceOf(SQLSyntaxErrorException.class);
    }

    @Test
    void theSameDialectIsRenderedUnchanged() throws Exception {
        Statement s = Sql.select(Sql.column("a")).from(Sql.table("t")).where(Sql.column("a").ilike("x%"));
        assertThat(SqlTranslator.rewrite(s, SqlDialect.POSTGRESQL, Dialect.of(SqlDialect.POSTGRESQL),
                TranslationOptions.DEFAULT)).isSameAs(s);
    }

    @Test
    void coreApiTreesTranslateFromTheStandard() throws Exception {
        Statement s = Sql.select(Sql.column("a")).from(Sql.table("t")).where(Sql.column("a").ilike("x%")).limit(5);
        assertThat(SqlTranslator.translate(s, SqlDialect.ANSI, Dialect.of(SqlDialect.SQLSERVER)).sql())
                .isEqualTo("SELECT TOP (5) a FROM t WHERE lower(a) LIKE lower('x%')");
    }

    @Test
    void failuresNameTheConstructTheSourceAndTheTarget() {
        assertThatThrownBy(() -> SqlTranslator.translate("SELECT id FROM t WHERE name ~ 'a'", SqlDialect.POSTGRESQL,
                Dialect.of(SqlDialect.SQLITE)))
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessageContaining("regular expression").hasMessageContaining("postgresql").hasMessageContaining("SQLite");
    }

    @Test
    void schemaInformationDecidesTypeDependentTranslations() throws Exception {
        Statement s = io.retort.parser.SqlParser.parse("SELECT a / b FROM t", SqlDialect.POSTGRESQL);
        Dialect mysql = Dialect.of(SqlDialect.MYSQL);
        assertThatThrownBy(() -> SqlTranslator.translate(s, SqlDialect.POSTGRESQL, mysql))
                .hasMessageContaining("the operand types are unknown");
        SchemaInfo ints = SchemaInfo.fromDdl(java.util.List.of(io.retort.parser.SqlParser.parse(
                "CREATE TABLE t (a INT, b INT)", SqlDialect.POSTGRESQL)));
        assertThat(SqlTranslator.translate(s, SqlDialect.POSTGRESQL, mysql, TranslationOptions.of(ints)).sql())
                .isEqualTo("SELECT a DIV b FROM t");
    }
}
