package io.retort.jdbc;

import java.util.regex.Pattern;

/**
 * Hides secrets in JDBC URLs before they reach a log, an exception message or {@code toString()}:
 * {@code password=…} and similar parameters, {@code user:password@} user info, and Oracle's
 * {@code user/password@}.
 */
final class PasswordMask {

    static final String MASK = "***";

    /** {@code user:secret@host} (URL user info). */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:?#;]*):[^/@?#;]*@");
    /** {@code jdbc:oracle:thin:scott/tiger@host}. */
    private static final Pattern ORACLE_USER = Pattern.compile("(:thin:[^/@:]+)/[^@]*@");
    /**
     * {@code password=…}, {@code sslpassword=…}, {@code PWD=…} as query or {@code ;}-separated
     * parameters, or inside a driver's {@code toString()}.
     */
    private static final Pattern PARAMETER =
            Pattern.compile("(?i)((?<![\\w.-])(?:[\\w.-]*password[\\w.-]*|pwd)\\s*[=:]\\s*)[^&;,\\s)\\]}]*");

    private PasswordMask() {}

    static String url(String url) {
        if (url == null) {
            return null;
        }
        String s = USER_INFO.matcher(url).replaceAll("$1:" + MASK + "@");
        s = ORACLE_USER.matcher(s).replaceAll("$1/" + MASK + "@");
        // Before and after the first '?' separately: an H2-style ";PASSWORD=x" ends at the query.
        int q = s.indexOf('?');
        if (q < 0) {
            return parameters(s);
        }
        return parameters(s.substring(0, q)) + "?" + parameters(s.substring(q + 1));
    }

    private static String parameters(String s) {
        return PARAMETER.matcher(s).replaceAll("$1" + MASK);
    }
}
