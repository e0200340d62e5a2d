package io.retort.rewrite.differential;

import io.retort.dialect.RenderedSql;
import io.retort.parser.SqlParser;
import io.retort.rewrite.SchemaInfo;
import io.retort.rewrite.SqlTranslator;
import io.retort.rewrite.TranslationOptions;
import io.retort.sql.Passthrough;
import io.retort.sql.Query;
import io.retort.sql.Select;
import io.retort.sql.SetOperation;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import io.retort.sql.Values;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs statements written for PostgreSQL or MySQL on real databases through the translator: parse
 * in the source dialect, translate for the database (with schema information read from the schema's
 * DDL), bind the parameters in the rendered order, execute, and normalise what comes back.
 */
final class Differential implements AutoCloseable {

    final List<Target> targets;
    private final SchemaInfo schema;

    /**
     * @param targets the databases (their data is created by {@code setup})
     * @param ddl the schema, written for PostgreSQL (also the translator's schema information)
     */
    Differential(List<Target> targets, List<String> ddl) {
        this.targets = targets;
        List<Statement> trees = new ArrayList<>();
        for (String d : ddl) {
            trees.add(parse(d, SqlDialect.POSTGRESQL));
        }
        this.schema = SchemaInfo.fromDdl(trees);
    }

    /** Runs PostgreSQL-written statements on every target and commits. */
    void setup(List<String> statements) throws SQLException {
        for (Target t : targets) {
            for (String sql : statements) {
                try {
                    execute(t, SqlDialect.POSTGRESQL, sql, List.of());
                } catch (SQLException e) {
                    throw new SQLException("setting up " + t + " with " + sql + ": " + e.getMessage(), e);
                }
            }
            t.connection.commit();
        }
    }

    /**
     * Runs {@code c} written in {@code source} on every target.
     *
     * @return one line per target whose outcome differs from the first target's, empty when all agree
     */
    List<String> check(Case c, SqlDialect source, Outcome[] reference) throws Exception {
        String sql = source == SqlDialect.POSTGRESQL ? c.postgres() : c.mysql();
        List<String> problems = new ArrayList<>();
        for (Target t : targets) {
            Outcome outcome;
            Outcome state = null;
            try {
                if (c.kind() == Case.Kind.DDL) {
                    t.connection.setAutoCommit(true);
                }
                outcome = execute(t, source, sql, c.params());
                for (String after : c.after()) {
                    execute(t, SqlDialect.POSTGRESQL, after, List.of());
                }
                if (c.check() != null) {
                    state = execute(t, SqlDialect.POSTGRESQL, c.check(), List.of());
                }
            } catch (SQLException e) {
                problems.add(t + " failed on " + describe(t, source, sql) + ": " + e.getMessage());
                continue;
            } finally {
                cleanUp(t, c);
            }
            if (c.countsDiffer() && outcome.rows() == null) {
                outcome = Outcome.count(-2);
            }
            if (c.kind() == Case.Kind.DDL && outcome.rows() == null) {
                // DDL changes no rows; sqlite-jdbc reports the previous statement's count for it.
                outcome = Outcome.count(0);
            }
            if (reference[0] == null) {
                reference[0] = outcome;
                reference[1] = state;
                continue;
            }
            if (!outcome.equals(reference[0])) {
                problems.add(t + " (" + source.configName() + " source) gave\n" + outcome + "\nexpected\n" + reference[0]
                        + "\nSQL: " + describe(t, source, sql));
            }
            if (state != null && !state.equals(reference[1])) {
                problems.add(t + " (" + source.configName() + " source) left\n" + state + "\nexpected\n" + reference[1]
                        + "\nSQL: " + describe(t, source, sql));
            }
        }
        return problems;
    }

    private void cleanUp(Target t, Case c) throws SQLException {
        if (c.kind() == Case.Kind.DDL) {
            for (String drop : c.drops()) {
                try {
                    execute(t, SqlDialect.MYSQL, undo(drop), List.of());
                } catch (SQLException | IllegalArgumentException e) {
                    // the DDL failed before creating it; that failure is reported already
                }
            }
            t.connection.setAutoCommit(false);
        } else {
            t.connection.rollback();
        }
    }

    /** The statement (MySQL's dialect, which names an index's table) that undoes {@code drop}. */
    private static String undo(String drop) {
        String[] words = drop.split(" ", 2);
        return switch (words[0]) {
            case "TABLE", "VIEW" -> "DROP " + words[0] + " IF EXISTS " + words[1];
            case "INDEX" -> "DROP INDEX " + words[1];
            case "COLUMN" -> {
                String[] parts = words[1].split("\\.");
                yield "ALTER TABLE " + parts[0] + " DROP COLUMN " + parts[1];
            }
            case "ROW" -> {
                String[] parts = words[1].split("\\.");
                yield "DELETE FROM " + parts[0] + " WHERE name = '" + parts[1] + "'";
            }
            default -> throw new IllegalArgumentException(drop);
        };
    }

    Outcome execute(Target t, SqlDialect source, String sql, List<Object> params) throws SQLException {
        Statement tree = parse(sql, source);
        RenderedSql rendered = SqlTranslator.translate(tree, source, t.dialect, TranslationOptions.of(schema));
        try (PreparedStatement ps = t.connection.prepareStatement(rendered.sql())) {
            for (int i = 1; i <= rendered.parameterCount(); i++) {
                ps.setObject(i, params.get(rendered.sourceIndex(i) - 1));
            }
            if (ps.execute()) {
                try (ResultSet rs = ps.getResultSet()) {
                    return Outcome.rows(rs, ordered(tree));
                }
            }
            return Outcome.count(ps.getUpdateCount());
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + " [" + rendered.sql() + "]", e.getSQLState(), e);
        }
    }

    String describe(Target t, SqlDialect source, String sql) {
        try {
            return SqlTranslator.translate(parse(sql, source), source, t.dialect, TranslationOptions.of(schema)).sql();
        } catch (SQLException e) {
            return sql + " (not translated: " + e.getMessage() + ")";
        }
    }

    static Statement parse(String sql, SqlDialect dialect) {
        Statement s = SqlParser.parse(sql, dialect);
        if (s instanceof Passthrough p) {
            throw new IllegalArgumentException("does not parse in " + dialect + ": " + sql + " (" + p.reason() + ")");
        }
        return s;
    }

    /** Whether the rows come in a defined order (a top-level ORDER BY). */
    private static boolean ordered(Statement s) {
        return s instanceof Query q && switch (q) {
            case Select sel -> !sel.orderBy().isEmpty();
            case SetOperation so -> !so.orderBy().isEmpty();
            case Values v -> !v.orderBy().isEmpty();
        };
    }

    @Override
    public void close() throws Exception {
        Exception first = null;
        for (Target t : targets) {
            try {
                t.close();
            } catch (Exception e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
