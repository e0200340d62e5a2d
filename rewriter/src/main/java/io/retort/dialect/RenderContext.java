package io.retort.dialect;

import io.retort.sql.Expression;
import io.retort.sql.Identifier;
import io.retort.sql.Name;
import io.retort.sql.Parameter;
import io.retort.sql.SqlDialect;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one rendering: the SQL text being written, the parameters in the order their
 * {@code ?} markers appear, the target dialect, and how identifiers of the source map to it. Nodes
 * render themselves into it through the package's writers and the dialect's hooks.
 *
 * <pre>{@code
 * RenderContext ctx = ...;
 * ctx.keyword("SELECT ").identifier(Identifier.of("name"));
 * }</pre>
 */
public final class RenderContext {

    private final Dialect dialect;
    private final boolean jdbcParameters;
    private final IdentifierFolding sourceFolding;
    private final StringBuilder sql = new StringBuilder(160);
    private final List<Parameter> bindings = new ArrayList<>();

    /** SQL Server writes row locks as table hints: the lock of the SELECT whose FROM is being written. */
    io.retort.sql.LockClause tableLock;

    RenderContext(Dialect dialect, RenderOptions options) {
        this.dialect = dialect;
        this.jdbcParameters = options.jdbcParameters();
        SqlDialect source = options.source();
        this.sourceFolding = source == null || source == dialect.family() ? null : foldingOf(source);
    }

    /** The dialect being rendered. */
    public Dialect dialect() {
        return dialect;
    }

    /** True when the statement comes from another dialect (identifiers are mapped, not copied). */
    public boolean crossDialect() {
        return sourceFolding != null;
    }

    public RenderContext append(String text) {
        sql.append(text);
        return this;
    }

    public RenderContext append(char c) {
        sql.append(c);
        return this;
    }

    /** {@code text} from index {@code from} on. */
    RenderContext append(String text, int from) {
        sql.append(text, from, text.length());
        return this;
    }

    char charBefore() {
        return sql.isEmpty() ? 0 : sql.charAt(sql.length() - 1);
    }

    void trimLastSpace() {
        if (charBefore() == ' ') {
            sql.setLength(sql.length() - 1);
        }
    }

    /** An SQL keyword, written as given (upper case by convention). */
    public RenderContext keyword(String keyword) {
        sql.append(keyword);
        return this;
    }

    /** An expression, parenthesised as its context needs. */
    public RenderContext expression(Expression e) {
        ExpressionWriter.write(this, e);
        return this;
    }

    /**
     * An identifier, quoted when the dialect needs it. Within one dialect an identifier keeps its
     * quoting; across dialects a quoted identifier that only repeats what unquoted folding gives
     * becomes unquoted (so {@code "users"} from PostgreSQL is {@code users} on H2, where it names the
     * same table as an unquoted reference), and unquoted names keep the source's folding where the
     * target compares names case-sensitively (MySQL table names).
     */
    public RenderContext identifier(Identifier id) {
        String text = id.text();
        boolean quoted = id.quoted();
        if (sourceFolding != null) {
            if (quoted && sourceFolding.fold(text).equals(text) && isRegular(text)) {
                quoted = false;
            }
            if (!quoted && dialect.folding() == IdentifierFolding.PRESERVE_CASE_SENSITIVE) {
                text = sourceFolding.fold(text);
            }
            if (!quoted && !isRegular(text)) {
                quoted = true;
                text = sourceFolding.fold(text);
            }
        }
        // Printing as written keeps the source's quoting; SQL for execution quotes reserved words.
        if (!quoted && jdbcParameters && dialect.isReservedWord(text)) {
            quoted = true;
            text = dialect.folding().fold(text);
        }
        if (quoted) {
            dialect.quoteIdentifier(sql, text);
        } else {
            sql.append(text);
        }
        return this;
    }

    /** A possibly qualified name, each part an identifier. */
    public RenderContext name(Name name) {
        List<Identifier> parts = name.parts();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sql.append('.');
            }
            identifier(parts.get(i));
        }
        return this;
    }

    /** A function's name: never quoted for being a keyword ({@code LEFT(s, 1)}, {@code REPLACE(...)}). */
    public RenderContext functionName(Name name) {
        List<Identifier> parts = name.parts();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sql.append('.');
            }
            Identifier part = parts.get(i);
            if (part.quoted()) {
                dialect.quoteIdentifier(sql, part.text());
            } else {
                sql.append(part.text());
            }
        }
        return this;
    }

    /** A character string literal, escaped as the dialect reads it. */
    public RenderContext stringLiteral(String value) {
        dialect.writeStringLiteral(sql, value);
        return this;
    }

    /** A parameter: {@code ?} bound to {@code p} for JDBC, or the source's own marker. */
    public RenderContext parameter(Parameter p) {
        if (jdbcParameters) {
            sql.append('?');
            bindings.add(p);
            return this;
        }
        switch (p.kind()) {
            case QUESTION_MARK -> sql.append('?');
            case NUMBERED -> sql.append(dialect.family() == SqlDialect.SQLITE ? '?' : '$').append(p.index());
            case NAMED -> sql.append(':').append(p.name());
        }
        bindings.add(p);
        return this;
    }

    /** Whether rendering for JDBC ({@code ?} markers). */
    public boolean jdbcParameters() {
        return jdbcParameters;
    }

    /** The length of the text so far (to find where a part started). */
    int length() {
        return sql.length();
    }

    /** Inserts text at {@code offset} (used for prefixes decided after a part was written). */
    void insert(int offset, String text) {
        sql.insert(offset, text);
    }

    RenderedSql result() {
        return new RenderedSql(sql.toString(), bindings, false);
    }

    private static boolean isRegular(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z' || first == '_')) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    static IdentifierFolding foldingOf(SqlDialect d) {
        return switch (d) {
            case POSTGRESQL -> IdentifierFolding.LOWER;
            case H2, ORACLE -> IdentifierFolding.UPPER;
            case MYSQL, MARIADB -> IdentifierFolding.PRESERVE_CASE_SENSITIVE;
            // ANSI folds to upper case in the standard, but Core API trees are written in the
            // application's case and mean that name on every database: keep it.
            case ANSI, SQLITE, SQLSERVER -> IdentifierFolding.PRESERVE_CASE_INSENSITIVE;
        };
    }
}
