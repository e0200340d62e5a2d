package io.retort.sharding;

/**
 * {@code connections: { mode: per-statement | held, statementCache: 64 }}: how a logical
 * connection uses the real connections of its data sources outside a transaction (inside one it
 * always keeps one per data source until the transaction ends).
 *
 * @param mode whether an auto-commit statement borrows its real connections for itself or the
 *     logical connection keeps them
 * @param statementCache in {@code held} mode, how many physical prepared statements each held
 *     connection keeps open for reuse (0: none)
 * @param parallelism how many data sources one statement works on at once, the calling thread
 *     included (0: all of them; 1: one after another on the calling thread)
 */
public record ConnectionsConfig(Mode mode, int statementCache, int parallelism) {

    /** The largest {@code statementCache}. */
    public static final int MAX_STATEMENT_CACHE = 4096;

    /** Connection modes. */
    public enum Mode {
        /**
         * Each auto-commit statement borrows the real connections it needs from the pools and
         * returns them when its results are closed (the default): a logical connection holds no
         * real connection between statements, so many logical connections share small pools.
         */
        PER_STATEMENT("per-statement"),
        /**
         * A logical connection keeps the first real connection it borrows from each data source
         * until it closes, and caches the physical prepared statements it runs on them (like
         * ShardingSphere-JDBC's connections). Faster per statement; each open logical connection
         * holds up to one real connection per data source it used, so pools must be sized for it.
         */
        HELD("held");

        private final String yamlName;

        Mode(String yamlName) {
            this.yamlName = yamlName;
        }

        public String yamlName() {
            return yamlName;
        }
    }

    /** The largest {@code parallelism}. */
    public static final int MAX_PARALLELISM = 1024;

    /** {@code per-statement}, a statement cache of 64 for when {@code held} is chosen, every data source at once. */
    public static final ConnectionsConfig DEFAULT = new ConnectionsConfig(Mode.PER_STATEMENT, 64, 0);

    public ConnectionsConfig {
        java.util.Objects.requireNonNull(mode, "mode");
        if (statementCache < 0 || statementCache > MAX_STATEMENT_CACHE) {
            throw new IllegalArgumentException("statementCache must be 0.." + MAX_STATEMENT_CACHE + ": " + statementCache);
        }
        if (parallelism < 0 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("parallelism must be 0.." + MAX_PARALLELISM + ": " + parallelism);
        }
    }
}
