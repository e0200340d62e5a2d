package io.retort.events;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Creates listeners from configuration: by class name with properties (the URL's
 * {@code retort.listeners=}, the YAML {@code listeners:} list) and through {@link ServiceLoader}
 * ({@code META-INF/services/io.retort.events.RetortListener} in a jar on the class path).
 *
 * <p>A listener class named in configuration needs a public constructor taking a
 * {@code Map<String, String>} of properties, or else a public no-argument constructor (it then
 * accepts no properties). A class without a package ({@code SlowQueryLog}) names a built-in listener
 * of {@code io.retort.events.builtin}. Every failure is a SQLException (SQLState HY000) that names the
 * class and says what to do.
 *
 * <p><b>Registration order</b> (the order among listeners of equal {@link RetortListener#priority()}):
 * listeners found by ServiceLoader first (sorted by class name, so the order does not depend on the
 * class path), then those of the YAML configuration, then those of the URL, then those added in code
 * ({@code RetortDataSource.listen(...)}), then those added to one connection.
 *
 * <pre>{@code
 * List<RetortListener> fromUrl = ListenerLoader.fromSpec("com.example.Audit, SlowQueryLog(thresholdMs=200)");
 * RetortListener fromYaml = ListenerLoader.create("io.retort.events.builtin.SlowQueryLog", Map.of("thresholdMs", "200"));
 * List<RetortListener> plugins = ListenerLoader.discover();
 * }</pre>
 */
public final class ListenerLoader {

    /** The package of the built-in listeners, tried for class names without a package. */
    public static final String BUILTIN_PACKAGE = "io.retort.events.builtin";

    private static final String SQL_STATE = "HY000";

    private ListenerLoader() {}

    /** {@link #create(String, Map, ClassLoader)} with the thread's context class loader. */
    public static RetortListener create(String className, Map<String, String> properties) throws SQLException {
        return create(className, properties, defaultLoader());
    }

    /**
     * Loads {@code className} with {@code loader} (falling back to the loader of Retort itself) and
     * creates it with {@code properties}.
     *
     * @throws SQLException when the class cannot be found, is not a {@link RetortListener}, has no
     *     suitable public constructor, or its constructor fails or rejects a property
     */
    public static RetortListener create(String className, Map<String, String> properties, ClassLoader loader)
            throws SQLException {
        Class<?> type = load(className.trim(), loader);
        if (!RetortListener.class.isAssignableFrom(type)) {
            throw failure("listener class " + type.getName() + " does not implement " + RetortListener.class.getName()
                    + ": implement StatementObserver, StatementTransformer or another listener interface of io.retort.events",
                    null);
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw failure("listener class " + type.getName() + " is abstract and cannot be created; name a concrete class", null);
        }
        if (!Modifier.isPublic(type.getModifiers())) {
            throw failure("listener class " + type.getName() + " is not public; make the class and its constructor public", null);
        }
        Map<String, String> props = properties == null ? Map.of() : properties;
        Constructor<?> withProperties = publicConstructor(type, Map.class);
        Constructor<?> noArgs = publicConstructor(type);
        if (withProperties == null && noArgs == null) {
            throw failure("listener class " + type.getName() + " needs a public constructor taking no arguments "
                    + "or a java.util.Map<String, String> of properties", null);
        }
        if (withProperties == null && !props.isEmpty()) {
            throw failure("listener class " + type.getName() + " takes no properties (it has no public constructor "
                    + "taking a java.util.Map<String, String>), but was given: " + String.join(", ", props.keySet()), null);
        }
        try {
            Object instance = withProperties != null
                    ? withProperties.newInstance(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(props)))
                    : noArgs.newInstance();
            return (RetortListener) instance;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException) {
                throw failure("listener " + type.getName() + " rejected its properties " + props.keySet() + ": "
                        + cause.getMessage(), cause);
            }
            throw failure("listener " + type.getName() + " could not be created: its constructor threw " + cause, cause);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw failure("listener " + type.getName() + " could not be created: " + e, e);
        }
    }

    /**
     * The listeners of a {@code retort.listeners} value: class names separated by commas, each
     * optionally followed by properties in parentheses, separated by semicolons:
     * {@code com.example.Audit, SlowQueryLog(thresholdMs=200;showParameters=true)}. Property values
     * may contain commas but not semicolons or parentheses.
     */
    public static List<RetortListener> fromSpec(String spec) throws SQLException {
        return fromSpec(spec, defaultLoader());
    }

    /** {@link #fromSpec(String)} loading classes with {@code loader}. */
    public static List<RetortListener> fromSpec(String spec, ClassLoader loader) throws SQLException {
        List<RetortListener> out = new ArrayList<>();
        for (Spec s : parseSpec(spec)) {
            out.add(create(s.className, s.properties, loader));
        }
        return out;
    }

    /** The listeners that {@link ServiceLoader} finds with the thread's context class loader. */
    public static List<RetortListener> discover() throws SQLException {
        return discover(defaultLoader());
    }

    /**
     * The listeners that {@link ServiceLoader} finds with {@code loader}, one new instance each,
     * sorted by class name.
     *
     * @throws SQLException when a registered class cannot be loaded or created: a broken plugin is an
     *     error, not silently skipped (it may be a security listener)
     */
    public static List<RetortListener> discover(ClassLoader loader) throws SQLException {
        List<ServiceLoader.Provider<RetortListener>> providers;
        try {
            providers = new ArrayList<>(ServiceLoader.load(RetortListener.class, loader).stream().toList());
        } catch (ServiceConfigurationError e) {
            throw failure("a listener registered in META-INF/services/" + RetortListener.class.getName()
                    + " could not be loaded: " + e.getMessage(), e);
        }
        providers.sort(Comparator.comparing(p -> p.type().getName()));
        List<RetortListener> out = new ArrayList<>(providers.size());
        for (ServiceLoader.Provider<RetortListener> p : providers) {
            try {
                out.add(p.get());
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                throw failure("listener " + p.type().getName() + " (registered in META-INF/services/"
                        + RetortListener.class.getName() + ") could not be created: " + cause, cause);
            }
        }
        return out;
    }

    // ---- the spec syntax ----

    /** One element of a listener spec: a class name and its properties. */
    record Spec(String className, Map<String, String> properties) {}

    static List<Spec> parseSpec(String spec) throws SQLException {
        List<Spec> out = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return out;
        }
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= spec.length(); i++) {
            char c = i < spec.length() ? spec.charAt(i) : ',';
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    throw failure("listener list '" + spec + "': unbalanced ')' at position " + (i + 1), null);
                }
            } else if (c == ',' && depth == 0) {
                String element = spec.substring(start, Math.min(i, spec.length())).trim();
                if (!element.isEmpty()) {
                    out.add(parseElement(element, spec));
                }
                start = i + 1;
            }
        }
        if (depth != 0) {
            throw failure("listener list '" + spec + "': a '(' is not closed", null);
        }
        return out;
    }

    private static Spec parseElement(String element, String spec) throws SQLException {
        int open = element.indexOf('(');
        if (open < 0) {
            return new Spec(element, Map.of());
        }
        if (!element.endsWith(")")) {
            throw failure("listener list '" + spec + "': expected ')' at the end of '" + element + "'", null);
        }
        String className = element.substring(0, open).trim();
        Map<String, String> props = new LinkedHashMap<>();
        for (String pair : element.substring(open + 1, element.length() - 1).split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw failure("listener list '" + spec + "': property '" + pair.trim() + "' of " + className
                        + " must be written key=value", null);
            }
            props.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return new Spec(className, props);
    }

    // ---- helpers ----

    private static ClassLoader defaultLoader() {
        ClassLoader tccl = Thread.currentThread().getContextClassLoader();
        return tccl != null ? tccl : ListenerLoader.class.getClassLoader();
    }

    private static Class<?> load(String className, ClassLoader loader) throws SQLException {
        if (className.isEmpty()) {
            throw failure("a listener class name is empty", null);
        }
        List<String> candidates = className.indexOf('.') < 0
                ? List.of(BUILTIN_PACKAGE + "." + className, className)
                : List.of(className);
        for (String candidate : candidates) {
            for (ClassLoader l : loaders(loader)) {
                try {
                    return Class.forName(candidate, true, l);
                } catch (ClassNotFoundException e) {
                    // try the next loader or candidate
                } catch (LinkageError e) {
                    throw failure("listener class " + candidate + " could not be loaded: " + e, e);
                }
            }
        }
        throw failure("listener class " + className + " was not found"
                + (className.indexOf('.') < 0 ? " (nor " + BUILTIN_PACKAGE + "." + className + ")" : "")
                + ": check the name and that its jar is on the class path", null);
    }

    private static List<ClassLoader> loaders(ClassLoader preferred) {
        ClassLoader own = ListenerLoader.class.getClassLoader();
        if (preferred == null || preferred == own) {
            return List.of(own);
        }
        return List.of(preferred, own);
    }

    private static Constructor<?> publicConstructor(Class<?> type, Class<?>... parameters) {
        try {
            return type.getConstructor(parameters);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static SQLException failure(String message, Throwable cause) {
        return new SQLException(message, SQL_STATE, cause);
    }
}
