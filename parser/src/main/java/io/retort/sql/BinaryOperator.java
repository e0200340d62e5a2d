package io.retort.sql;

import java.util.HashMap;
import java.util.Map;

/**
 * Binary operators, by meaning rather than by spelling: MySQL's {@code ||} is {@link #OR}, its
 * {@code &&} is {@link #AND}, {@code !=} and {@code <>} are both {@link #NOT_EQUALS}, PostgreSQL's
 * {@code ^} is {@link #POWER} while MySQL's is {@link #BIT_XOR}, PostgreSQL's {@code #} is
 * {@link #BIT_XOR} too. The JSON and geometric operators of PostgreSQL keep their symbol
 * ({@link #symbol()}); their meaning depends on the operand types, as in PostgreSQL.
 */
public enum BinaryOperator {
    OR("OR"), XOR("XOR"), AND("AND"),
    EQUALS("="), NOT_EQUALS("<>"), LESS_THAN("<"), LESS_OR_EQUAL("<="), GREATER_THAN(">"),
    GREATER_OR_EQUAL(">="),
    /** MySQL's {@code <=>}: equality where NULL equals NULL (IS NOT DISTINCT FROM). */
    NULL_SAFE_EQUALS("<=>"),
    /** MySQL's {@code SOUNDS LIKE}. */
    SOUNDS_LIKE("SOUNDS LIKE"),
    /** MySQL's {@code value MEMBER OF (json_array)}. */
    MEMBER_OF("MEMBER OF"),
    PLUS("+"), MINUS("-"), MULTIPLY("*"), DIVIDE("/"), MODULO("%"),
    /** MySQL's integer division {@code DIV}. */
    INTEGER_DIVIDE("DIV"),
    /** PostgreSQL's {@code ^}. */
    POWER("^"),
    /** String concatenation {@code ||} (not in MySQL, where {@code ||} is OR). */
    CONCAT("||"),
    BIT_AND("&"), BIT_OR("|"),
    /** MySQL's {@code ^}, PostgreSQL's {@code #}. */
    BIT_XOR("#"),
    SHIFT_LEFT("<<"), SHIFT_RIGHT(">>"),
    JSON_GET("->"), JSON_GET_TEXT("->>"), JSON_PATH("#>"), JSON_PATH_TEXT("#>>"),
    CONTAINS("@>"), CONTAINED_BY("<@"),
    /** PostgreSQL's {@code ?} (written {@code ??} through JDBC, where {@code ?} is a parameter). */
    JSON_HAS_KEY("?"),
    JSON_HAS_ANY_KEY("?|"), JSON_HAS_ALL_KEYS("?&"), JSON_DELETE_PATH("#-"), JSON_PATH_EXISTS("@?"),
    /** {@code @@}: full-text or JSON path match. */
    MATCH("@@"),
    REGEX_MATCH("~"), REGEX_IMATCH("~*"), REGEX_NOT_MATCH("!~"), REGEX_NOT_IMATCH("!~*"),
    /** PostgreSQL's {@code ~~} (LIKE) and friends, kept as operators. */
    LIKE_OP("~~"), ILIKE_OP("~~*"), NOT_LIKE_OP("!~~"), NOT_ILIKE_OP("!~~*"),
    /** {@code &&}: overlap (arrays, ranges, geometry) in PostgreSQL. */
    OVERLAPS("&&"),
    DISTANCE("<->"), NOT_EXTENDS_RIGHT("&<"), NOT_EXTENDS_LEFT("&>"), STRICTLY_BELOW("<<|"),
    STRICTLY_ABOVE("|>>"), NOT_EXTENDS_ABOVE("&<|"), NOT_EXTENDS_BELOW("|&>"), BELOW("<^"), ABOVE(">^"),
    INTERSECTS("?#"), HORIZONTAL("?-"), PERPENDICULAR("?-|"), PARALLEL("?||"), SAME_AS("~=");

    private static final Map<String, BinaryOperator> BY_SYMBOL = new HashMap<>();

    static {
        for (BinaryOperator op : values()) {
            BY_SYMBOL.putIfAbsent(op.symbol, op);
        }
        // Spellings that share a meaning with another operator.
        BY_SYMBOL.put("!=", NOT_EQUALS);
        BY_SYMBOL.put("?|", JSON_HAS_ANY_KEY);
    }

    private final String symbol;

    BinaryOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in PostgreSQL / standard SQL ({@code <>}, {@code ||}, {@code @>}, {@code AND}). */
    public String symbol() {
        return symbol;
    }

    /** The operator whose standard spelling is {@code symbol}, or null. */
    public static BinaryOperator fromSymbol(String symbol) {
        return BY_SYMBOL.get(symbol);
    }

    /** True for {@code = <> < <= > >= <=>}. */
    public boolean isComparison() {
        return switch (this) {
            case EQUALS, NOT_EQUALS, LESS_THAN, LESS_OR_EQUAL, GREATER_THAN, GREATER_OR_EQUAL, NULL_SAFE_EQUALS -> true;
            default -> false;
        };
    }
}
