package io.retort.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.retort.dialect.Dialect;
import io.retort.dialect.RenderedSql;
import io.retort.parser.SqlParser;
import io.retort.sql.Passthrough;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Golden SQL, Calcite style: {@code sql("select ... limit 10").ok(MYSQL, "SELECT ... LIMIT 10")
 * .fails(ORACLE, "FETCH")}. The statement is parsed in its source dialect (PostgreSQL unless
 * {@link #sql(SqlDialect, String)} names another, or a tree is given) and translated to each target at
 * its oldest supported version (or the {@link Dialect} given).
 */
final class Fixture {

    private final SqlDialect source;
    private final Statement tree;
    private final String text;
    private TranslationOptions options = TranslationOptions.DEFAULT;

    private Fixture(SqlDialect source, Statement tree, String text) {
        this.source = source;
        this.tree = tree;
        this.text = text;
    }

    /** A statement written for PostgreSQL. */
    static Fixture sql(String sql) {
        return sql(SqlDialect.POSTGRESQL, sql);
    }

    /** A statement written for {@code source}. */
    static Fixture sql(SqlDialect source, String sql) {
        Statement s = SqlParser.parse(sql, source);
        if (s instanceof Passthrough p) {
            fail("the fixture's statement did not parse in %s: %s (%s)", source, sql, p.reason());
        }
        return new Fixture(source, s, sql);
    }

    /** A tree built with the Core API, meaning what it means in {@code source}. */
    static Fixture tree(SqlDialect source, Statement tree) {
        return new Fixture(source, tree, String.valueOf(tree));
    }

    /** Schema information from CREATE TABLE statements written in PostgreSQL. */
    Fixture schema(String... ddl) {
        List<Statement> statements = new ArrayList<>();
        for (String d : ddl) {
            statements.add(SqlParser.parse(d, SqlDialect.POSTGRESQL));
        }
        options = options.withSchema(SchemaInfo.fromDdl(statements));
        return this;
    }

    Fixture ok(SqlDialect target, String expected) {
        return ok(Dialect.of(target), expected);
    }

    Fixture ok(Dialect target, String expected) {
        assertThat(render(target).sql()).as("%s from %s to %s", text, source, target).isEqualTo(expected);
        return this;
    }

    /** Expects {@code expected} and the given source parameter order of its {@code ?} markers. */
    Fixture ok(SqlDialect target, String expected, int... sourceIndexes) {
        RenderedSql r = render(Dialect.of(target));
        assertThat(r.sql()).as("%s from %s to %s", text, source, target).isEqualTo(expected);
        assertThat(r.sourceIndexes()).as("parameter order of %s on %s", text, target).containsExactly(sourceIndexes);
        return this;
    }

    /** The same SQL for each of {@code targets}. */
    Fixture ok(String expected, SqlDialect... targets) {
        for (SqlDialect t : targets) {
            ok(t, expected);
        }
        return this;
    }

    /** Expects translation to fail with SQLState 0A000 and a message containing {@code fragment}. */
    Fixture fails(SqlDialect target, String fragment) {
        return fails(Dialect.of(target), fragment);
    }

    Fixture fails(Dialect target, String fragment) {
        assertThatThrownBy(() -> translate(target))
                .as("%s from %s to %s", text, source, target)
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessageContaining(fragment)
                .hasMessageContaining(target.productName())
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("0A000"));
        return this;
    }

    /** The translation, for assertions the fixture does not cover. */
    RenderedSql render(Dialect target) {
        try {
            return translate(target);
        } catch (SQLException e) {
            throw new AssertionError(text + " from " + source + " to " + target + ": " + e.getMessage(), e);
        }
    }

    private RenderedSql translate(Dialect target) throws SQLException {
        return SqlTranslator.translate(tree, source, target, options);
    }

    @Override
    public String toString() {
        return text + " " + Arrays.toString(new Object[] {source});
    }
}
