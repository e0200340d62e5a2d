package io.retort.dialect;

import io.retort.sql.*;
import java.util.List;

/**
 * Writes whole statements: dispatches to the query, DML and DDL writers, writes comments and the
 * transaction and session statements.
 */
final class StatementWriter {

    private StatementWriter() {
    }

    /** A top-level statement with its leading comments. */
    static void top(RenderContext ctx, Statement s) {
        leadingComments(ctx, s.comments());
        write(ctx, s);
    }

    /** A statement without its leading comments. */
    static void write(RenderContext ctx, Statement s) {
        Dialect d = ctx.dialect();
        switch (s) {
            case Query q -> QueryWriter.queryBody(ctx, q);
            case Insert i -> DmlWriter.insert(ctx, i);
            case Update u -> DmlWriter.update(ctx, u);
            case Delete x -> DmlWriter.delete(ctx, x);
            case CreateTable c -> DdlWriter.createTable(ctx, c);
            case AlterTable a -> DdlWriter.alterTable(ctx, a);
            case DropTable t -> DdlWriter.drop(ctx, t.temporary() ? "TEMPORARY TABLE" : "TABLE", t.names(),
                    t.ifExists(), t.behavior(), t.comments());
            case CreateIndex c -> DdlWriter.createIndex(ctx, c);
            case DropIndex i -> DdlWriter.dropIndex(ctx, i);
            case CreateView v -> DdlWriter.createView(ctx, v);
            case DropView v -> {
                if (v.materialized()) {
                    DdlWriter.requirePostgres(d, "DROP MATERIALIZED VIEW");
                }
                DdlWriter.drop(ctx, v.materialized() ? "MATERIALIZED VIEW" : "VIEW", v.names(), v.ifExists(),
                        v.behavior(), v.comments());
            }
            case Truncate t -> DdlWriter.truncate(ctx, t);
            case CreateTablespace t -> tablespace(ctx, "CREATE", t.undo(), t.name(), t.options(), t.comments());
            case AlterTablespace t -> tablespace(ctx, "ALTER", t.undo(), t.name(), t.options(), t.comments());
            case DropTablespace t -> tablespace(ctx, "DROP", t.undo(), t.name(), t.options(), t.comments());
            case BeginTransaction b -> d.writeBegin(ctx, b);
            case Commit c -> {
                ctx.keyword("COMMIT");
                hints(ctx, c.comments());
                chainAndRelease(ctx, "COMMIT", c.chain(), c.release());
            }
            case Rollback r -> {
                ctx.keyword("ROLLBACK");
                hints(ctx, r.comments());
                if (r.savepoint() != null) {
                    ctx.keyword(d.family() == SqlDialect.SQLSERVER ? " TRANSACTION " : " TO SAVEPOINT ")
                            .identifier(r.savepoint());
                }
                chainAndRelease(ctx, "ROLLBACK", r.chain(), r.release());
            }
            case Savepoint p -> {
                ctx.keyword(d.family() == SqlDialect.SQLSERVER ? "SAVE TRANSACTION" : "SAVEPOINT");
                hints(ctx, p.comments());
                ctx.append(' ').identifier(p.name());
            }
            case ReleaseSavepoint r -> {
                if (d.family() == SqlDialect.SQLSERVER || d.family() == SqlDialect.ORACLE) {
                    throw new UnsupportedConstruct("RELEASE SAVEPOINT", "");
                }
                ctx.keyword("RELEASE");
                hints(ctx, r.comments());
                ctx.keyword(" SAVEPOINT ").identifier(r.name());
            }
            case PrepareTransaction p -> twoPhase(ctx, "PREPARE TRANSACTION ", p.id(), p.comments());
            case CommitPrepared p -> twoPhase(ctx, "COMMIT PREPARED ", p.id(), p.comments());
            case RollbackPrepared p -> twoPhase(ctx, "ROLLBACK PREPARED ", p.id(), p.comments());
            case XaCommand x -> xa(ctx, x);
            case SetTransaction t -> SessionWriter.setTransaction(ctx, t);
            case SetStatement set -> SessionWriter.set(ctx, set);
            case SetConstraints c -> {
                DdlWriter.requirePostgres(d, "SET CONSTRAINTS");
                ctx.keyword("SET");
                hints(ctx, c.comments());
                ctx.keyword(" CONSTRAINTS ");
                if (c.constraints().isEmpty()) {
                    ctx.keyword("ALL");
                } else {
                    DdlWriter.names(ctx, c.constraints());
                }
                ctx.keyword(c.deferred() ? " DEFERRED" : " IMMEDIATE");
            }
            case Explain e -> {
                ctx.keyword("EXPLAIN");
                hints(ctx, e.comments());
                for (String o : e.options()) {
                    ctx.append(' ').keyword(o);
                }
                ctx.append(' ');
                top(ctx, e.statement());
            }
            case Use u -> {
                if (!d.family().isMySqlFamily() && d.family() != SqlDialect.SQLSERVER) {
                    throw new UnsupportedConstruct("USE database", "connect to that database instead");
                }
                ctx.keyword("USE");
                hints(ctx, u.comments());
                ctx.append(' ').identifier(u.database());
            }
            case Call c -> {
                if (d.family() == SqlDialect.SQLITE) {
                    throw new UnsupportedConstruct("CALL", "SQLite has no stored procedures");
                }
                ctx.keyword(d.family() == SqlDialect.SQLSERVER ? "EXEC" : "CALL");
                hints(ctx, c.comments());
                ctx.append(' ').functionName(c.procedure());
                if (d.family() == SqlDialect.SQLSERVER) {
                    ctx.append(' ');
                    ExpressionWriter.list(ctx, c.arguments());
                } else {
                    ctx.append('(');
                    ExpressionWriter.list(ctx, c.arguments());
                    ctx.append(')');
                }
            }
            case Passthrough p -> {
                // Only reached when rendering into the dialect it was read in (the entry point checks).
                ctx.append(p.sql());
            }
        }
    }

    /** {@code AND CHAIN} (PostgreSQL, MySQL) and MySQL's {@code RELEASE} (disconnect afterwards). */
    private static void chainAndRelease(RenderContext ctx, String verb, boolean chain, boolean release) {
        Dialect d = ctx.dialect();
        if (chain) {
            if (!d.family().isMySqlFamily() && d.family() != SqlDialect.POSTGRESQL && d.family() != SqlDialect.ANSI) {
                throw new UnsupportedConstruct(verb + " AND CHAIN", "");
            }
            ctx.keyword(" AND CHAIN");
        }
        if (release) {
            ExpressionWriter.requireMySql(d, verb + " RELEASE (disconnect)");
            ctx.keyword(" RELEASE");
        }
    }

    private static void twoPhase(RenderContext ctx, String keyword, String id, Comments comments) {
        DdlWriter.requirePostgres(ctx.dialect(), keyword.trim());
        ctx.keyword(keyword.trim());
        hints(ctx, comments);
        ctx.append(' ').stringLiteral(id);
    }

    private static void xa(RenderContext ctx, XaCommand x) {
        ExpressionWriter.requireMySql(ctx.dialect(), "XA " + x.action());
        ctx.keyword("XA ").keyword(x.action().name());
        hints(ctx, x.comments());
        if (!x.xid().isEmpty()) {
            ctx.append(' ');
            ExpressionWriter.list(ctx, x.xid());
        }
        if (x.option() != null) {
            ctx.append(' ').keyword(x.option());
        }
    }

    private static void tablespace(RenderContext ctx, String verb, boolean undo, Identifier name, List<Option> options,
            Comments comments) {
        ExpressionWriter.requireMySql(ctx.dialect(), verb + " TABLESPACE");
        ctx.keyword(verb);
        hints(ctx, comments);
        if (undo) {
            ctx.keyword(" UNDO");
        }
        ctx.keyword(" TABLESPACE ").identifier(name);
        for (Option o : options) {
            ctx.append(' ');
            DdlWriter.option(ctx, o, " ");
        }
    }

    // ------------------------------------------------------------------ comments

    /** Leading comments, each followed by a space (a newline after a line comment). */
    static void leadingComments(RenderContext ctx, Comments comments) {
        for (String c : comments.leading()) {
            comment(ctx, c);
        }
    }

    /**
     * Written right after a statement's first keyword: optimizer hints, then the statement's inner
     * comments (kept, never dropped; they read back as inner comments of the same statement).
     */
    static void hints(RenderContext ctx, Comments comments) {
        if (comments.hints().isEmpty() && comments.inner().isEmpty()) {
            return;
        }
        ctx.append(' ');
        int mark = ctx.length();
        for (String h : comments.hints()) {
            comment(ctx, h);
        }
        for (String c : comments.inner()) {
            comment(ctx, c);
        }
        if (ctx.length() > mark && ctx.charBefore() == ' ') {
            ctx.trimLastSpace();
        }
    }

    private static void comment(RenderContext ctx, String c) {
        boolean mysql = ctx.dialect().family().isMySqlFamily();
        if (c.startsWith("#")) {
            if (mysql) {
                ctx.append(c).append('\n');
            } else {
                ctx.append("--").append(c, 1).append('\n');
            }
        } else if (c.startsWith("--")) {
            // MySQL needs a space after "--" to see a comment.
            if (mysql && c.length() > 2 && c.charAt(2) != ' ' && c.charAt(2) != '\t') {
                ctx.append("-- ").append(c, 2).append('\n');
            } else {
                ctx.append(c).append('\n');
            }
        } else {
            ctx.append(c).append(' ');
        }
    }
}
