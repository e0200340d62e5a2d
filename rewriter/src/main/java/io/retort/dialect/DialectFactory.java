package io.retort.dialect;

import io.retort.sql.SqlDialect;
import java.util.Locale;

/** How {@link Dialect}'s factories find the dialect and version of a database. */
final class DialectFactory {

    private DialectFactory() {
    }

    static Dialect create(SqlDialect family, DatabaseVersion version) {
        return switch (family) {
            case ANSI -> new AnsiDialect(version);
            case POSTGRESQL -> new PostgresDialect(version);
            case MYSQL -> new MySqlDialect(version);
            case MARIADB -> new MariaDbDialect(version);
            case SQLITE -> new SqliteDialect(version);
            case H2 -> new H2Dialect(version);
            case ORACLE -> new OracleDialect(version);
            case SQLSERVER -> new SqlServerDialect(version);
        };
    }

    static Dialect forDatabase(String productName, String productVersion, int major, int minor) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (productVersion != null && productVersion.toLowerCase(Locale.ROOT).contains("mariadb")) {
            String v = productVersion.startsWith("5.5.5-") ? productVersion.substring(6) : productVersion;
            return create(SqlDialect.MARIADB, DatabaseVersion.parse(v));
        }
        DatabaseVersion version = DatabaseVersion.of(major, minor);
        if (productVersion != null) {
            DatabaseVersion parsed = parseOrNull(productVersion);
            if (parsed != null && parsed.major() == major && parsed.minor() == minor) {
                version = parsed; // keeps the patch level
            }
        }
        SqlDialect family;
        if (name.contains("postgres")) {
            family = SqlDialect.POSTGRESQL;
        } else if (name.contains("mariadb")) {
            family = SqlDialect.MARIADB;
        } else if (name.contains("mysql")) {
            family = SqlDialect.MYSQL;
        } else if (name.equals("h2")) {
            family = SqlDialect.H2;
        } else if (name.contains("sqlite")) {
            family = SqlDialect.SQLITE;
        } else if (name.contains("oracle")) {
            family = SqlDialect.ORACLE;
        } else if (name.contains("sql server")) {
            family = SqlDialect.SQLSERVER;
        } else {
            throw new IllegalArgumentException("no SQL dialect for the database '" + productName
                    + "'; Retort knows PostgreSQL, MySQL, MariaDB, SQLite, H2, Oracle and Microsoft SQL Server");
        }
        return create(family, version);
    }

    private static DatabaseVersion parseOrNull(String text) {
        try {
            return DatabaseVersion.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static DatabaseVersion minimumVersion(SqlDialect family) {
        return switch (family) {
            case ANSI -> DatabaseVersion.of(2016, 0);
            case POSTGRESQL -> DatabaseVersion.of(12, 0);
            case MYSQL -> DatabaseVersion.of(8, 0);
            case MARIADB -> DatabaseVersion.of(10, 5);
            case SQLITE -> DatabaseVersion.of(3, 35);
            case H2 -> DatabaseVersion.of(2, 1);
            case ORACLE -> DatabaseVersion.of(12, 1);
            case SQLSERVER -> DatabaseVersion.of(14, 0);
        };
    }

    static DatabaseVersion latestVersion(SqlDialect family) {
        return switch (family) {
            case ANSI -> DatabaseVersion.of(2016, 0);
            case POSTGRESQL -> DatabaseVersion.of(17, 0);
            case MYSQL -> DatabaseVersion.of(8, 4, 0);
            case MARIADB -> DatabaseVersion.of(11, 4);
            case SQLITE -> DatabaseVersion.of(3, 46);
            case H2 -> DatabaseVersion.of(2, 3);
            case ORACLE -> DatabaseVersion.of(23, 0);
            case SQLSERVER -> DatabaseVersion.of(16, 0);
        };
    }
}
