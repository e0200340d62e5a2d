package io.retort.sharding;

import java.util.Objects;

/**
 * {@code transaction: { mode: local | two-phase }}.
 *
 * @param mode how a logical transaction that touched several data sources commits
 */
public record TransactionConfig(Mode mode) {

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
    public static final TransactionConfig DEFAULT = new TransactionConfig(Mode.LOCAL);

    public TransactionConfig {
        Objects.requireNonNull(mode, "mode");
    }
}
