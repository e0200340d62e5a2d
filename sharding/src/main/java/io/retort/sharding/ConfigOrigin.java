package io.retort.sharding;

import java.util.Map;

/**
 * Where a {@link ShardingConfig} came from: the file (or {@code classpath:} resource) and the line
 * of every key, so that errors found later (by the driver, say, when HikariCP rejects a
 * {@code pool:} setting) can still point at the line.
 *
 * <pre>{@code
 * throw config.origin().error("dataSources.ds0.pool.maximumPoolSize", "must be at least 1");
 * }</pre>
 */
public final class ConfigOrigin {
    private final String source;
    private final Map<String, Integer> lines;

    ConfigOrigin(String source, Map<String, Integer> lines) {
        this.source = source;
        this.lines = Map.copyOf(lines);
    }

    /** For a configuration built in code: no file, no lines. */
    public static ConfigOrigin code() {
        return new ConfigOrigin("<configuration>", Map.of());
    }

    /** The file or resource, e.g. {@code shop.yaml} or {@code classpath:shop.yaml}. */
    public String source() {
        return source;
    }

    /**
     * The 1-based line of a key path, or of its nearest enclosing key that has one; 0 if none.
     */
    public int line(String keyPath) {
        String path = keyPath;
        while (true) {
            Integer line = lines.get(path);
            if (line != null) {
                return line;
            }
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            if (cut <= 0) {
                return 0;
            }
            path = path.substring(0, cut);
        }
    }

    /** Whether the file wrote this exact key path. */
    boolean has(String keyPath) {
        return lines.containsKey(keyPath);
    }

    /** Whether lines are known (the configuration came from a file). */
    boolean hasLines() {
        return !lines.isEmpty();
    }

    /** An error at a key path, located by this origin. */
    public ShardingConfigException error(String keyPath, String problem) {
        return new ShardingConfigException(source, line(keyPath), keyPath, problem);
    }

    ShardingConfigException error(String keyPath, String problem, Throwable cause) {
        return new ShardingConfigException(source, line(keyPath), keyPath, problem, cause);
    }

    @Override
    public String toString() {
        return source;
    }
}
