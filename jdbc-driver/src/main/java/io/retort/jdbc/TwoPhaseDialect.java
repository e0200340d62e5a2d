package io.retort.jdbc;

import io.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * How one database runs a branch of a two-phase transaction with its own SQL: PostgreSQL's
 * {@code PREPARE TRANSACTION} / {@code COMMIT PREPARED}, MariaDB's and MySQL's {@code XA}, H2's
 * {@code PREPARE COMMIT}. A branch is named by the global transaction id and the data source name,
 * so two data sources on one server never share a name.
 *
 * <p>The connection methods ({@link #start} to {@link #commitOnePhase}) run on the branch's own
 * connection, which is in a transaction (auto-commit off). {@link #resolve} and {@link #inDoubt}
 * run on a connection in auto-commit, possibly another session, for recovery.
 */
enum TwoPhaseDialect {

    POSTGRESQL {
        @Override
        void prepare(Connection c, String gtrid, String dataSource) throws SQLException {
            String gid = gid(gtrid, dataSource);
            execute(c, "PREPARE TRANSACTION " + literal(gid));
            // PostgreSQL answers PREPARE TRANSACTION in a failed transaction with a rollback, not an error.
            boolean prepared;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_prepared_xacts WHERE gid = ?")) {
                ps.setString(1, gid);
                try (ResultSet rs = ps.executeQuery()) {
                    prepared = rs.next();
                }
            } finally {
                c.rollback(); // ends the read transaction of the check
            }
            if (!prepared) {
                throw new SQLException("the transaction had failed on this data source (a statement in it raised an"
                        + " error), so PostgreSQL rolled it back instead of preparing it", "25P02");
            }
        }

        @Override
        void commitPrepared(Connection c, String gtrid, String dataSource) throws SQLException {
            inAutoCommit(c, "COMMIT PREPARED " + literal(gid(gtrid, dataSource)));
        }

        @Override
        void rollbackPrepared(Connection c, String gtrid, String dataSource) throws SQLException {
            inAutoCommit(c, "ROLLBACK PREPARED " + literal(gid(gtrid, dataSource)));
        }

        @Override
        boolean resolve(Connection c, String gtrid, String dataSource, boolean commit) throws SQLException {
            // 42704: no such prepared transaction (already resolved)
            return unlessGone(() -> inAutoCommit(c, (commit ? "COMMIT PREPARED " : "ROLLBACK PREPARED ")
                    + literal(gid(gtrid, dataSource))), e -> "42704".equals(e.getSQLState()));
        }

        @Override
        List<String> inDoubt(Connection c, String prefix, String dataSource) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT gid FROM pg_prepared_xacts WHERE database = current_database() AND gid LIKE ?")) {
                ps.setString(1, prefix + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    return branches(rs, prefix, dataSource);
                }
            }
        }
    },

    MYSQL {
        @Override
        void start(Connection c, String gtrid, String dataSource) throws SQLException {
            execute(c, "XA START " + xid(gtrid, dataSource));
        }

        @Override
        void prepare(Connection c, String gtrid, String dataSource) throws SQLException {
            execute(c, "XA END " + xid(gtrid, dataSource));
            execute(c, "XA PREPARE " + xid(gtrid, dataSource));
        }

        @Override
        void commitPrepared(Connection c, String gtrid, String dataSource) throws SQLException {
            execute(c, "XA COMMIT " + xid(gtrid, dataSource));
        }

        @Override
        void rollbackPrepared(Connection c, String gtrid, String dataSource) throws SQLException {
            execute(c, "XA ROLLBACK " + xid(gtrid, dataSource));
        }

        @Override
        void rollbackActive(Connection c, String gtrid, String dataSource) throws SQLException {
            try {
                execute(c, "XA END " + xid(gtrid, dataSource));
            } catch (SQLException e) {
                // already ended, or rolled back by the server (deadlock, timeout): XA ROLLBACK tells
            }
            try {
                execute(c, "XA ROLLBACK " + xid(gtrid, dataSource));
            } catch (SQLException e) {
                if (!rolledBackByServer(e)) {
                    throw e;
                }
            }
        }

        @Override
        void commitOnePhase(Connection c, String gtrid, String dataSource) throws SQLException {
            execute(c, "XA END " + xid(gtrid, dataSource));
            execute(c, "XA COMMIT " + xid(gtrid, dataSource) + " ONE PHASE");
        }

        @Override
        boolean resolve(Connection c, String gtrid, String dataSource, boolean commit) throws SQLException {
            return unlessGone(() -> execute(c, (commit ? "XA COMMIT " : "XA ROLLBACK ") + xid(gtrid, dataSource)),
                    e -> e.getErrorCode() == XAER_NOTA);
        }

        @Override
        List<String> inDoubt(Connection c, String prefix, String dataSource) throws SQLException {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("XA RECOVER")) {
                while (rs.next()) {
                    int gtridLength = rs.getInt("gtrid_length");
                    int bqualLength = rs.getInt("bqual_length");
                    String data = rs.getString("data");
                    if (rs.getInt("formatID") != 1 || data == null || data.length() != gtridLength + bqualLength) {
                        continue;
                    }
                    String gtrid = data.substring(0, gtridLength);
                    if (gtrid.startsWith(prefix) && data.substring(gtridLength).equals(dataSource)) {
                        out.add(gtrid);
                    }
                }
            }
            return out;
        }
    },

    H2 {
        @Override
        void prepare(Connection c, String gtrid, String dataSource) throws SQLException {
            execute(c, "PREPARE COMMIT \"" + gid(gtrid, dataSource) + "\"");
        }

        @Override
        void commitPrepared(Connection c, String gtrid, String dataSource) throws SQLException {
            c.commit(); // H2 commits a session's prepared transaction with a plain COMMIT
        }

        @Override
        void rollbackPrepared(Connection c, String gtrid, String dataSource) throws SQLException {
            c.rollback();
        }

        @Override
        boolean resolve(Connection c, String gtrid, String dataSource, boolean commit) throws SQLException {
            // H2 keeps a prepared transaction of a crashed process as "in doubt" until told, by name
            return unlessGone(() -> execute(c, (commit ? "COMMIT TRANSACTION \"" : "ROLLBACK TRANSACTION \"")
                    + gid(gtrid, dataSource) + "\""), e -> e.getErrorCode() == H2_TRANSACTION_NOT_FOUND);
        }

        @Override
        List<String> inDoubt(Connection c, String prefix, String dataSource) throws SQLException {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT TRANSACTION_NAME FROM INFORMATION_SCHEMA.IN_DOUBT")) {
                return branches(rs, prefix, dataSource);
            }
        }
    };

    /** H2: "Transaction … not found". */
    private static final int H2_TRANSACTION_NOT_FOUND = 90129;
    /** MariaDB/MySQL: "XAER_NOTA: Unknown XID". */
    private static final int XAER_NOTA = 1397;
    /** MariaDB/MySQL error codes that say the server already rolled the branch back (XA_RBROLLBACK, XA_RBTIMEOUT, XA_RBDEADLOCK). */
    private static final int[] ROLLED_BACK = {XAER_NOTA, 1402, 1613, 1614};

    /** The database behind {@code dialect}, or an exception naming it when it has no prepared transactions. */
    static TwoPhaseDialect of(Dialect dialect, String dataSource) throws SQLException {
        TwoPhaseDialect d = forFamily(dialect);
        if (d == null) {
            throw new SQLFeatureNotSupportedException("transaction: { mode: two-phase } needs prepared"
                    + " transactions, and data source " + dataSource + " is " + dialect.displayName() + ", which Retort"
                    + " cannot prepare; two-phase mode supports PostgreSQL, MariaDB, MySQL and H2", "0A000");
        }
        return d;
    }

    /** The database behind {@code dialect}, or null when it has no prepared transactions Retort can drive. */
    static TwoPhaseDialect forFamily(Dialect dialect) {
        return switch (dialect.family()) {
            case POSTGRESQL -> POSTGRESQL;
            case MARIADB, MYSQL -> MYSQL;
            case H2 -> H2;
            default -> null;
        };
    }

    /** Starts the branch before its first statement (only XA needs this). */
    void start(Connection c, String gtrid, String dataSource) throws SQLException {}

    /** Phase one: after this the branch survives a crash of this process and of the database. */
    abstract void prepare(Connection c, String gtrid, String dataSource) throws SQLException;

    /** Phase two on the branch's own connection. */
    abstract void commitPrepared(Connection c, String gtrid, String dataSource) throws SQLException;

    /** Undoes a prepared branch on its own connection. */
    abstract void rollbackPrepared(Connection c, String gtrid, String dataSource) throws SQLException;

    /** Undoes a branch that was not prepared. */
    void rollbackActive(Connection c, String gtrid, String dataSource) throws SQLException {
        c.rollback();
    }

    /** Commits the only branch of a transaction: no prepare needed. */
    void commitOnePhase(Connection c, String gtrid, String dataSource) throws SQLException {
        c.commit();
    }

    /**
     * Commits or rolls back a prepared branch left by another session or a crashed process.
     *
     * @return false when the database has no such branch (it was resolved already)
     */
    abstract boolean resolve(Connection c, String gtrid, String dataSource, boolean commit) throws SQLException;

    /** The global ids of this data source's prepared branches whose id starts with {@code prefix}. */
    abstract List<String> inDoubt(Connection c, String prefix, String dataSource) throws SQLException;

    /** A statement that may find its branch gone: false then. */
    private interface BranchStatement {
        void run() throws SQLException;
    }

    private static boolean unlessGone(BranchStatement statement, java.util.function.Predicate<SQLException> gone)
            throws SQLException {
        try {
            statement.run();
            return true;
        } catch (SQLException e) {
            if (gone.test(e)) {
                return false;
            }
            throw e;
        }
    }

    /** The global ids of the names in column 1 of {@code rows} that are this log's branches on {@code dataSource}. */
    private static List<String> branches(ResultSet rows, String prefix, String dataSource) throws SQLException {
        List<String> out = new ArrayList<>();
        String suffix = "." + dataSource;
        while (rows.next()) {
            String gid = rows.getString(1);
            if (gid.startsWith(prefix) && gid.endsWith(suffix)) {
                out.add(gid.substring(0, gid.length() - suffix.length()));
            }
        }
        return out;
    }

    private static boolean rolledBackByServer(SQLException e) {
        for (int code : ROLLED_BACK) {
            if (e.getErrorCode() == code) {
                return true;
            }
        }
        return false;
    }

    private static String gid(String gtrid, String dataSource) {
        return gtrid + "." + dataSource;
    }

    private static String xid(String gtrid, String dataSource) {
        return literal(gtrid) + "," + literal(dataSource);
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Runs {@code sql} outside a transaction block (PostgreSQL's COMMIT/ROLLBACK PREPARED), then restores auto-commit. */
    private static void inAutoCommit(Connection c, String sql) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        if (!autoCommit) {
            c.setAutoCommit(true);
        }
        try {
            execute(c, sql);
        } finally {
            if (!autoCommit) {
                c.setAutoCommit(false);
            }
        }
    }
}
