package io.retort.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.sql.BeginTransaction;
import io.retort.sql.Commit;
import io.retort.sql.Insert;
import io.retort.sql.SqlDialect;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void semicolonsInStringsAndCommentsDoNotSplit() {
        assertThat(SqlScript.split("INSERT INTO t VALUES ('a;b', \"c;d\"); -- x;y\nSELECT 1; /* ; */ SELECT 2", SqlDialect.MYSQL))
                .containsExactly("INSERT INTO t VALUES ('a;b', \"c;d\")", "-- x;y\nSELECT 1", "/* ; */ SELECT 2");
        assertThat(SqlScript.split("SELECT 'it''s;'; SELECT `a;b` FROM t;", SqlDialect.MYSQL))
                .containsExactly("SELECT 'it''s;'", "SELECT `a;b` FROM t");
        assertThat(SqlScript.split("SELECT 'a\\';b'; SELECT 2", SqlDialect.MYSQL)).containsExactly("SELECT 'a\\';b'", "SELECT 2");
        assertThat(SqlScript.split("SELECT 'a\\'; SELECT 2", SqlDialect.POSTGRESQL)).containsExactly("SELECT 'a\\'", "SELECT 2");
        assertThat(SqlScript.split("SELECT E'a\\';b'; SELECT 2", SqlDialect.POSTGRESQL)).containsExactly("SELECT E'a\\';b'", "SELECT 2");
        assertThat(SqlScript.split("# note; here\nSELECT 1", SqlDialect.MYSQL)).containsExactly("# note; here\nSELECT 1");
    }

    @Test
    void dollarQuotesAndNestedComments() {
        String fn = "CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END; $body$ LANGUAGE plpgsql";
        assertThat(SqlScript.split(fn + ";\nSELECT f();", SqlDialect.POSTGRESQL)).containsExactly(fn, "SELECT f()");
        assertThat(SqlScript.split("/* a /* b; */ c; */ SELECT 1; SELECT 2", SqlDialect.POSTGRESQL))
                .containsExactly("/* a /* b; */ c; */ SELECT 1", "SELECT 2");
        assertThat(SqlScript.split("SELECT $1; SELECT $$x;$$", SqlDialect.POSTGRESQL)).containsExactly("SELECT $1", "SELECT $$x;$$");
    }

    @Test
    void procedureBodies() {
        String proc = "CREATE PROCEDURE p() BEGIN DECLARE x INT; IF x > 0 THEN SELECT 1; END IF; "
                + "SET x = CASE WHEN x > 1 THEN 2 ELSE 3 END; END";
        assertThat(SqlScript.split(proc + ";\nCALL p();", SqlDialect.MYSQL)).containsExactly(proc, "CALL p()");
        String trigger = "CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE u SET n = n + 1; END";
        assertThat(SqlScript.split(trigger + "; SELECT 1", SqlDialect.SQLITE)).containsExactly(trigger, "SELECT 1");
        // a transaction BEGIN is a statement of its own
        assertThat(SqlScript.split("BEGIN; INSERT INTO t VALUES (1); COMMIT;", SqlDialect.POSTGRESQL))
                .containsExactly("BEGIN", "INSERT INTO t VALUES (1)", "COMMIT");
    }

    @Test
    void mysqlDelimiterCommand() {
        String script = "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END//\nDELIMITER ;\nCALL p();";
        assertThat(SqlScript.split(script, SqlDialect.MYSQL))
                .containsExactly("CREATE PROCEDURE p() BEGIN SELECT 1; END", "CALL p()");
    }

    @Test
    void emptyStatementsAreDropped() {
        assertThat(SqlScript.split(" ; ;; -- only a comment\n ;", SqlDialect.ANSI)).isEmpty();
        assertThat(SqlScript.split("SELECT 1", SqlDialect.ANSI)).containsExactly("SELECT 1");
    }

    @Test
    void parseEachStatement() {
        assertThat(SqlScript.parse("BEGIN; INSERT INTO t VALUES (1); COMMIT", SqlDialect.POSTGRESQL))
                .hasExactlyElementsOfTypes(BeginTransaction.class, Insert.class, Commit.class);
    }
}
