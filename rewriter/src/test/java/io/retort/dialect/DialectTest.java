package io.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.sql.Sql;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.sql.SQLFeatureNotSupportedException;
import org.junit.jupiter.api.Test;

/** Dialect factories, versions, capabilities and the rendered result. */
class DialectTest {

    @Test
    void forDatabaseReadsWhatDatabaseMetaDataReports() {
        assertThat(Dialect.forDatabase("PostgreSQL", 15, 4).family()).isEqualTo(SqlDialect.POSTGRESQL);
        assertThat(Dialect.forDatabase("MariaDB", 10, 11).family()).isEqualTo(SqlDialect.MARIADB);
        assertThat(Dialect.forDatabase("MySQL", 8, 0).family()).isEqualTo(SqlDialect.MYSQL);
        assertThat(Dialect.forDatabase("H2", 2, 3).family()).isEqualTo(SqlDialect.H2);
        assertThat(Dialect.forDatabase("SQLite", 3, 46).family()).isEqualTo(SqlDialect.SQLITE);
        assertThat(Dialect.forDatabase("Oracle", 19, 0).family()).isEqualTo(SqlDialect.ORACLE);
        assertThat(Dialect.forDatabase("Microsoft SQL Server", 16, 0).family()).isEqualTo(SqlDialect.SQLSERVER);
        assertThatThrownBy(() -> Dialect.forDatabase("Informix", 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Informix");
    }

    @Test
    void aMariaDbServerSeenThroughMySqlsDriverIsMariaDb() {
        Dialect d = Dialect.forDatabase("MySQL", "5.5.5-10.11.19-MariaDB-0+deb12u1", 5, 5);
        assertThat(d.family()).isEqualTo(SqlDialect.MARIADB);
        assertThat(d.version()).isEqualTo(DatabaseVersion.of(10, 11, 19));
    }

    @Test
    void theProductVersionGivesThePatchLevel() {
        Dialect d = Dialect.forDatabase("MySQL", "8.0.35", 8, 0);
        assertThat(d.version()).isEqualTo(DatabaseVersion.of(8, 0, 35));
        assertThat(d.supports(Capability.SUPPORTS_INSERT_ROW_ALIAS)).isTrue();
        assertThat(Dialect.forDatabase("MySQL", 8, 0).supports(Capability.SUPPORTS_INSERT_ROW_ALIAS)).isFalse();
    }

    @Test
    void capabilitiesDependOnTheVersion() {
        assertThat(Dialect.of(SqlDialect.MARIADB, 10, 5).supports(Capability.SUPPORTS_RETURNING)).isTrue();
        assertThat(Dialect.of(SqlDialect.MARIADB, 10, 5).supports(Capability.SUPPORTS_SKIP_LOCKED)).isFalse();
        assertThat(Dialect.of(SqlDialect.MARIADB, 10, 6).supports(Capability.SUPPORTS_SKIP_LOCKED)).isTrue();
        assertThat(Dialect.of(SqlDialect.POSTGRESQL, 12, 0).supports(Capability.SUPPORTS_FETCH_WITH_TIES)).isFalse();
        assertThat(Dialect.of(SqlDialect.POSTGRESQL, 13, 0).supports(Capability.SUPPORTS_FETCH_WITH_TIES)).isTrue();
        assertThat(Dialect.of(SqlDialect.SQLITE, 3, 38).supports(Capability.SUPPORTS_JSON_ARROW)).isTrue();
        assertThat(Dialect.of(SqlDialect.SQLITE).supports(Capability.SUPPORTS_ROW_LOCKS)).isFalse();
        assertThat(Dialect.of(SqlDialect.MYSQL).supports(Capability.SUPPORTS_RETURNING)).isFalse();
    }

    @Test
    void dialectsAreValuesOfFamilyAndVersion() {
        assertThat(Dialect.of(SqlDialect.H2, 2, 1)).isEqualTo(Dialect.of(SqlDialect.H2)).hasSameHashCodeAs(Dialect.of(SqlDialect.H2));
        assertThat(Dialect.of(SqlDialect.H2, 2, 3)).isNotEqualTo(Dialect.of(SqlDialect.H2));
        assertThat(Dialect.of(SqlDialect.MARIADB, 10, 6).displayName()).isEqualTo("MariaDB 10.6");
        assertThat(Dialect.of(SqlDialect.MARIADB).withVersion(DatabaseVersion.of(11, 4)).version())
                .isEqualTo(DatabaseVersion.of(11, 4));
    }

    @Test
    void versionsParseAndCompare() {
        assertThat(DatabaseVersion.parse("10.11.19-MariaDB")).isEqualTo(DatabaseVersion.of(10, 11, 19));
        assertThat(DatabaseVersion.parse("PostgreSQL 15.4")).isEqualTo(DatabaseVersion.of(15, 4));
        assertThat(DatabaseVersion.parse("3")).isEqualTo(DatabaseVersion.of(3, 0));
        assertThat(DatabaseVersion.of(8, 0, 31).atLeast(8, 0, 19)).isTrue();
        assertThat(DatabaseVersion.of(8, 0, 3).atLeast(8, 0, 19)).isFalse();
        assertThatThrownBy(() -> DatabaseVersion.parse("beta")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void renderedSqlSaysWhichSourceParameterEachMarkerBinds() throws Exception {
        Statement s = Sql.select(Sql.column("id")).from(Sql.table("t"))
                .where(Sql.column("a").eq(Sql.numberedParam(2)).and(Sql.column("b").eq(Sql.numberedParam(1))));
        RenderedSql r = Dialect.of(SqlDialect.POSTGRESQL).render(s);
        assertThat(r.sql()).isEqualTo("SELECT id FROM t WHERE a = ? AND b = ?");
        assertThat(r.parameterCount()).isEqualTo(2);
        assertThat(r.sourceIndexes()).containsExactly(2, 1);
        assertThat(r.sourceIndex(1)).isEqualTo(2);
        assertThat(r.bindsInSourceOrder()).isFalse();
        assertThat(Dialect.of(SqlDialect.POSTGRESQL).render(s, RenderOptions.AS_WRITTEN).sql())
                .isEqualTo("SELECT id FROM t WHERE a = $2 AND b = $1");
    }

    @Test
    void whatADatabaseCannotSayIsRefusedWith0A000() {
        Statement s = Sql.select(Sql.column("id")).from(Sql.table("t")).where(Sql.column("name").ilike("a%"));
        assertThatThrownBy(() -> Dialect.of(SqlDialect.MYSQL).render(s))
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessageContaining("ILIKE").hasMessageContaining("MySQL 8.0").hasMessageContaining("mysql")
                .satisfies(e -> assertThat(((SQLFeatureNotSupportedException) e).getSQLState()).isEqualTo("0A000"));
    }

    @Test
    void reservedWordsAreFoundInAnyCase() {
        WordSet words = new WordSet("SELECT ORDER KEY");
        assertThat(words.contains("select")).isTrue();
        assertThat(words.contains("Order")).isTrue();
        assertThat(words.contains("orders")).isFalse();
        assertThat(words.contains("")).isFalse();
    }

    @Test
    void aPassthroughRunsOnlyWhereItWasWritten() throws Exception {
        Statement p = new io.retort.sql.Passthrough("VACUUM t", "not parsed", SqlDialect.POSTGRESQL,
                io.retort.sql.Comments.NONE);
        RenderedSql r = Dialect.of(SqlDialect.POSTGRESQL).render(p);
        assertThat(r.sql()).isEqualTo("VACUUM t");
        assertThat(r.verbatim()).isTrue();
        assertThatThrownBy(() -> Dialect.of(SqlDialect.H2).render(p))
                .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("could not parse");
    }
}
