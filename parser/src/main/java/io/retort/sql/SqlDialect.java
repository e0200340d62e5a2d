package io.retort.sql;

import java.util.Locale;

/**
 * The SQL dialect a statement is written in. The parser uses it to decide what is ambiguous between
 * databases: {@code "x"} is an identifier except in MySQL and MariaDB, where it is a string; {@code ||}
 * concatenates except in MySQL and MariaDB, where it means {@code OR}; backslashes escape inside MySQL
 * strings; {@code $1} is a parameter in PostgreSQL; {@code #} starts a comment in MySQL and is an
 * operator in PostgreSQL.
 *
 * <p>{@link #ORACLE} and {@link #SQLSERVER} are accepted everywhere a dialect is named (so that a
 * {@code retort.dialect=oracle} URL is valid), but the parser reads them like {@link #ANSI} for now.
 *
 * <pre>{@code
 * SqlDialect d = SqlDialect.fromName("postgresql");   // POSTGRESQL
 * }</pre>
 */
public enum SqlDialect {
    /** Standard SQL: double-quoted identifiers, {@code ||} concatenation, no backslash escapes. */
    ANSI,
    POSTGRESQL,
    MYSQL,
    MARIADB,
    SQLITE,
    H2,
    /** Parsed like {@link #ANSI} for now. */
    ORACLE,
    /** Parsed like {@link #ANSI} for now. */
    SQLSERVER;

    /** True for MySQL and MariaDB, which share the lexical rules that matter to the parser. */
    public boolean isMySqlFamily() {
        return this == MYSQL || this == MARIADB;
    }

    /** The lower-case name used in URLs and configuration, e.g. {@code postgresql}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Resolves a dialect from its configuration name ({@code postgresql}, {@code mysql}, {@code mariadb},
     * {@code sqlite}, {@code h2}, {@code oracle}, {@code sqlserver}, {@code ansi}); also accepts
     * {@code postgres}, {@code pg}, {@code mssql}, {@code sql92} and {@code all} (ANSI).
     *
     * @throws IllegalArgumentException naming the accepted values when the name is unknown
     */
    public static SqlDialect fromName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "ansi", "all", "sql92", "sql", "standard" -> ANSI;
            case "postgresql", "postgres", "pg", "pgsql" -> POSTGRESQL;
            case "mysql" -> MYSQL;
            case "mariadb" -> MARIADB;
            case "sqlite", "sqlite3" -> SQLITE;
            case "h2" -> H2;
            case "oracle" -> ORACLE;
            case "sqlserver", "mssql", "sql-server" -> SQLSERVER;
            default -> throw new IllegalArgumentException("unknown SQL dialect '" + name
                    + "'; use one of postgresql, mysql, mariadb, sqlite, h2, oracle, sqlserver, ansi");
        };
    }
}
