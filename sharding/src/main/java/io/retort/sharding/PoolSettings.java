package io.retort.sharding;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks {@code pool:} against HikariCP's setting names, so that a typo fails at its line instead
 * of deep inside the driver. Settings unknown here but not close to a known name are kept: the
 * driver hands them to HikariCP, which knows its own version's settings best.
 */
final class PoolSettings {
    private enum Kind { INT, LONG, BOOLEAN, TEXT }

    private static final Map<String, Kind> KNOWN = new LinkedHashMap<>();

    static {
        for (String s : new String[] {"maximumPoolSize", "minimumIdle"}) {
            KNOWN.put(s, Kind.INT);
        }
        for (String s : new String[] {"connectionTimeout", "idleTimeout", "maxLifetime", "keepaliveTime",
                "validationTimeout", "leakDetectionThreshold", "initializationFailTimeout"}) {
            KNOWN.put(s, Kind.LONG);
        }
        for (String s : new String[] {"autoCommit", "readOnly", "isolateInternalQueries", "allowPoolSuspension",
                "registerMbeans"}) {
            KNOWN.put(s, Kind.BOOLEAN);
        }
        for (String s : new String[] {"poolName", "connectionTestQuery", "connectionInitSql", "catalog", "schema",
                "transactionIsolation", "driverClassName", "exceptionOverrideClassName"}) {
            KNOWN.put(s, Kind.TEXT);
        }
    }

    /** Set on the data source itself, not under pool:. */
    private static final Map<String, String> ELSEWHERE = Map.of(
            "jdbcUrl", "url", "username", "username", "password", "password",
            "dataSourceProperties", "properties", "dataSourceClassName", "url", "dataSourceJNDI", "url");

    private PoolSettings() {}

    static Map<String, String> read(ConfigNode pool) throws ShardingConfigException {
        Map<String, ConfigNode> entries = pool.entries("a mapping of HikariCP settings, e.g. { maximumPoolSize: 8 }");
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigNode> e : entries.entrySet()) {
            String name = e.getKey();
            ConfigNode value = e.getValue();
            if (ELSEWHERE.containsKey(name)) {
                throw value.error("set this on the data source as " + ELSEWHERE.get(name) + ": rather than in pool:");
            }
            Kind kind = KNOWN.get(name);
            if (kind == null) {
                String near = DidYouMean.nearest(name, KNOWN.keySet());
                if (near != null) {
                    throw value.error("unknown HikariCP setting '" + name + "' (did you mean '" + near + "'?)");
                }
            }
            if (value.isMapping() || value.isSequence()) {
                throw value.error("expected a scalar value, found " + value.kind());
            }
            String text = value.isNull() ? "" : value.string("a value").trim();
            if (kind != null) {
                check(value, kind, text);
            }
            out.put(name, text);
        }
        return out;
    }

    private static void check(ConfigNode value, Kind kind, String text) throws ShardingConfigException {
        switch (kind) {
            case INT, LONG -> {
                try {
                    long v = Long.parseLong(text);
                    if (kind == Kind.INT && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
                        throw value.error("expected an integer, found " + text);
                    }
                } catch (NumberFormatException e) {
                    throw value.error("expected " + (kind == Kind.INT ? "an integer" : "a number of milliseconds")
                            + ", found '" + text + "'");
                }
            }
            case BOOLEAN -> {
                if (!text.equals("true") && !text.equals("false")) {
                    throw value.error("expected true or false, found '" + text + "'");
                }
            }
            case TEXT -> {
                // any text
            }
        }
    }
}
