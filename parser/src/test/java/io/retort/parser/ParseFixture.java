package io.retort.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.retort.sql.Expression;
import io.retort.sql.Passthrough;
import io.retort.sql.Select;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.util.List;

/**
 * Golden-test fixture: {@code sql("...").in(MYSQL, POSTGRESQL).is(expectedTree)} parses the text in each
 * dialect (ANSI when none is named) and checks the tree equals the one built with the Core API.
 * {@code expr("a + 1").is(...)} checks an expression through {@code SELECT <expr>}.
 */
final class ParseFixture {

    private final String sql;
    private final boolean expression;
    private List<SqlDialect> dialects = List.of(SqlDialect.ANSI);

    private ParseFixture(String sql, boolean expression) {
        this.sql = sql;
        this.expression = expression;
    }

    static ParseFixture sql(String sql) {
        return new ParseFixture(sql, false);
    }

    static ParseFixture expr(String expression) {
        return new ParseFixture(expression, true);
    }

    ParseFixture in(SqlDialect... dialects) {
        this.dialects = List.of(dialects);
        return this;
    }

    /** Parses in every dialect of the fixture and compares with {@code expected}. */
    ParseFixture is(Statement expected) {
        for (SqlDialect d : dialects) {
            assertThat(parse(d)).as("%s in %s", sql, d).isEqualTo(expected);
        }
        return this;
    }

    ParseFixture is(Expression expected) {
        if (!expression) {
            throw new IllegalStateException("use expr(...) for expressions");
        }
        for (SqlDialect d : dialects) {
            Statement s = parse(d);
            assertThat(s).as("%s in %s", sql, d).isInstanceOf(Select.class);
            assertThat(((Select) s).items().get(0).expression()).as("%s in %s", sql, d).isEqualTo(expected);
        }
        return this;
    }

    /** The parsed statement in the first dialect, for assertions the fixture does not cover. */
    Statement tree() {
        return parse(dialects.get(0));
    }

    /** Expects every dialect to refuse the statement (passthrough). */
    ParseFixture fails() {
        for (SqlDialect d : dialects) {
            Statement s = SqlParser.parse(expression ? "SELECT " + sql : sql, d);
            assertThat(s).as("%s in %s", sql, d).isInstanceOf(Passthrough.class);
        }
        return this;
    }

    private Statement parse(SqlDialect d) {
        Statement s = SqlParser.parse(expression ? "SELECT " + sql : sql, d);
        if (s instanceof Passthrough p) {
            fail("%s did not parse in %s: %s", sql, d, p.reason());
        }
        return s;
    }
}
