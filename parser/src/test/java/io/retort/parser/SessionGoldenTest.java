package io.retort.parser;

import static io.retort.parser.ParseFixture.sql;
import static io.retort.sql.Sql.*;
import static io.retort.sql.SqlDialect.*;

import io.retort.sql.BeginTransaction;
import io.retort.sql.Call;
import io.retort.sql.Comments;
import io.retort.sql.Commit;
import io.retort.sql.CommitPrepared;
import io.retort.sql.Explain;
import io.retort.sql.Identifier;
import io.retort.sql.IsolationLevel;
import io.retort.sql.Keyword;
import io.retort.sql.Name;
import io.retort.sql.PrepareTransaction;
import io.retort.sql.ReleaseSavepoint;
import io.retort.sql.Rollback;
import io.retort.sql.RollbackPrepared;
import io.retort.sql.Savepoint;
import io.retort.sql.SetConstraints;
import io.retort.sql.SetNames;
import io.retort.sql.SetStatement;
import io.retort.sql.SetTimeZone;
import io.retort.sql.SetTransaction;
import io.retort.sql.SetVariable;
import io.retort.sql.TransactionMode;
import io.retort.sql.Use;
import io.retort.sql.Variable;
import io.retort.sql.VariableKind;
import io.retort.sql.XaAction;
import io.retort.sql.XaCommand;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Transaction control, SET, EXPLAIN, USE and CALL. */
class SessionGoldenTest {

    private static final Comments NONE = Comments.NONE;

    @Test
    void beginAndStart() {
        BeginTransaction plain = new BeginTransaction(List.of(), NONE);
        sql("BEGIN").in(ANSI, MYSQL, POSTGRESQL, SQLITE, H2).is(plain);
        sql("BEGIN WORK").in(MYSQL).is(plain);
        sql("BEGIN TRANSACTION").in(POSTGRESQL, SQLITE).is(plain);
        sql("START TRANSACTION").in(MYSQL, POSTGRESQL).is(plain);
        sql("START TRANSACTION ISOLATION LEVEL READ COMMITTED, READ ONLY").in(POSTGRESQL)
                .is(new BeginTransaction(List.of(new TransactionMode.Isolation(IsolationLevel.READ_COMMITTED),
                        new TransactionMode.AccessMode(true)), NONE));
        sql("START TRANSACTION WITH CONSISTENT SNAPSHOT").in(MYSQL)
                .is(new BeginTransaction(List.of(new TransactionMode.ConsistentSnapshot()), NONE));
        sql("BEGIN IMMEDIATE").in(SQLITE)
                .is(new BeginTransaction(List.of(new TransactionMode.LockingBehavior("IMMEDIATE")), NONE));
        sql("BEGIN ISOLATION LEVEL SERIALIZABLE DEFERRABLE").in(POSTGRESQL)
                .is(new BeginTransaction(List.of(new TransactionMode.Isolation(IsolationLevel.SERIALIZABLE),
                        new TransactionMode.Deferrable(true)), NONE));
    }

    @Test
    void commitRollbackSavepoints() {
        sql("COMMIT").in(ANSI, MYSQL, POSTGRESQL).is(new Commit(false, false, NONE));
        sql("COMMIT WORK AND CHAIN").in(MYSQL).is(new Commit(true, false, NONE));
        sql("COMMIT AND NO CHAIN").in(MYSQL).is(new Commit(false, false, NONE));
        sql("END").in(POSTGRESQL).is(new Commit(false, false, NONE));
        sql("COMMIT AND CHAIN NO RELEASE").in(MYSQL).is(new Commit(true, false, NONE));
        sql("COMMIT RELEASE").in(MYSQL).is(new Commit(false, true, NONE));
        sql("ROLLBACK AND NO CHAIN RELEASE").in(MYSQL).is(new Rollback(null, false, true, NONE));
        sql("ROLLBACK").is(new Rollback(null, false, false, NONE));
        sql("ABORT").in(POSTGRESQL).is(new Rollback(null, false, false, NONE));
        sql("ROLLBACK TO SAVEPOINT sp1").in(MYSQL, POSTGRESQL).is(new Rollback(Identifier.of("sp1"), false, false, NONE));
        sql("ROLLBACK TO sp1").in(MYSQL, POSTGRESQL).is(new Rollback(Identifier.of("sp1"), false, false, NONE));
        sql("SAVEPOINT sp1").is(new Savepoint(Identifier.of("sp1"), NONE));
        sql("RELEASE SAVEPOINT sp1").is(new ReleaseSavepoint(Identifier.of("sp1"), NONE));
        sql("RELEASE sp1").in(POSTGRESQL).is(new ReleaseSavepoint(Identifier.of("sp1"), NONE));
    }

    @Test
    void twoPhaseCommit() {
        sql("PREPARE TRANSACTION 'tx1'").in(POSTGRESQL).is(new PrepareTransaction("tx1", NONE));
        sql("COMMIT PREPARED 'tx1'").in(POSTGRESQL).is(new CommitPrepared("tx1", NONE));
        sql("ROLLBACK PREPARED 'tx1'").in(POSTGRESQL).is(new RollbackPrepared("tx1", NONE));
        sql("XA START 'tx1'").in(MYSQL, MARIADB).is(new XaCommand(XaAction.START, List.of(string("tx1")), null, NONE));
        sql("XA END 'tx1'").in(MARIADB).is(new XaCommand(XaAction.END, List.of(string("tx1")), null, NONE));
        sql("XA PREPARE 'tx1'").in(MARIADB).is(new XaCommand(XaAction.PREPARE, List.of(string("tx1")), null, NONE));
        sql("XA COMMIT 'tx1' ONE PHASE").in(MARIADB).is(new XaCommand(XaAction.COMMIT, List.of(string("tx1")), "ONE PHASE", NONE));
        sql("XA ROLLBACK 'tx1'").in(MARIADB).is(new XaCommand(XaAction.ROLLBACK, List.of(string("tx1")), null, NONE));
        sql("XA RECOVER").in(MARIADB).is(new XaCommand(XaAction.RECOVER, List.of(), null, NONE));
    }

    @Test
    void setTransaction() {
        sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ").in(MYSQL, POSTGRESQL)
                .is(new SetTransaction(null, List.of(new TransactionMode.Isolation(IsolationLevel.REPEATABLE_READ)), NONE));
        sql("SET GLOBAL TRANSACTION READ WRITE").in(MYSQL)
                .is(new SetTransaction("GLOBAL", List.of(new TransactionMode.AccessMode(false)), NONE));
        sql("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ UNCOMMITTED").in(POSTGRESQL)
                .is(new SetTransaction("SESSION CHARACTERISTICS",
                        List.of(new TransactionMode.Isolation(IsolationLevel.READ_UNCOMMITTED)), NONE));
        sql("SET CONSTRAINTS ALL DEFERRED").in(POSTGRESQL).is(new SetConstraints(List.of(), true, NONE));
        sql("SET CONSTRAINTS a, b IMMEDIATE").in(POSTGRESQL)
                .is(new SetConstraints(List.of(Name.of("a"), Name.of("b")), false, NONE));
    }

    @Test
    void setVariables() {
        Variable autocommit = new Variable(VariableKind.SYSTEM, null, Name.of("autocommit"));
        sql("SET autocommit = 1").in(MYSQL).is(new SetStatement(List.of(new SetVariable(autocommit, List.of(number(1)))), NONE));
        sql("SET SESSION autocommit = OFF").in(MYSQL).is(new SetStatement(List.of(new SetVariable(
                new Variable(VariableKind.SYSTEM, "SESSION", Name.of("autocommit")), List.of(new Keyword("OFF")))), NONE));
        sql("SET @@SESSION.autocommit = ON").in(MYSQL).is(new SetStatement(List.of(new SetVariable(
                new Variable(VariableKind.SYSTEM, "SESSION", Name.of("autocommit")), List.of(new Keyword("ON")))), NONE));
        sql("SET @a = 1, @b := 'x'").in(MYSQL).is(new SetStatement(List.of(
                new SetVariable(new Variable(VariableKind.USER, null, Name.of("a")), List.of(number(1))),
                new SetVariable(new Variable(VariableKind.USER, null, Name.of("b")), List.of(string("x")))), NONE));
        sql("SET search_path TO app, public").in(POSTGRESQL).is(new SetStatement(List.of(new SetVariable(
                new Variable(VariableKind.SYSTEM, null, Name.of("search_path")), List.of(new Keyword("app"), new Keyword("public")))), NONE));
        sql("SET LOCAL statement_timeout = '5s'").in(POSTGRESQL).is(new SetStatement(List.of(new SetVariable(
                new Variable(VariableKind.SYSTEM, "LOCAL", Name.of("statement_timeout")), List.of(string("5s")))), NONE));
        sql("SET NAMES utf8mb4 COLLATE utf8mb4_bin").in(MYSQL).is(new SetStatement(List.of(new SetNames(true,
                new Keyword("utf8mb4"), new Keyword("utf8mb4_bin"))), NONE));
        sql("SET TIME ZONE 'UTC'").in(POSTGRESQL).is(new SetStatement(List.of(new SetTimeZone(null, string("UTC"))), NONE));
        sql("SET a = 1, b = 2").in(MYSQL).is(new SetStatement(List.of(
                new SetVariable(new Variable(VariableKind.SYSTEM, null, Name.of("a")), List.of(number(1))),
                new SetVariable(new Variable(VariableKind.SYSTEM, null, Name.of("b")), List.of(number(2)))), NONE));
    }

    @Test
    void explainUseCall() {
        sql("EXPLAIN ROUTE SELECT * FROM t WHERE id = ?").in(MYSQL, POSTGRESQL)
                .is(new Explain(List.of("ROUTE"), select(star()).from(table("t")).where(column("id").eq(param(1))), NONE));
        sql("EXPLAIN ANALYZE SELECT 1").in(POSTGRESQL).is(new Explain(List.of("ANALYZE"), select(number(1)), NONE));
        sql("USE shop").in(MYSQL).is(new Use(Identifier.of("shop"), NONE));
        sql("CALL p(1, ?)").in(MYSQL, POSTGRESQL).is(new Call(Name.of("p"), List.of(number(1), param(1)), NONE));
    }
}
