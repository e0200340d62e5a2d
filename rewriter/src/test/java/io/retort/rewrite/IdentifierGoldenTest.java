package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** Identifiers: quoting per database, case folding across databases, reserved words. */
class IdentifierGoldenTest {

    @Test
    void quotedIdentifiersKeepTheirCase() {
        sql("SELECT \"userName\", \"Mixed Case\" FROM \"Orders\"")
                .ok("SELECT \"userName\", \"Mixed Case\" FROM \"Orders\"", POSTGRESQL, SQLITE, H2, ORACLE)
                .ok("SELECT `userName`, `Mixed Case` FROM `Orders`", MYSQL, MARIADB)
                .ok(SQLSERVER, "SELECT [userName], [Mixed Case] FROM [Orders]");
    }

    @Test
    void redundantQuotesDisappear() {
        sql("SELECT \"id\", \"name\" FROM \"users\"")
                .ok(POSTGRESQL, "SELECT \"id\", \"name\" FROM \"users\"")
                .ok("SELECT id, name FROM users", MYSQL, MARIADB, SQLITE, H2, ORACLE, SQLSERVER);
    }

    @Test
    void reservedWordsAreQuotedInTheTargetsCase() {
        sql("SELECT \"user\", \"select\", \"order\", \"value\", \"key\", \"rank\" FROM t")
                .ok(POSTGRESQL, "SELECT \"user\", \"select\", \"order\", \"value\", \"key\", \"rank\" FROM t")
                .ok(MYSQL, "SELECT user, `select`, `order`, value, `key`, `rank` FROM t")
                .ok(MARIADB, "SELECT user, `select`, `order`, value, `key`, rank FROM t")
                .ok(SQLITE, "SELECT user, \"select\", \"order\", value, key, rank FROM t")
                .ok(H2, "SELECT \"USER\", \"SELECT\", \"ORDER\", \"VALUE\", \"KEY\", rank FROM t")
                .ok(ORACLE, "SELECT \"USER\", \"SELECT\", \"ORDER\", value, key, rank FROM t")
                .ok(SQLSERVER, "SELECT [user], [select], [order], value, [key], rank FROM t");
    }

    @Test
    void unquotedNamesFoldLikeTheSource() {
        sql("SELECT Id, UserName FROM Users")
                .ok("SELECT Id, UserName FROM Users", POSTGRESQL, SQLITE, H2, ORACLE, SQLSERVER)
                .ok("SELECT id, username FROM users", MYSQL, MARIADB);
    }

    @Test
    void qualifiedNames() {
        sql("SELECT s.t.c, t.* FROM s.t")
                .ok("SELECT s.t.c, t.* FROM s.t", POSTGRESQL, MYSQL, MARIADB, SQLITE, H2, ORACLE, SQLSERVER);
    }

    @Test
    void aliases() {
        sql("SELECT a AS \"Total\", b total FROM t x JOIN u y ON x.id = y.id")
                .ok("SELECT a AS \"Total\", b AS total FROM t AS x JOIN u AS y ON x.id = y.id", POSTGRESQL, SQLITE, H2)
                .ok("SELECT a AS `Total`, b AS total FROM t AS x JOIN u AS y ON x.id = y.id", MYSQL, MARIADB)
                .ok(ORACLE, "SELECT a AS \"Total\", b AS total FROM t x JOIN u y ON x.id = y.id")
                .ok(SQLSERVER, "SELECT a AS [Total], b AS total FROM t AS x JOIN u AS y ON x.id = y.id");
    }
}
