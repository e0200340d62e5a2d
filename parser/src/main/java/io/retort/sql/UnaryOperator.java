package io.retort.sql;

/**
 * Prefix operators. MySQL's {@code !} is {@link #NOT} (the tree keeps its tighter binding).
 */
public enum UnaryOperator {
    NOT("NOT"), MINUS("-"), PLUS("+"), BIT_NOT("~"),
    /** MySQL's {@code BINARY expr}: compare as a binary string. */
    BINARY("BINARY"),
    /** PostgreSQL's {@code @}: absolute value. */
    ABS("@"),
    /** PostgreSQL's {@code |/} and {@code ||/}: square and cube root. */
    SQUARE_ROOT("|/"), CUBE_ROOT("||/"),
    /** PostgreSQL geometric prefix operators. */
    COUNT_POINTS("#"), LENGTH("@-@"), CENTER("@@"), IS_HORIZONTAL("?-"), IS_VERTICAL("?|");

    private final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The prefix operator spelled {@code symbol} (PostgreSQL's spelling), or null. */
    public static UnaryOperator fromSymbol(String symbol) {
        for (UnaryOperator op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        return null;
    }
}
