package io.retort.sharding;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Keeps passwords out of {@code toString()} and messages. */
final class Secrets {
    static final String MASK = "****";
    // user:password@ in URLs, and password=... / pwd=... parameters after ?, &, or ;
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@?;]*:)[^@/]*@");
    private static final Pattern PASSWORD_PARAM =
            Pattern.compile("(?i)([?&;](?:password|pwd|passwd|secret|sslpassword)[^=&;]*=)[^&;]*");

    private Secrets() {}

    static String maskUrl(String url) {
        if (url == null) {
            return null;
        }
        String masked = USER_INFO.matcher(url).replaceAll("$1" + MASK + "@");
        return PASSWORD_PARAM.matcher(masked).replaceAll("$1" + MASK);
    }

    static boolean isSecretKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("password") || k.contains("secret") || k.equals("pwd") || k.contains("token")
                || k.contains("credential");
    }

    static Map<String, String> maskValues(Map<String, String> map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, isSecretKey(k) ? MASK : v));
        return out;
    }
}
