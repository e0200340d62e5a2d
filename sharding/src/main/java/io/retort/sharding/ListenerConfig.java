package io.retort.sharding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of {@code listeners:}: {@code - class: io.retort.events.builtin.SlowQueryLog}
 * with {@code properties: { thresholdMs: 200 }}. The driver instantiates it.
 *
 * @param className the listener class (public, no-argument constructor)
 * @param properties its properties, as text
 */
public record ListenerConfig(String className, Map<String, String> properties) {
    public ListenerConfig {
        Objects.requireNonNull(className, "className");
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    @Override
    public String toString() {
        return "ListenerConfig[className=" + className + ", properties=" + Secrets.maskValues(properties) + "]";
    }
}
