package io.retort.jdbc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.retort.rewrite.JdbcSchemaInfo;
import io.retort.rewrite.SchemaInfo;
import io.retort.sql.AlterTable;
import io.retort.sql.CreateIndex;
import io.retort.sql.CreateTable;
import io.retort.sql.CreateView;
import io.retort.sql.DropIndex;
import io.retort.sql.DropTable;
import io.retort.sql.DropView;
import io.retort.sql.Passthrough;
import io.retort.sql.Statement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What the translator knows about the tables of one connection's database: column types, nullability
 * and unique keys, which decide what {@code a / b}, {@code d + 30}, {@code ORDER BY c} and MySQL's
 * {@code ON DUPLICATE KEY UPDATE} mean. The tables are cached once per database (real URL and user),
 * shared by its connections, and read from {@code DatabaseMetaData} the first time a translation needs
 * them, through the connection doing the translation (the database's own view of its schema).
 *
 * <p>DDL that runs through a translating connection (CREATE, ALTER, DROP of tables, views and indexes,
 * and statements the parser could not read that start so) empties the cache of its database when it is
 * translated, again when it has run, and again before the connection's next translation (a prepared DDL
 * statement runs after it is translated). A table missing when a translation looks for it is looked for
 * again by the next one. Changes made by other means (another program, a plain connection) are not seen
 * until DDL runs through Retort: the translations cached before remain.
 */
final class TranslationSchema {

    /** One cache per database; kept while a connection to it is open. */
    private static final Cache<String, JdbcSchemaInfo> DATABASES = Caffeine.newBuilder().weakValues().build();

    final JdbcSchemaInfo database;
    private final Connection connection;
    /** DDL was translated on this connection: empty the cache again before its next translation. */
    private volatile boolean ddlPending;

    private TranslationSchema(JdbcSchemaInfo database, Connection connection) {
        this.database = database;
        this.connection = connection;
    }

    /**
     * A connection of a data source whose table cache the caller keeps ({@link JdbcSchemaInfo#shared()}, one
     * per database): what a sharded runtime would give {@link RenderCache#render} for each unit, with the
     * unit's connection.
     */
    static TranslationSchema of(JdbcSchemaInfo database, Connection connection) {
        return new TranslationSchema(database, connection);
    }

    /**
     * The schema of {@code real}'s database.
     *
     * @param maskedRealUrl the real URL without passwords: with the user, the key of the database's cache
     */
    static TranslationSchema of(Connection real, String maskedRealUrl) {
        String user;
        try {
            user = real.getMetaData().getUserName();
        } catch (SQLException | RuntimeException e) {
            user = "";
        }
        JdbcSchemaInfo database = DATABASES.get(maskedRealUrl + '\n' + user, k -> JdbcSchemaInfo.shared());
        return new TranslationSchema(database, real);
    }

    /** What one translation may read: the shared tables, and those not read yet through this connection. */
    SchemaInfo view() {
        return database.through(connection);
    }

    /** Changes whenever the cached tables are dropped: translations made with them are valid for one generation. */
    long generation() {
        return database.generation();
    }

    /**
     * Called before each translation of {@code model} on this connection: DDL translated before has run by
     * now (the cache is emptied again), and DDL being translated will change the schema.
     */
    void translating(Statement model) {
        if (ddlPending) {
            ddlPending = false;
            database.invalidate();
        }
        if (changesSchema(model)) {
            database.invalidate();
            ddlPending = true;
        }
    }

    /** {@code model} ran on this connection. */
    void executed(Statement model) {
        if (changesSchema(model)) {
            ddlPending = false;
            database.invalidate();
        }
    }

    /** Whether {@code model} may change what the cache holds: tables' columns, keys or existence. */
    static boolean changesSchema(Statement model) {
        return switch (model) {
            case CreateTable c -> true;
            case AlterTable a -> true;
            case DropTable d -> true;
            case CreateView v -> true;
            case DropView v -> true;
            case CreateIndex i -> true;
            case DropIndex i -> true;
            case Passthrough p -> startsLikeDdl(p.sql());
            default -> false;
        };
    }

    private static boolean startsLikeDdl(String sql) {
        String s = sql.stripLeading().toLowerCase(Locale.ROOT);
        return s.startsWith("create") || s.startsWith("alter") || s.startsWith("drop") || s.startsWith("rename");
    }
}
