package io.retort.dialect;

import io.retort.sql.*;
import java.util.List;

/** Writes SET statements and transaction characteristics. */
final class SessionWriter {

    private SessionWriter() {
    }

    static void set(RenderContext ctx, SetStatement set) {
        Dialect d = ctx.dialect();
        ctx.keyword("SET");
        StatementWriter.hints(ctx, set.comments());
        ctx.append(' ');
        List<SetItem> items = set.items();
        if (items.size() > 1 && !d.family().isMySqlFamily()) {
            throw new UnsupportedConstruct("SET with several assignments", "write one SET per variable");
        }
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                ctx.append(", ");
            }
            switch (items.get(i)) {
                case SetVariable v -> setVariable(ctx, v);
                case SetNames n -> {
                    ExpressionWriter.requireMySql(d, "SET NAMES");
                    ctx.keyword(n.names() ? "NAMES " : "CHARACTER SET ").expression(n.charset());
                    if (n.collation() != null) {
                        ctx.keyword(" COLLATE ").expression(n.collation());
                    }
                }
                case SetTimeZone z -> {
                    if (d.family().isMySqlFamily()) {
                        ctx.keyword("time_zone = ").expression(z.zone());
                    } else {
                        DdlWriter.requirePostgres(d, "SET TIME ZONE");
                        if (z.scope() != null) {
                            ctx.keyword(z.scope()).append(' ');
                        }
                        ctx.keyword("TIME ZONE ").expression(z.zone());
                    }
                }
            }
        }
    }

    private static void setVariable(RenderContext ctx, SetVariable v) {
        Dialect d = ctx.dialect();
        Variable var = v.variable();
        boolean mysql = d.family().isMySqlFamily();
        if (var.kind() == VariableKind.USER) {
            ExpressionWriter.requireMySql(d, "a user variable @" + var.name());
            ctx.append('@').name(var.name());
        } else if (var.scope() != null) {
            if (mysql) {
                ctx.keyword(var.scope()).append(' ');
            } else if (d.family() == SqlDialect.POSTGRESQL && (var.scope().equals("SESSION")
                    || var.scope().equals("LOCAL"))) {
                ctx.keyword(var.scope()).append(' ');
            } else {
                throw new UnsupportedConstruct("SET " + var.scope() + " variable", "");
            }
            ctx.name(var.name());
        } else {
            ctx.name(var.name());
        }
        ctx.keyword(" = ");
        ExpressionWriter.list(ctx, v.values());
    }

    static void setTransaction(RenderContext ctx, SetTransaction t) {
        Dialect d = ctx.dialect();
        if (d.family() == SqlDialect.SQLITE) {
            throw new UnsupportedConstruct("SET TRANSACTION", "SQLite's transactions are always serializable");
        }
        ctx.keyword("SET");
        StatementWriter.hints(ctx, t.comments());
        if (t.scope() != null) {
            if (t.scope().equals("SESSION CHARACTERISTICS")) {
                DdlWriter.requirePostgres(d, "SET SESSION CHARACTERISTICS");
                ctx.keyword(" SESSION CHARACTERISTICS AS");
            } else {
                ExpressionWriter.requireMySql(d, "SET " + t.scope() + " TRANSACTION");
                ctx.append(' ').keyword(t.scope());
            }
        }
        ctx.keyword(" TRANSACTION ");
        modes(ctx, t.modes());
    }

    static void modes(RenderContext ctx, List<TransactionMode> modes) {
        for (int i = 0; i < modes.size(); i++) {
            if (i > 0) {
                ctx.append(", ");
            }
            mode(ctx, modes.get(i));
        }
    }

    private static void mode(RenderContext ctx, TransactionMode m) {
        Dialect d = ctx.dialect();
        switch (m) {
            case TransactionMode.Isolation i -> ctx.keyword("ISOLATION LEVEL ")
                    .keyword(i.level().name().replace('_', ' '));
            case TransactionMode.AccessMode a -> ctx.keyword(a.readOnly() ? "READ ONLY" : "READ WRITE");
            case TransactionMode.Deferrable x -> {
                DdlWriter.requirePostgres(d, "DEFERRABLE transactions");
                ctx.keyword(x.deferrable() ? "DEFERRABLE" : "NOT DEFERRABLE");
            }
            case TransactionMode.ConsistentSnapshot s -> {
                ExpressionWriter.requireMySql(d, "WITH CONSISTENT SNAPSHOT");
                ctx.keyword("WITH CONSISTENT SNAPSHOT");
            }
            case TransactionMode.LockingBehavior b -> {
                if (d.family() != SqlDialect.SQLITE) {
                    throw new UnsupportedConstruct("BEGIN " + b.behavior(), "it exists only in SQLite");
                }
                ctx.keyword(b.behavior());
            }
        }
    }
}
