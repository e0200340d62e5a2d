package io.retort.sharding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of {@code dataSources:}.
 *
 * <pre>{@code
 * ds0: { url: "jdbc:postgresql://127.0.0.1:5432/shop_0", username: postgres, password: "${PG_PASSWORD:}",
 *        properties: { sslmode: disable }, pool: { maximumPoolSize: 8 } }
 * }</pre>
 *
 * @param name the data source's name (its key under {@code dataSources:})
 * @param url the real driver's JDBC URL ({@code jdbc:postgresql://...}, not {@code jdbc:retort:...})
 * @param username the user, or {@code null}
 * @param password the password, or {@code null}; never printed
 * @param properties connection properties handed to the real driver
 * @param pool HikariCP settings by HikariCP's own names ({@code maximumPoolSize}, {@code connectionTimeout}...),
 *     values as text, in file order, for the driver to apply
 */
public record DataSourceConfig(
        String name, String url, String username, String password, Map<String, String> properties, Map<String, String> pool) {

    public DataSourceConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        pool = Collections.unmodifiableMap(new LinkedHashMap<>(pool));
    }

    /** Passwords are masked, in the password itself, in the URL and in secret-looking properties. */
    @Override
    public String toString() {
        return "DataSourceConfig[name=" + name + ", url=" + Secrets.maskUrl(url) + ", username=" + username
                + ", password=" + (password == null ? "null" : Secrets.MASK)
                + ", properties=" + Secrets.maskValues(properties) + ", pool=" + Secrets.maskValues(pool) + "]";
    }
}
