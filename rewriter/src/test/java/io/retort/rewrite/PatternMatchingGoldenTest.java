package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** ILIKE, LIKE (case, escapes, SQLite's GLOB) and regular expressions. */
class PatternMatchingGoldenTest {

    @Test
    void ilike() {
        sql("SELECT id FROM t WHERE name ILIKE 'a%'")
                .ok("SELECT id FROM t WHERE name ILIKE 'a%'", POSTGRESQL, H2)
                .ok("SELECT id FROM t WHERE lower(name) LIKE lower('a%')", MYSQL, MARIADB, ORACLE, SQLSERVER)
                .ok(SQLITE, "SELECT id FROM t WHERE name LIKE 'a%'");
    }

    @Test
    void notIlikeWithParameter() {
        sql("SELECT id FROM t WHERE name NOT ILIKE $1")
                .ok("SELECT id FROM t WHERE name NOT ILIKE ?", POSTGRESQL, H2)
                .ok("SELECT id FROM t WHERE lower(name) NOT LIKE lower(?)", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT id FROM t WHERE name NOT LIKE ? ESCAPE '\\'")
                .ok("SELECT id FROM t WHERE lower(name) NOT LIKE lower(?) ESCAPE '\\'", ORACLE, SQLSERVER);
    }

    @Test
    void likeIsCaseSensitiveEverywhereButSqliteGlob() {
        sql("SELECT id FROM t WHERE name LIKE 'Ab%_c*'")
                .ok("SELECT id FROM t WHERE name LIKE 'Ab%_c*'", POSTGRESQL, MYSQL, MARIADB, H2, ORACLE, SQLSERVER)
                .ok(SQLITE, "SELECT id FROM t WHERE glob('Ab*?c[*]', name)");
    }

    @Test
    void likeWithBackslashEscape() {
        sql("SELECT id FROM t WHERE name LIKE 'a\\_b%'")
                .ok("SELECT id FROM t WHERE name LIKE 'a\\_b%'", POSTGRESQL, H2)
                .ok("SELECT id FROM t WHERE name LIKE 'a\\\\_b%'", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT id FROM t WHERE glob('a_b*', name)")
                .ok("SELECT id FROM t WHERE name LIKE 'a\\_b%' ESCAPE '\\'", ORACLE, SQLSERVER);
    }

    @Test
    void likeWithEscapeClause() {
        sql("SELECT id FROM t WHERE name LIKE 'a!%b%' ESCAPE '!'")
                .ok("SELECT id FROM t WHERE name LIKE 'a!%b%' ESCAPE '!'",
                        POSTGRESQL, MYSQL, MARIADB, H2, ORACLE, SQLSERVER)
                .ok(SQLITE, "SELECT id FROM t WHERE glob('a%b*', name)");
    }

    @Test
    void likeWithParameter() {
        sql("SELECT id FROM t WHERE name LIKE $1")
                .ok("SELECT id FROM t WHERE name LIKE ?", POSTGRESQL, MYSQL, MARIADB, H2)
                .ok(SQLITE,
                        "SELECT id FROM t WHERE glob(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(?, '\\\\', char(3)), '\\%', char(1)), '\\_', char(2)), '\\', ''), '[', '[[]'), '*', '[*]'), '?', '[?]'), '%', '*'), '_', '?'), char(1), '%'), char(2), '_'), char(3), '\\'), name)")
                .ok("SELECT id FROM t WHERE name LIKE ? ESCAPE '\\'", ORACLE, SQLSERVER);
    }

    @Test
    void regexMatch() {
        sql("SELECT id FROM t WHERE name ~ '^[a-c]+$'")
                .ok(POSTGRESQL, "SELECT id FROM t WHERE name ~ '^[a-c]+$'")
                .ok("SELECT id FROM t WHERE REGEXP_LIKE(name, '^[a-c]+$', 'c')", MYSQL, H2, ORACLE)
                .ok(MARIADB, "SELECT id FROM t WHERE name REGEXP '(?-i)^[a-c]+$'")
                .fails(SQLITE, "a regular expression match")
                .fails(SQLSERVER, "a regular expression match");
    }

    @Test
    void regexCaseInsensitiveAndNegated() {
        sql("SELECT id FROM t WHERE name ~* '^a' AND name !~ 'z$' AND name !~* 'q'")
                .ok(POSTGRESQL, "SELECT id FROM t WHERE name ~* '^a' AND name !~ 'z$' AND name !~* 'q'")
                .ok("SELECT id FROM t WHERE REGEXP_LIKE(name, '^a', 'i') AND NOT REGEXP_LIKE(name, 'z$', 'c') AND NOT REGEXP_LIKE(name, 'q', 'i')",
                        MYSQL, H2, ORACLE)
                .ok(MARIADB,
                        "SELECT id FROM t WHERE name REGEXP '(?i)^a' AND NOT (name REGEXP '(?-i)z$') AND NOT (name REGEXP '(?i)q')")
                .fails(SQLITE, "a regular expression match")
                .fails(SQLSERVER, "a regular expression match");
    }

    @Test
    void similarTo() {
        sql("SELECT id FROM t WHERE name SIMILAR TO 'a%'")
                .ok(POSTGRESQL, "SELECT id FROM t WHERE name SIMILAR TO 'a%'")
                .fails(MYSQL, "SIMILAR TO")
                .fails(MARIADB, "SIMILAR TO")
                .fails(SQLITE, "SIMILAR TO")
                .fails(H2, "SIMILAR TO")
                .fails(ORACLE, "SIMILAR TO")
                .fails(SQLSERVER, "SIMILAR TO");
    }
}
