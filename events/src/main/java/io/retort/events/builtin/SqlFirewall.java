package io.retort.events.builtin;

import io.retort.events.ListenerProperties;
import io.retort.events.StatementEvent;
import io.retort.events.StatementTransformer;
import io.retort.parser.SqlParser;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses statements by rule, before they run, with a SQLException of SQLState 42501 that names the
 * rule and what it refused:
 * <ul>
 *   <li>{@code ddl}: CREATE, ALTER, DROP, TRUNCATE of tables, indexes, views, tablespaces;</li>
 *   <li>{@code unfilteredWrites}: DELETE and UPDATE without WHERE (unless an inner join with a real
 *       condition limits them), or whose WHERE may be true for every row: {@code 1 = 1}, {@code TRUE},
 *       {@code x = x}, a condition on no column at all ({@code ? = ?}), or an OR with such a branch
 *       ({@code id = ? OR 1 = 1}, {@code status = ? OR ? IS NULL}); also TRUNCATE;</li>
 *   <li>{@code deniedTables}: any use of a listed table (read, written, or named by DDL), matched
 *       ignoring case and quoting, with or without schema;</li>
 *   <li>{@code deniedFunctions}: any call of a listed function or procedure ({@code pg_sleep},
 *       {@code load_file}, ...);</li>
 *   <li>{@code allowedShapes}: when an allow-list is given, any statement whose shape (the statement
 *       without its literal values and comments) is not in it;</li>
 *   <li>{@code unparsed}: statements the parser could not read (their other rules cannot be checked).</li>
 * </ul>
 * Nested statements count: a DELETE in a CTE, the statement of an EXPLAIN. The decision is made once
 * per model instance and cached.
 *
 * <p>Properties: {@code ddl} ({@code deny} or {@code allow}; default deny), {@code unfilteredWrites}
 * (deny/allow; default deny), {@code deniedTables} and {@code deniedFunctions} (comma-separated),
 * {@code allowedShapes} (a file, or {@code classpath:resource}, of SQL statements each ending with
 * {@code ;} at the end of a line), {@code dialect} (the dialect of that file; default
 * {@code postgresql}), {@code unparsed} (deny/allow; default deny), {@code priority} (default 1000: it
 * runs before other transformers, on the statement as the application wrote it).
 *
 * <pre>{@code
 * ds.listen(SqlFirewall.builder().denyFunctions("pg_sleep", "load_file").denyTables("salaries").build());
 * // DELETE FROM orders            -> SQLException 42501: "SQL firewall refused ...: rule unfilteredWrites: DELETE without WHERE ..."
 * }</pre>
 */
public final class SqlFirewall implements StatementTransformer {

    private static final String SQL_STATE = "42501";
    /** Cached "allowed" decision (a value must not be null in the cache). */
    private static final String ALLOWED = "";

    private final FirewallRules.Config config;
    private final int priority;
    private final IdentityCache<Statement, String> decisions = new IdentityCache<>(50_000);

    /** The default rules: DDL, unfiltered writes and unparsed statements denied. */
    public SqlFirewall() {
        this(Map.of());
    }

    /** Configured by properties (see the class description). */
    public SqlFirewall(Map<String, String> properties) {
        ListenerProperties p = ListenerProperties.of(SqlFirewall.class, properties, "ddl", "unfilteredWrites",
                "deniedTables", "deniedFunctions", "allowedShapes", "dialect", "unparsed", "priority");
        Set<Object> shapes = new HashSet<>();
        if (p.has("allowedShapes")) {
            SqlDialect dialect = SqlDialect.fromName(p.string("dialect", "postgresql"));
            for (Statement s : readStatements(p.required("allowedShapes"), dialect)) {
                shapes.add(StatementShapes.of(s));
            }
        }
        this.config = new FirewallRules.Config(deny(p, "ddl"), deny(p, "unfilteredWrites"),
                TableNames.of(p.list("deniedTables")), TableNames.of(p.list("deniedFunctions")), Set.copyOf(shapes),
                deny(p, "unparsed"));
        this.priority = p.intValue("priority", 1000, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    private SqlFirewall(FirewallRules.Config config, int priority) {
        this.config = config;
        this.priority = priority;
    }

    private static boolean deny(ListenerProperties p, String key) {
        return p.choice(key, "deny", "deny", "allow").equals("deny");
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public int priority() {
        return priority;
    }

    @Override
    public Statement transform(StatementEvent event, Statement model) throws SQLException {
        String decision = decisions.get(model);
        if (decision == null) {
            String refusal = FirewallRules.check(model, config);
            decision = refusal == null ? ALLOWED : refusal;
            decisions.put(model, decision);
        }
        if (decision != ALLOWED) {
            throw new SQLException("SQL firewall refused " + abbreviate(event.sql()) + ": " + decision, SQL_STATE);
        }
        return model;
    }

    private static String abbreviate(String sql) {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 120) + "…";
    }

    @Override
    public String toString() {
        return "SqlFirewall[ddl " + (config.denyDdl() ? "denied" : "allowed") + ", unfiltered writes "
                + (config.denyUnfilteredWrites() ? "denied" : "allowed") + ", tables " + config.deniedTables()
                + ", functions " + config.deniedFunctions() + (config.allowedShapes().isEmpty() ? ""
                : ", " + config.allowedShapes().size() + " allowed shapes") + "]";
    }

    // ---- the allow-list file ----

    static List<Statement> readStatements(String location, SqlDialect dialect) {
        String text;
        try {
            if (location.startsWith("classpath:")) {
                String resource = location.substring("classpath:".length()).replaceFirst("^/", "");
                ClassLoader tccl = Thread.currentThread().getContextClassLoader();
                ClassLoader loader = tccl != null ? tccl : SqlFirewall.class.getClassLoader();
                try (InputStream in = loader.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalArgumentException("allowedShapes: the resource " + resource + " was not found on the class path");
                    }
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } else {
                text = Files.readString(Path.of(location));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("allowedShapes: cannot read " + location + ": " + e, e);
        }
        List<Statement> out = new ArrayList<>();
        int entry = 0;
        for (String chunk : text.split(";[ \\t]*(\\r?\\n|$)")) {
            if (chunk.isBlank()) {
                continue;
            }
            entry++;
            try {
                out.add(SqlParser.parseStrict(chunk.strip(), dialect));
            } catch (SQLSyntaxErrorException e) {
                throw new IllegalArgumentException("allowedShapes: statement " + entry + " of " + location
                        + " is not valid " + dialect.configName() + " SQL: " + e.getMessage(), e);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("allowedShapes: " + location + " holds no statement");
        }
        return out;
    }

    /** Builds a {@link SqlFirewall} in code; starts from the defaults (DDL, unfiltered writes and unparsed denied). */
    public static final class Builder {
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final List<Statement> shapes = new ArrayList<>();

        private Builder() {}

        public Builder allowDdl() {
            properties.put("ddl", "allow");
            return this;
        }

        public Builder allowUnfilteredWrites() {
            properties.put("unfilteredWrites", "allow");
            return this;
        }

        public Builder allowUnparsed() {
            properties.put("unparsed", "allow");
            return this;
        }

        public Builder denyTables(String... tables) {
            properties.merge("deniedTables", String.join(",", tables), (a, b) -> a + "," + b);
            return this;
        }

        public Builder denyFunctions(String... functions) {
            properties.merge("deniedFunctions", String.join(",", functions), (a, b) -> a + "," + b);
            return this;
        }

        /** Only statements of these shapes are allowed (their literal values do not matter). */
        public Builder allowShapes(Statement... statements) {
            shapes.addAll(List.of(statements));
            return this;
        }

        /** Only statements of the shapes of these SQL texts, read in {@code dialect}. */
        public Builder allowShapes(SqlDialect dialect, String... sql) {
            for (String s : sql) {
                try {
                    shapes.add(SqlParser.parseStrict(s, dialect));
                } catch (SQLSyntaxErrorException e) {
                    throw new IllegalArgumentException("allowShapes: not valid " + dialect.configName() + " SQL: " + e.getMessage(), e);
                }
            }
            return this;
        }

        public Builder priority(int priority) {
            properties.put("priority", Integer.toString(priority));
            return this;
        }

        public SqlFirewall build() {
            SqlFirewall base = new SqlFirewall(properties);
            if (shapes.isEmpty()) {
                return base;
            }
            Set<Object> all = new HashSet<>(base.config.allowedShapes());
            for (Statement s : shapes) {
                all.add(StatementShapes.of(s));
            }
            FirewallRules.Config c = base.config;
            return new SqlFirewall(new FirewallRules.Config(c.denyDdl(), c.denyUnfilteredWrites(), c.deniedTables(),
                    c.deniedFunctions(), Set.copyOf(all), c.denyUnparsed()), base.priority);
        }
    }
}
