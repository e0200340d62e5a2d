package io.retort.dialect;

import java.sql.SQLFeatureNotSupportedException;

/**
 * Thrown inside rendering and rewriting when a construct has no faithful form in the target dialect;
 * the public entry points turn it into a {@link SQLFeatureNotSupportedException} (SQLState 0A000)
 * that names the construct, the source dialect and the target. Unchecked so that deep recursion
 * stays readable.
 */
public final class UnsupportedConstruct extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String construct;
    private final String reason;

    /**
     * @param construct what cannot be expressed, e.g. {@code "ILIKE"} or {@code "FULL JOIN"}
     * @param reason why, and what to do instead (may be empty)
     */
    public UnsupportedConstruct(String construct, String reason) {
        super(construct + (reason.isEmpty() ? "" : ": " + reason), null, false, false);
        this.construct = construct;
        this.reason = reason;
    }

    public String construct() {
        return construct;
    }

    public String reason() {
        return reason;
    }

    /**
     * The public form of this failure.
     *
     * @param source the dialect the statement was written in (its name is used in the message)
     * @param target the dialect it was rendered for
     */
    public SQLFeatureNotSupportedException toSqlException(String source, Dialect target) {
        String message = construct + " (written for " + source + ") cannot be expressed faithfully in "
                + target.displayName() + (reason.isEmpty() ? "" : ": " + reason);
        return new SQLFeatureNotSupportedException(message, "0A000", this);
    }
}
