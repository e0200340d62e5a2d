package io.retort.sharding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The YAML configuration of {@code jdbc:retort:config:<path>} and
 * {@code jdbc:retort:config:classpath:<resource>}, checked and immutable. See
 * {@code sharding/README.md} for every key.
 *
 * <pre>{@code
 * ShardingConfig config = ShardingConfig.load("classpath:shop.yaml", Thread.currentThread().getContextClassLoader());
 * ShardingRule rule = ShardingRule.of(config, classLoader);
 * }</pre>
 *
 * @param dialect the SQL dialect the application writes ({@code dialect:}, or derived from the
 *     first data source's URL)
 * @param dataSources the data sources by name, in file order
 * @param sharding the {@code sharding:} section (empty when absent)
 * @param listeners the {@code listeners:}, in file order
 * @param transaction the {@code transaction:} section
 * @param connections the {@code connections:} section
 * @param origin the file and the line of each key, for error messages
 */
public record ShardingConfig(
        String dialect,
        Map<String, DataSourceConfig> dataSources,
        ShardingSettings sharding,
        List<ListenerConfig> listeners,
        TransactionConfig transaction,
        ConnectionsConfig connections,
        ConfigOrigin origin) {

    /** The prefix of a classpath location. */
    public static final String CLASSPATH_PREFIX = "classpath:";

    public ShardingConfig {
        Objects.requireNonNull(dialect, "dialect");
        dataSources = Collections.unmodifiableMap(new LinkedHashMap<>(dataSources));
        Objects.requireNonNull(sharding, "sharding");
        listeners = List.copyOf(listeners);
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * Loads and checks the configuration at a location: what follows {@code jdbc:retort:config:},
     * i.e. a file path, or {@code classpath:} and a resource name. {@code ${VAR}} and
     * {@code ${VAR:default}} come from the process environment.
     *
     * @param classLoader finds {@code classpath:} resources and {@code class} algorithms
     * @throws ShardingConfigException when the file is missing or wrong, naming file, line and key
     */
    public static ShardingConfig load(String location, ClassLoader classLoader) throws ShardingConfigException {
        return load(location, classLoader, System::getenv);
    }

    /** Like {@link #load(String, ClassLoader)}, with {@code ${VAR}} looked up in {@code environment}. */
    public static ShardingConfig load(String location, ClassLoader classLoader, Function<String, String> environment)
            throws ShardingConfigException {
        ClassLoader loader = classLoader != null ? classLoader : ShardingConfig.class.getClassLoader();
        return parse(read(location, loader), location, loader, environment);
    }

    /**
     * Parses and checks YAML text.
     *
     * @param source the name used in error messages (a file name)
     */
    public static ShardingConfig parse(String yaml, String source, ClassLoader classLoader,
            Function<String, String> environment) throws ShardingConfigException {
        ShardingConfig config = ConfigReader.read(yaml, source, environment);
        new RuleBuilder(config, classLoader, false).build();
        return config;
    }

    private static String read(String location, ClassLoader loader) throws ShardingConfigException {
        if (location == null || location.isBlank()) {
            throw new ShardingConfigException("jdbc:retort:config:", 0, "",
                    "no configuration file given; write jdbc:retort:config:<path> or jdbc:retort:config:classpath:<resource>");
        }
        if (location.startsWith(CLASSPATH_PREFIX)) {
            String resource = location.substring(CLASSPATH_PREFIX.length());
            String name = resource.startsWith("/") ? resource.substring(1) : resource;
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) {
                    throw new ShardingConfigException(location, 0, "",
                            "no such resource on the classpath; check the name (resources are found from the classpath root)");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ShardingConfigException(location, 0, "", "cannot read: " + e.getMessage(), e);
            }
        }
        Path path = Path.of(location);
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ShardingConfigException(location, 0, "", "no such file (looked for " + path.toAbsolutePath()
                    + "); for a resource on the classpath write classpath:" + location, e);
        } catch (IOException e) {
            throw new ShardingConfigException(location, 0, "", "cannot read: " + e, e);
        }
    }

    /** The data source named {@code name}, or null. */
    public DataSourceConfig dataSource(String name) {
        return dataSources.get(name);
    }
}
