package io.retort.sharding;

import java.sql.SQLNonTransientException;

/**
 * A configuration error: the message names the file, the line, the key path and what was
 * expected, e.g.
 * {@code shop.yaml:12: sharding.tables.orders.algorithm.type: unknown algorithm 'hash_mod';
 * expected one of hash-mod, mod, range, list, class (did you mean 'hash-mod'?)}.
 *
 * <p>SQLState {@code F0000}: PostgreSQL's class F0, "configuration file error", says exactly what
 * happened. Class 08 (connection exception) was avoided on purpose: pools and retry libraries
 * treat it as transient and would retry a broken file forever. It is a
 * {@link SQLNonTransientException} for the same reason: retrying cannot help until the file is
 * fixed.
 */
public final class ShardingConfigException extends SQLNonTransientException {
    private static final long serialVersionUID = 1L;

    /** The SQLState of every configuration error. */
    public static final String SQL_STATE = "F0000";

    private final String source;
    private final int line;
    private final String keyPath;
    private final String problem;

    /**
     * @param source the file (or {@code classpath:} resource) the configuration came from
     * @param line the 1-based line, or 0 when unknown
     * @param keyPath the dotted key path, e.g. {@code sharding.tables.orders.nodes}; empty for the whole file
     * @param problem what is wrong and what was expected (never a secret value)
     */
    public ShardingConfigException(String source, int line, String keyPath, String problem, Throwable cause) {
        super(format(source, line, keyPath, problem), SQL_STATE, cause);
        this.source = source;
        this.line = line;
        this.keyPath = keyPath;
        this.problem = problem;
    }

    public ShardingConfigException(String source, int line, String keyPath, String problem) {
        this(source, line, keyPath, problem, null);
    }

    private static String format(String source, int line, String keyPath, String problem) {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (!keyPath.isEmpty()) {
            sb.append(keyPath).append(": ");
        }
        return sb.append(problem).toString();
    }

    /** The file or {@code classpath:} resource. */
    public String source() {
        return source;
    }

    /** The 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The dotted key path, e.g. {@code sharding.tables.orders.algorithm.type}. */
    public String keyPath() {
        return keyPath;
    }

    /** The problem without the location prefix. */
    public String problem() {
        return problem;
    }
}
