package io.retort.jdbc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed {@code jdbc:retort:<rest>} URL: the real driver's URL {@code jdbc:<rest>} with the
 * {@code retort.*} query parameters taken out (and a {@code ?} with nothing left after it), the
 * options those parameters gave, and the subprotocol that names the database.
 *
 * <pre>{@code
 * jdbc:retort:h2:mem:x;DB_CLOSE_DELAY=-1?retort.dialect=postgresql
 *   real URL: jdbc:h2:mem:x;DB_CLOSE_DELAY=-1    options: {retort.dialect=postgresql}    subprotocol: h2
 * }</pre>
 */
final class RetortUrl {

    static final String PREFIX = "jdbc:retort:";

    private final String url;
    private final String maskedUrl;
    private final String realUrl;
    private final String subprotocol;
    private final Map<String, String> options;

    private RetortUrl(String url, String realUrl, String subprotocol, Map<String, String> options) {
        this.url = url;
        this.maskedUrl = PasswordMask.url(url);
        this.realUrl = realUrl;
        this.subprotocol = subprotocol;
        this.options = options;
    }

    static boolean accepts(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    static RetortUrl parse(String url) throws SQLException {
        String rest = url.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        String subprotocol = colon < 0 ? rest : rest.substring(0, colon);
        if (rest.isEmpty() || subprotocol.isEmpty()) {
            throw RetortErrors.cannotConnect("no database after jdbc:retort: in " + PasswordMask.url(url)
                    + "; write the real driver's URL after it, e.g. jdbc:retort:postgresql://127.0.0.1:5432/app");
        }
        if (subprotocol.equals("config")) {
            String location = rest.substring("config:".length());
            if (location.isBlank()) {
                throw RetortErrors.cannotConnect("no configuration after jdbc:retort:config: in " + PasswordMask.url(url)
                        + "; write a YAML file's path or classpath:<resource>, e.g. jdbc:retort:config:classpath:shop.yaml");
            }
            return new RetortUrl(url, location, subprotocol, Map.of());
        }
        if (subprotocol.equals("retort")) {
            throw RetortErrors.cannotConnect(PasswordMask.url(url) + " wraps Retort in Retort; use jdbc:retort: once");
        }
        int q = rest.indexOf('?');
        if (q < 0) {
            return new RetortUrl(url, "jdbc:" + rest, subprotocol, Map.of());
        }
        String query = rest.substring(q + 1);
        Map<String, String> options = new LinkedHashMap<>();
        List<String> kept = new ArrayList<>();
        for (String parameter : query.split("&", -1)) {
            int eq = parameter.indexOf('=');
            String name = eq < 0 ? parameter : parameter.substring(0, eq);
            if (!RetortOptions.isOption(name)) {
                if (!parameter.isEmpty()) {
                    kept.add(parameter); // verbatim: the real driver decodes its own parameters
                }
                continue;
            }
            String value = eq < 0 ? "" : URLDecoder.decode(parameter.substring(eq + 1), StandardCharsets.UTF_8);
            if (options.put(name, value) != null) {
                throw RetortErrors.cannotConnect("option " + name + " appears twice in " + PasswordMask.url(url)
                        + "; give it once");
            }
        }
        String realUrl;
        if (options.isEmpty() && !kept.isEmpty()) {
            realUrl = "jdbc:" + rest; // nothing of ours in the query: leave it exactly as it was
        } else {
            realUrl = "jdbc:" + rest.substring(0, q) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        }
        return new RetortUrl(url, realUrl, subprotocol, Collections.unmodifiableMap(options));
    }

    /** The URL as the application gave it (may contain a password: never log it; see {@link #masked()}). */
    String url() {
        return url;
    }

    /** The URL with passwords masked, for logs and messages. */
    String masked() {
        return maskedUrl;
    }

    /** Whether this is a {@code jdbc:retort:config:} URL: a YAML configuration of several data sources. */
    boolean isConfig() {
        return subprotocol.equals("config");
    }

    /** The URL the real driver receives; for a configuration URL, the configuration's location. */
    String realUrl() {
        return realUrl;
    }

    /** The real URL's subprotocol: {@code postgresql}, {@code mariadb}, {@code h2}, {@code sqlite}, … */
    String subprotocol() {
        return subprotocol;
    }

    /** The {@code retort.*} query parameters, in order, values URL-decoded. */
    Map<String, String> options() {
        return options;
    }

    @Override
    public String toString() {
        return maskedUrl;
    }
}
