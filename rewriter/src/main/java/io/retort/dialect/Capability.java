package io.retort.dialect;

/**
 * What a database can express, and how it reads what it is given, by name: the rewriter asks
 * {@code target.supports(Capability.SUPPORTS_RETURNING)} instead of comparing dialects. Capabilities
 * depend on the version ({@link Dialect#of(io.retort.sql.SqlDialect, DatabaseVersion)}): MariaDB 10.5
 * supports {@code INSERT ... RETURNING}, 10.4 does not.
 *
 * <p>The entries after {@link #INTEGER_DIVISION} are semantic traits rather than syntax: they describe
 * what the dialect's SQL <em>means</em>, and are read on the source side of a translation too.
 *
 * <pre>{@code
 * if (!dialect.supports(Capability.SUPPORTS_ILIKE)) { ... lower(a) LIKE lower(b) ... }
 * }</pre>
 */
public enum Capability {
    /** {@code INSERT ... RETURNING}. */
    SUPPORTS_RETURNING,
    /** {@code UPDATE ... RETURNING}. */
    SUPPORTS_UPDATE_RETURNING,
    /** {@code DELETE ... RETURNING}. */
    SUPPORTS_DELETE_RETURNING,
    /** SQL Server's {@code OUTPUT INSERTED.* / DELETED.*}. */
    SUPPORTS_OUTPUT_CLAUSE,
    /** H2's data change delta tables {@code SELECT ... FROM FINAL TABLE (INSERT ...)}. */
    SUPPORTS_DATA_CHANGE_DELTA_TABLE,
    /** {@code LIMIT n [OFFSET m]}. */
    SUPPORTS_LIMIT,
    /** {@code OFFSET m ROWS FETCH NEXT n ROWS ONLY}. */
    SUPPORTS_OFFSET_FETCH,
    /** SQL Server's {@code SELECT TOP (n)}. */
    SUPPORTS_TOP,
    /** OFFSET is only allowed after ORDER BY (SQL Server): {@code ORDER BY (SELECT NULL)} is added. */
    OFFSET_REQUIRES_ORDER_BY,
    /** OFFSET is only allowed after LIMIT (MySQL, MariaDB, SQLite): a maximal LIMIT is added. */
    OFFSET_REQUIRES_LIMIT,
    /** {@code FETCH FIRST n ROWS WITH TIES} (or {@code TOP (n) WITH TIES}). */
    SUPPORTS_FETCH_WITH_TIES,
    /** A boolean type: TRUE/FALSE values, predicates usable as values, boolean columns as conditions. */
    SUPPORTS_BOOLEAN,
    /** {@code ILIKE}. */
    SUPPORTS_ILIKE,
    /** Regular-expression matching with a choice of case sensitivity. */
    SUPPORTS_REGEX,
    /** PostgreSQL's {@code x::type}. */
    SUPPORTS_DOUBLE_COLON_CAST,
    /** {@code IS [NOT] DISTINCT FROM}. */
    SUPPORTS_IS_DISTINCT_FROM,
    /** MySQL's null-safe equality {@code <=>}. */
    SUPPORTS_NULL_SAFE_EQUALS,
    /** {@code INSERT ... ON CONFLICT ... DO NOTHING | DO UPDATE}. */
    SUPPORTS_ON_CONFLICT,
    /** {@code ON CONFLICT DO UPDATE} without a conflict target (SQLite 3.35+): any unique key. */
    SUPPORTS_ON_CONFLICT_UPDATE_WITHOUT_TARGET,
    /** {@code INSERT ... ON DUPLICATE KEY UPDATE}. */
    SUPPORTS_ON_DUPLICATE_KEY_UPDATE,
    /** MySQL 8.0.19's {@code INSERT ... VALUES (...) AS new ON DUPLICATE KEY UPDATE c = new.c}. */
    SUPPORTS_INSERT_ROW_ALIAS,
    /** {@code INSERT IGNORE}. */
    SUPPORTS_INSERT_IGNORE,
    /** The standard {@code MERGE INTO ... USING ... ON ... WHEN [NOT] MATCHED}. */
    SUPPORTS_MERGE,
    /** Row locks: {@code SELECT ... FOR UPDATE} (or an equivalent table hint). */
    SUPPORTS_ROW_LOCKS,
    /** Shared row locks ({@code FOR SHARE}, {@code LOCK IN SHARE MODE}). */
    SUPPORTS_FOR_SHARE,
    /** {@code NOWAIT}. */
    SUPPORTS_LOCK_NOWAIT,
    /** {@code SKIP LOCKED}. */
    SUPPORTS_SKIP_LOCKED,
    /** {@code FOR UPDATE OF t}. */
    SUPPORTS_LOCK_OF,
    /** {@code x IN ()}. */
    SUPPORTS_EMPTY_IN_LIST,
    /** Row values: {@code (a, b) IN ((1, 2))}, {@code (a, b) = (1, 2)}. */
    SUPPORTS_ROW_VALUES,
    /** The keyword in {@code WITH RECURSIVE}. */
    RECURSIVE_KEYWORD,
    /** A recursive CTE must list its columns (Oracle). */
    RECURSIVE_CTE_NEEDS_COLUMNS,
    /** {@code WITH} (common table expressions). */
    SUPPORTS_CTE,
    /** PostgreSQL's {@code UPDATE t SET ... FROM s}. */
    SUPPORTS_UPDATE_FROM,
    /** PostgreSQL's {@code DELETE FROM t USING s}. */
    SUPPORTS_DELETE_USING,
    /** MySQL's {@code UPDATE t JOIN s ... SET} and {@code DELETE t FROM t JOIN s}. */
    SUPPORTS_MULTI_TABLE_DML,
    /** {@code INSERT ... VALUES (...), (...)}. */
    SUPPORTS_MULTI_ROW_VALUES,
    /** {@code VALUES (...)} as a query or derived table. */
    SUPPORTS_VALUES_QUERY,
    /** Column aliases on a derived table: {@code (...) AS t(a, b)}. */
    SUPPORTS_DERIVED_COLUMN_LIST,
    /** {@code CREATE SEQUENCE}, next-value expressions. */
    SUPPORTS_SEQUENCES,
    /** {@code GENERATED ... AS IDENTITY} columns. */
    SUPPORTS_IDENTITY,
    /** JSON access operators {@code ->} and {@code ->>}. */
    SUPPORTS_JSON_ARROW,
    /** JSON path functions ({@code json_extract}, {@code JSON_VALUE}, ...). */
    SUPPORTS_JSON,
    /** Aggregate {@code FILTER (WHERE ...)}. */
    SUPPORTS_FILTER_CLAUSE,
    /** {@code ORDER BY ... NULLS FIRST | LAST}. */
    SUPPORTS_NULLS_ORDERING,
    /** PostgreSQL's {@code SELECT DISTINCT ON (...)}. */
    SUPPORTS_DISTINCT_ON,
    /** {@code LATERAL} derived tables. */
    SUPPORTS_LATERAL,
    /** {@code FULL [OUTER] JOIN}. */
    SUPPORTS_FULL_JOIN,
    /** {@code RIGHT [OUTER] JOIN}. */
    SUPPORTS_RIGHT_JOIN,
    /** {@code INTERSECT ALL} and {@code EXCEPT ALL}. */
    SUPPORTS_SET_OPERATION_ALL,
    /** {@code GROUPING SETS}, {@code ROLLUP (...)}, {@code CUBE (...)}. */
    SUPPORTS_GROUPING_SETS,
    /** A SELECT needs a FROM clause ({@code FROM DUAL} in Oracle). */
    SELECT_REQUIRES_FROM,
    /** {@code AS} before a table alias (Oracle allows it only before column aliases). */
    SUPPORTS_TABLE_ALIAS_AS,
    /** Arrays: {@code ARRAY[...]}, subscripts. */
    SUPPORTS_ARRAYS,
    /** {@code TRUNCATE TABLE}. */
    SUPPORTS_TRUNCATE,
    /** Ordered aggregates: {@code string_agg(x, ',' ORDER BY y)} or an equivalent. */
    SUPPORTS_ORDERED_AGGREGATE,
    /**
     * {@code GROUP BY 1} names the first select item (PostgreSQL, MySQL, MariaDB, SQLite); H2 reads it as
     * a constant (one group), Oracle and SQL Server refuse it.
     */
    GROUP_BY_POSITION,

    // ------------------------------------------------------------------ semantic traits

    /** {@code int / int} truncates toward zero (PostgreSQL, SQLite, H2, SQL Server); MySQL divides exactly. */
    INTEGER_DIVISION,
    /** A cast to an integer type rounds (PostgreSQL, MySQL, H2, Oracle); SQLite and SQL Server truncate. */
    CAST_TO_INTEGER_ROUNDS,
    /** {@code concat(a, NULL)} ignores the NULL (PostgreSQL, H2, SQLite); MySQL's CONCAT gives NULL. */
    CONCAT_FUNCTION_IGNORES_NULL,
    /** NULL sorts after every value in ascending order (PostgreSQL, Oracle); first elsewhere. */
    NULLS_SORT_HIGH,
    /** {@code LIKE} ignores ASCII case whatever the collation (SQLite). */
    LIKE_IGNORES_CASE,
    /** The backslash escapes {@code %} and {@code _} in a LIKE pattern without an ESCAPE clause. */
    LIKE_BACKSLASH_ESCAPE,
    /** {@code length(s)} counts bytes (MySQL, MariaDB); characters elsewhere. */
    LENGTH_COUNTS_BYTES,
    /** UPDATE's SET items see the values assigned by earlier items of the same SET (MySQL, MariaDB). */
    SEQUENTIAL_SET_ASSIGNMENTS,
    /** Unquoted table names are case-sensitive (MySQL and MariaDB on Linux). */
    CASE_SENSITIVE_TABLE_NAMES,
    /**
     * {@code date + n} and {@code date - n} count days (PostgreSQL, H2, Oracle; SQL Server's DATETIME), and
     * {@code date - date} is a number of days (an INTERVAL in H2). MySQL and MariaDB read a date in
     * {@code +} and {@code -} as the number YYYYMMDD, SQLite as the number its text begins with.
     */
    DATE_ARITHMETIC_IN_DAYS
}
