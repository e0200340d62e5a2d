package io.retort.sharding;

import java.util.Objects;

/**
 * {@code transaction: { mode: local | two-phase, log: <file> }}.
 *
 * @param mode how a logical transaction that touched several data sources commits
 * @param log the recovery log of {@code two-phase} mode, as written in the file (a relative path is
 *     resolved against the configuration file's folder); {@code null} in {@code local} mode
 */
public record TransactionConfig(Mode mode, String log) {

    /** Commit modes. */
    public enum Mode {
        /** Commit each data source in turn (the default); a failure reports which committed. */
        LOCAL("local"),
        /** The databases' own prepared transactions with a recovery log. */
        TWO_PHASE("two-phase");

        private final String yamlName;

        Mode(String yamlName) {
            this.yamlName = yamlName;
        }

        public String yamlName() {
            return yamlName;
        }
    }

    /** {@code local}. */
    public static final TransactionConfig DEFAULT = new TransactionConfig(Mode.LOCAL, null);

    public TransactionConfig {
        Objects.requireNonNull(mode, "mode");
        if ((mode == Mode.TWO_PHASE) != (log != null)) {
            throw new IllegalArgumentException("a recovery log is given exactly in two-phase mode");
        }
    }
}
