package io.retort.dialect;

import io.retort.sql.*;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One database's SQL: an immutable, version-aware dialect with named {@link Capability capabilities}
 * that renders statements of the expression model to SQL text for JDBC. One subclass per database
 * overrides only the hooks where its SQL differs from the standard form written here.
 *
 * <pre>{@code
 * Dialect mysql = Dialect.of(SqlDialect.MYSQL);                       // MySQL 8.0
 * Dialect maria = Dialect.forDatabase("MariaDB", 10, 11);             // from DatabaseMetaData
 * RenderedSql r = maria.render(statement);                            // SQL + parameter order
 * maria.supports(Capability.SUPPORTS_RETURNING);                      // true (10.5+)
 * }</pre>
 *
 * {@link #render} prints a tree that already means, in this dialect, what it should mean. To run a
 * statement written for another database, translate it ({@code io.retort.rewrite.SqlTranslator}),
 * which rewrites the tree first.
 */
public abstract class Dialect {

    private final SqlDialect family;
    private final DatabaseVersion version;
    private final Set<Capability> capabilities;

    /**
     * @param family the dialect this class writes
     * @param version the database version
     * @param capabilities what this version supports (copied)
     */
    protected Dialect(SqlDialect family, DatabaseVersion version, Set<Capability> capabilities) {
        this.family = family;
        this.version = version;
        this.capabilities = Collections.unmodifiableSet(capabilities.isEmpty()
                ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(capabilities));
    }

    // ------------------------------------------------------------------ factories

    /** The dialect at its oldest supported version (the most conservative rendering). */
    public static Dialect of(SqlDialect family) {
        return of(family, minimumVersion(family));
    }

    public static Dialect of(SqlDialect family, int major, int minor) {
        return of(family, DatabaseVersion.of(major, minor));
    }

    /** The dialect of {@code family} at {@code version}. */
    public static Dialect of(SqlDialect family, DatabaseVersion version) {
        return DialectFactory.create(family, version);
    }

    /**
     * The dialect of a database as {@link DatabaseMetaData} describes it: {@code getDatabaseProductName()}
     * ("PostgreSQL", "MariaDB", "MySQL", "H2", "SQLite", "Oracle", "Microsoft SQL Server") and its major
     * and minor version.
     *
     * @throws IllegalArgumentException for a product Retort has no dialect for
     */
    public static Dialect forDatabase(String productName, int major, int minor) {
        return forDatabase(productName, null, major, minor);
    }

    /**
     * As {@link #forDatabase(String, int, int)}, also reading {@code getDatabaseProductVersion()}: a
     * MariaDB server reached through MySQL's driver calls itself "MySQL" with a version such as
     * {@code 5.5.5-10.11.19-MariaDB}, whose real version follows the {@code 5.5.5-} prefix; and the patch
     * level (MySQL 8.0.19 added row aliases) is only there.
     */
    public static Dialect forDatabase(String productName, String productVersion, int major, int minor) {
        return DialectFactory.forDatabase(productName, productVersion, major, minor);
    }

    /** The dialect of the database behind {@code metaData}. */
    public static Dialect forConnection(DatabaseMetaData metaData) throws SQLException {
        return forDatabase(metaData.getDatabaseProductName(), metaData.getDatabaseProductVersion(),
                metaData.getDatabaseMajorVersion(), metaData.getDatabaseMinorVersion());
    }

    /** The oldest version Retort supports: PostgreSQL 12, MySQL 8.0, MariaDB 10.5, SQLite 3.35, H2 2.1, Oracle 12.1, SQL Server 2017 (14.0). */
    public static DatabaseVersion minimumVersion(SqlDialect family) {
        return DialectFactory.minimumVersion(family);
    }

    /**
     * A recent version with every feature Retort knows (PostgreSQL 17, MySQL 8.4, MariaDB 11.4, SQLite
     * 3.46, H2 2.3, Oracle 23, SQL Server 2022): for printing statements as their own dialect wrote them.
     */
    public static DatabaseVersion latestVersion(SqlDialect family) {
        return DialectFactory.latestVersion(family);
    }

    // ------------------------------------------------------------------ what it is

    /** The dialect family this renders (the parser's dialect of the same name). */
    public final SqlDialect family() {
        return family;
    }

    public final DatabaseVersion version() {
        return version;
    }

    /** Whether this database, at this version, supports or behaves as {@code capability} says. */
    public final boolean supports(Capability capability) {
        return capabilities.contains(capability);
    }

    public final Set<Capability> capabilities() {
        return capabilities;
    }

    /** This dialect at another version. */
    public Dialect withVersion(DatabaseVersion other) {
        return of(family, other);
    }

    /** E.g. {@code "MariaDB 10.5"}. */
    public String displayName() {
        return productName() + " " + version;
    }

    /** The database's name, e.g. {@code "PostgreSQL"}. */
    public abstract String productName();

    // ------------------------------------------------------------------ rendering

    /**
     * Renders {@code statement}, taken to be written in this dialect, for JDBC.
     *
     * @throws SQLFeatureNotSupportedException (0A000) naming the construct this database cannot express
     */
    public final RenderedSql render(Statement statement) throws SQLFeatureNotSupportedException {
        return render(statement, RenderOptions.JDBC);
    }

    /** Renders {@code statement} with {@code options} (parameter style, the dialect it was written in). */
    public final RenderedSql render(Statement statement, RenderOptions options) throws SQLFeatureNotSupportedException {
        SqlDialect source = options.source() == null ? family : options.source();
        if (statement instanceof Passthrough p) {
            if (p.dialect() == family || p.dialect().isMySqlFamily() && family.isMySqlFamily()) {
                return new RenderedSql(p.sql(), List.of(), true);
            }
            throw new UnsupportedConstruct("a statement Retort could not parse (" + p.reason() + ")",
                    "it can only run on the database it was written for")
                    .toSqlException(p.dialect().configName(), this);
        }
        try {
            RenderContext ctx = new RenderContext(this, options);
            StatementWriter.top(ctx, statement);
            return ctx.result();
        } catch (UnsupportedConstruct e) {
            throw e.toSqlException(source.configName(), this);
        }
    }

    /** {@link #render} without the checked exception, for code that already handles {@link UnsupportedConstruct}. */
    public final RenderedSql renderUnchecked(Statement statement, RenderOptions options) {
        RenderContext ctx = new RenderContext(this, options);
        StatementWriter.top(ctx, statement);
        return ctx.result();
    }

    // ------------------------------------------------------------------ hooks: identifiers and literals

    /** What the database does with unquoted identifiers. */
    protected abstract IdentifierFolding folding();

    /** Whether {@code word} (in any case) must be quoted to be used as an identifier. */
    protected abstract boolean isReservedWord(String word);

    /** Appends {@code text} as a delimited identifier. */
    protected void quoteIdentifier(StringBuilder sql, String text) {
        sql.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sql.append(c);
            if (c == '"') {
                sql.append('"');
            }
        }
        sql.append('"');
    }

    /** Appends a string literal; the standard doubles quotes. */
    protected void writeStringLiteral(StringBuilder sql, String value) {
        sql.append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            sql.append(c);
            if (c == '\'') {
                sql.append('\'');
            }
        }
        sql.append('\'');
    }

    protected void writeBoolean(RenderContext ctx, boolean value) {
        if (supports(Capability.SUPPORTS_BOOLEAN)) {
            ctx.keyword(value ? "TRUE" : "FALSE");
        } else {
            ctx.append(value ? '1' : '0');
        }
    }

    /** {@code DATE '2024-01-01'}. */
    protected void writeTypedLiteral(RenderContext ctx, TypedLiteral t) {
        writeDataType(ctx, t.type(), true);
        ctx.append(' ').stringLiteral(t.value());
    }

    /** {@code X'1F'}, {@code B'101'}. */
    protected void writeBinaryLiteral(RenderContext ctx, BinaryLiteral b) {
        ctx.append(b.hex() ? "X'" : "B'").append(b.digits()).append('\'');
    }

    // ------------------------------------------------------------------ hooks: operators and predicates

    /**
     * The infix spelling of {@code op}, or null when this database has none ({@link
     * #writeBinaryWithoutOperator} then writes it, or fails).
     */
    protected String binaryOperator(BinaryOperator op, RenderContext ctx) {
        return switch (op) {
            case AND, OR, EQUALS, NOT_EQUALS, LESS_THAN, LESS_OR_EQUAL, GREATER_THAN, GREATER_OR_EQUAL, PLUS, MINUS,
                    MULTIPLY, DIVIDE, MODULO -> op.symbol();
            default -> null;
        };
    }

    /** Operators without an infix form here: null-safe equality, power, modulo, bitwise functions. */
    protected void writeBinaryWithoutOperator(RenderContext ctx, BinaryOp b) {
        switch (b.operator()) {
            case NULL_SAFE_EQUALS -> writeIsDistinctFrom(ctx, new IsDistinctFrom(b.left(), b.right(), true));
            case POWER -> function(ctx, "POWER", b.left(), b.right());
            case MODULO -> function(ctx, "MOD", b.left(), b.right());
            default -> throw new UnsupportedConstruct("the operator " + b.operator().symbol() + " ("
                    + b.operator().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")", "");
        }
    }

    /** String concatenation; the standard {@code a || b}. */
    protected void writeConcat(RenderContext ctx, BinaryOp b) {
        ExpressionWriter.infix(ctx, b, "||");
    }

    protected void writeIsTruth(RenderContext ctx, IsTruth t) {
        if (!supports(Capability.SUPPORTS_BOOLEAN)) {
            throw new UnsupportedConstruct("IS " + t.value(), "");
        }
        ExpressionWriter.operand(ctx, t.operand(), Precedence.PREDICATE);
        ctx.keyword(t.negated() ? " IS NOT " : " IS ").keyword(t.value().name());
    }

    protected void writeIsDistinctFrom(RenderContext ctx, IsDistinctFrom x) {
        if (supports(Capability.SUPPORTS_IS_DISTINCT_FROM)) {
            ExpressionWriter.operand(ctx, x.left(), Precedence.PREDICATE);
            ctx.keyword(x.negated() ? " IS NOT DISTINCT FROM " : " IS DISTINCT FROM ");
            ExpressionWriter.operand(ctx, x.right(), Precedence.PREDICATE);
        } else if (supports(Capability.SUPPORTS_NULL_SAFE_EQUALS)) {
            if (!x.negated()) {
                ctx.keyword("NOT (");
            }
            ExpressionWriter.operand(ctx, x.left(), Precedence.PREDICATE);
            ctx.append(" <=> ");
            ExpressionWriter.operand(ctx, x.right(), Precedence.PREDICATE);
            if (!x.negated()) {
                ctx.append(')');
            }
        } else {
            throw new UnsupportedConstruct("IS DISTINCT FROM", "");
        }
    }

    /** {@code x IN (...)}: an empty list is {@code 1 = 0} where {@code IN ()} is not SQL. */
    protected void writeInList(RenderContext ctx, InList in) {
        if (in.values().isEmpty() && !supports(Capability.SUPPORTS_EMPTY_IN_LIST)) {
            ctx.append(in.negated() ? "1 = 1" : "1 = 0");
            return;
        }
        if (in.operand() instanceof RowValue row && !supports(Capability.SUPPORTS_ROW_VALUES)) {
            RowValueExpansion.inList(ctx, row, in);
            return;
        }
        ExpressionWriter.operand(ctx, in.operand(), Precedence.PREDICATE);
        ctx.keyword(in.negated() ? " NOT IN (" : " IN (");
        ExpressionWriter.list(ctx, in.values());
        ctx.append(')');
    }

    protected boolean supportsBetweenSymmetric() {
        return false;
    }

    protected void writeLike(RenderContext ctx, Like l) {
        String op = switch (l.operator()) {
            case LIKE -> "LIKE";
            case ILIKE -> {
                if (!supports(Capability.SUPPORTS_ILIKE)) {
                    throw new UnsupportedConstruct("ILIKE", "compare lower(a) LIKE lower(b)");
                }
                yield "ILIKE";
            }
            case SIMILAR_TO -> {
                if (family != SqlDialect.POSTGRESQL) {
                    throw new UnsupportedConstruct("SIMILAR TO", "use a regular expression");
                }
                yield "SIMILAR TO";
            }
            case REGEXP -> {
                if (!family.isMySqlFamily() && family != SqlDialect.H2) {
                    throw new UnsupportedConstruct("REGEXP", "");
                }
                yield "REGEXP";
            }
        };
        ExpressionWriter.operand(ctx, l.operand(), Precedence.PREDICATE);
        ctx.append(' ');
        if (l.negated()) {
            ctx.keyword("NOT ");
        }
        ctx.keyword(op).append(' ');
        ExpressionWriter.operand(ctx, l.pattern(), Precedence.PREDICATE);
        if (l.escape() != null) {
            ctx.keyword(" ESCAPE ").expression(l.escape());
        }
    }

    protected boolean supportsGroupsFrame() {
        return true;
    }

    // ------------------------------------------------------------------ hooks: functions and casts

    protected void writeCast(RenderContext ctx, Cast c) {
        if (c.syntax() == CastSyntax.DOUBLE_COLON && supports(Capability.SUPPORTS_DOUBLE_COLON_CAST)) {
            ExpressionWriter.operand(ctx, c.operand(), Precedence.CAST - 1);
            ctx.append("::");
            writeDataType(ctx, c.type(), true);
            return;
        }
        ctx.keyword("CAST(").expression(c.operand()).keyword(" AS ");
        writeDataType(ctx, c.type(), true);
        ctx.append(')');
    }

    /**
     * Writes a function call this database spells differently; returns false to write it in the
     * standard form {@code name(args)}.
     */
    protected boolean writeSpecialFunction(RenderContext ctx, FunctionCall f) {
        return false;
    }

    protected void writeValueFunction(RenderContext ctx, SqlValueFunction f) {
        ctx.keyword(f.name());
    }

    protected void writeExtract(RenderContext ctx, Extract x) {
        FunctionWriter.standardExtract(ctx, x);
    }

    protected void writePosition(RenderContext ctx, Position p) {
        FunctionWriter.standardPosition(ctx, p);
    }

    protected void writeSubstring(RenderContext ctx, Substring s) {
        FunctionWriter.standardSubstring(ctx, s);
    }

    protected void writeTrim(RenderContext ctx, Trim t) {
        FunctionWriter.standardTrim(ctx, t);
    }

    protected void writeOverlay(RenderContext ctx, Overlay o) {
        FunctionWriter.standardOverlay(ctx, o);
    }

    /** {@code INTERVAL '1 day'} or {@code INTERVAL '1' DAY}. */
    protected void writeInterval(RenderContext ctx, Interval i) {
        ctx.keyword("INTERVAL ");
        ExpressionWriter.operand(ctx, i.value(), Precedence.PRIMARY - 1);
        if (i.unit() != null) {
            ctx.append(' ').keyword(i.unit());
        }
    }

    protected void writeAtTimeZone(RenderContext ctx, AtTimeZone a) {
        ExpressionWriter.operand(ctx, a.operand(), Precedence.POSTFIX);
        ctx.keyword(" AT TIME ZONE ");
        ExpressionWriter.operand(ctx, a.zone(), Precedence.POSTFIX);
    }

    /** A data type, as written by default; {@code inCast} is true inside CAST (where MySQL allows fewer names). */
    protected void writeDataType(RenderContext ctx, DataType type, boolean inCast) {
        String name = type.name();
        int zone = name.indexOf(" WITH TIME ZONE") > 0 ? name.indexOf(" WITH TIME ZONE") : name.indexOf(" WITHOUT TIME ZONE");
        if (zone > 0 && !type.arguments().isEmpty()) {
            // TIMESTAMP(3) WITH TIME ZONE: the precision belongs to the first word
            ctx.keyword(name.substring(0, zone)).append('(').append(String.join(", ", type.arguments())).append(')')
                    .keyword(name.substring(zone));
            writeTypeSuffix(ctx, type);
            return;
        }
        ctx.keyword(name);
        if (!type.arguments().isEmpty()) {
            ctx.append('(');
            for (int i = 0; i < type.arguments().size(); i++) {
                if (i > 0) {
                    ctx.append(", ");
                }
                ctx.append(type.arguments().get(i));
            }
            ctx.append(')');
        }
        writeTypeSuffix(ctx, type);
    }

    private static void writeTypeSuffix(RenderContext ctx, DataType type) {
        for (String attribute : type.attributes()) {
            ctx.append(' ').keyword(attribute);
        }
        for (int i = 0; i < type.arrayDimensions(); i++) {
            ctx.append("[]");
        }
    }

    // ------------------------------------------------------------------ hooks: query clauses

    /** SQL Server writes a bare row limit as {@code TOP (n)} after SELECT; true when written there. */
    protected boolean writeTop(RenderContext ctx, Limit limit, boolean ordered) {
        return false;
    }

    /** {@code LIMIT n OFFSET m}, or {@code OFFSET m ROWS FETCH ...} where the dialect has only that. */
    protected void writeLimit(RenderContext ctx, Limit limit, boolean ordered) {
        if (limit.withTies()) {
            if (!supports(Capability.SUPPORTS_FETCH_WITH_TIES)) {
                throw new UnsupportedConstruct("FETCH FIRST ... WITH TIES", "");
            }
            if (limit.offset() != null) {
                ctx.keyword(" OFFSET ").expression(limit.offset()).keyword(" ROWS");
            }
            ctx.keyword(" FETCH FIRST ").expression(limit.count()).keyword(" ROWS WITH TIES");
            return;
        }
        if (offsetFirst(limit)) {
            writeOffsetFetch(ctx, limit);
            return;
        }
        if (limit.count() != null) {
            ctx.keyword(" LIMIT ").expression(limit.count());
        }
        if (limit.offset() != null) {
            ctx.keyword(" OFFSET ").expression(limit.offset());
        }
    }

    /**
     * Whether the offset's {@code ?} comes before the count's in the source ({@code LIMIT ?, ?},
     * {@code OFFSET ? LIMIT ?}): written in that order, so that the markers keep their order.
     */
    protected static boolean offsetFirst(Limit limit) {
        return limit.offset() instanceof Parameter o && limit.count() instanceof Parameter c
                && o.kind() == ParameterKind.QUESTION_MARK && c.kind() == ParameterKind.QUESTION_MARK
                && o.index() < c.index();
    }

    /** Standard {@code OFFSET m ROWS FETCH NEXT n ROWS ONLY}. */
    protected final void writeOffsetFetch(RenderContext ctx, Limit limit) {
        if (limit.offset() != null) {
            ctx.keyword(" OFFSET ").expression(limit.offset()).keyword(" ROWS");
        }
        if (limit.count() != null) {
            ctx.keyword(limit.offset() != null ? " FETCH NEXT " : " FETCH FIRST ").expression(limit.count())
                    .keyword(limit.withTies() ? " ROWS WITH TIES" : " ROWS ONLY");
        }
    }

    /** Whether row locks are table hints ({@code WITH (UPDLOCK)}) rather than a clause. */
    protected boolean writesLocksAsTableHints() {
        return false;
    }

    /** A table hint for a row lock (SQL Server). */
    protected void writeTableLockHint(RenderContext ctx, LockClause lock) {
    }

    /** {@code FOR UPDATE [OF t] [NOWAIT | SKIP LOCKED]}, one per lock clause. */
    protected void writeLocks(RenderContext ctx, List<LockClause> locks) {
        for (LockClause lock : locks) {
            ctx.keyword(switch (lock.strength()) {
                case UPDATE -> " FOR UPDATE";
                case NO_KEY_UPDATE -> " FOR NO KEY UPDATE";
                case SHARE, LOCK_IN_SHARE_MODE -> " FOR SHARE";
                case KEY_SHARE -> " FOR KEY SHARE";
            });
            if (!lock.tables().isEmpty()) {
                ctx.keyword(" OF ");
                DdlWriter.names(ctx, lock.tables());
            }
            writeLockWait(ctx, lock.waitPolicy());
        }
    }

    protected final void writeLockWait(RenderContext ctx, LockWait wait) {
        if (wait == LockWait.NOWAIT) {
            if (!supports(Capability.SUPPORTS_LOCK_NOWAIT)) {
                throw new UnsupportedConstruct("NOWAIT", "");
            }
            ctx.keyword(" NOWAIT");
        } else if (wait == LockWait.SKIP_LOCKED) {
            if (!supports(Capability.SUPPORTS_SKIP_LOCKED)) {
                throw new UnsupportedConstruct("SKIP LOCKED", "");
            }
            ctx.keyword(" SKIP LOCKED");
        }
    }

    protected boolean supportsIntersectExcept() {
        return true;
    }

    protected String setOperatorKeyword(SetOperator op) {
        return op.name();
    }

    /** MySQL writes standalone VALUES rows as {@code ROW(...)}. */
    protected boolean valuesQueryRowKeyword() {
        return false;
    }

    // ------------------------------------------------------------------ hooks: DDL and transactions

    protected String temporaryTableKeyword(String kind) {
        return kind;
    }

    /** A table option after CREATE TABLE's element list, or an ALTER TABLE option. */
    protected void writeTableOption(RenderContext ctx, Option option) {
        DdlWriter.option(ctx, option, " ");
    }

    protected void writeAutoIncrement(RenderContext ctx) {
        throw new UnsupportedConstruct("AUTO_INCREMENT", "use an identity column");
    }

    protected void writeIdentity(RenderContext ctx, ColumnIdentity identity) {
        if (!supports(Capability.SUPPORTS_IDENTITY)) {
            throw new UnsupportedConstruct("an identity column (GENERATED AS IDENTITY)", "");
        }
        ctx.keyword(identity.always() ? "GENERATED ALWAYS AS IDENTITY" : "GENERATED BY DEFAULT AS IDENTITY");
        if (!identity.options().isEmpty()) {
            ctx.append(" (");
            for (int i = 0; i < identity.options().size(); i++) {
                if (i > 0) {
                    ctx.append(' ');
                }
                DdlWriter.option(ctx, identity.options().get(i), " ");
            }
            ctx.append(')');
        }
    }

    protected void writeTruncate(RenderContext ctx, Truncate t) {
        ctx.keyword("TRUNCATE");
        StatementWriter.hints(ctx, t.comments());
        ctx.keyword(" TABLE ");
        DdlWriter.names(ctx, t.tables());
        if (t.identity() != null) {
            ctx.append(' ').keyword(t.identity()).keyword(" IDENTITY");
        }
        DdlWriter.dropBehavior(ctx, t.behavior());
    }

    protected void writeBegin(RenderContext ctx, BeginTransaction b) {
        ctx.keyword("START TRANSACTION");
        StatementWriter.hints(ctx, b.comments());
        if (!b.modes().isEmpty()) {
            ctx.append(' ');
            SessionWriter.modes(ctx, b.modes());
        }
    }

    // ------------------------------------------------------------------ helpers for subclasses

    /** Writes {@code name(a, b, ...)}. */
    protected static void function(RenderContext ctx, String name, Expression... args) {
        ctx.keyword(name).append('(');
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                ctx.append(", ");
            }
            ctx.expression(args[i]);
        }
        ctx.append(')');
    }

    /** A fresh capability set. */
    protected static EnumSet<Capability> capabilities(Capability... caps) {
        EnumSet<Capability> set = EnumSet.noneOf(Capability.class);
        java.util.Collections.addAll(set, caps);
        return set;
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof Dialect d && d.family == family && d.version.equals(version);
    }

    @Override
    public final int hashCode() {
        return family.hashCode() * 31 + version.hashCode();
    }

    @Override
    public String toString() {
        return displayName();
    }
}
