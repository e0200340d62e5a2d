package io.retort.jdbc;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.sql.Date;
import java.sql.JDBCType;
import java.sql.SQLType;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executor;

/** Argument values for calling any JDBC method reflectively in the delegation tests. */
final class Samples {

    private Samples() {}

    /** The public instance methods of a JDBC interface (inherited ones included), in a stable order. */
    static List<Method> methods(Class<?> iface, Set<String> excluded) {
        return Arrays.stream(iface.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !excluded.contains(m.getName()))
                .sorted(Comparator.comparing(Samples::signature))
                .toList();
    }

    static String signature(Method m) {
        return m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).toList();
    }

    static Object[] arguments(Method m) {
        return Arrays.stream(m.getParameterTypes()).map(Samples::of).toArray();
    }

    static Object of(Class<?> type) {
        if (type == int.class) {
            return 3;
        }
        if (type == long.class) {
            return 4L;
        }
        if (type == short.class) {
            return (short) 5;
        }
        if (type == byte.class) {
            return (byte) 6;
        }
        if (type == float.class) {
            return 1.5f;
        }
        if (type == double.class) {
            return 2.5d;
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == String.class) {
            return "s";
        }
        if (type == int[].class) {
            return new int[] {1};
        }
        if (type == String[].class) {
            return new String[] {"a"};
        }
        if (type == Object[].class) {
            return new Object[] {1};
        }
        if (type == byte[].class) {
            return new byte[] {1};
        }
        if (type == Object.class) {
            return new StringBuilder("an object");
        }
        if (type == Class.class) {
            return String.class;
        }
        if (type == Map.class) {
            return new HashMap<String, Class<?>>();
        }
        if (type == Properties.class) {
            return new Properties();
        }
        if (type == Executor.class) {
            return (Executor) Runnable::run;
        }
        if (type == Calendar.class) {
            return Calendar.getInstance();
        }
        if (type == InputStream.class) {
            return new ByteArrayInputStream(new byte[] {1, 2});
        }
        if (type == Reader.class) {
            return new StringReader("r");
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("1.25");
        }
        if (type == Date.class) {
            return new Date(0);
        }
        if (type == Time.class) {
            return new Time(0);
        }
        if (type == Timestamp.class) {
            return new Timestamp(0);
        }
        if (type == URL.class) {
            try {
                return URI.create("http://example.com/x").toURL();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        if (type == SQLType.class) {
            return JDBCType.INTEGER;
        }
        if (type.isInterface()) {
            return dummy(type);
        }
        throw new IllegalArgumentException("no sample for " + type);
    }

    /** A do-nothing instance of a JDBC value interface (Blob, Savepoint, ShardingKey, …). */
    static Object dummy(Class<?> iface) {
        return Proxy.newProxyInstance(Samples.class.getClassLoader(), new Class<?>[] {iface}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "toString" -> "dummy " + iface.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> method.getReturnType() == boolean.class ? false
                            : method.getReturnType() == int.class ? 0
                            : method.getReturnType() == long.class ? 0L : null;
                });
    }
}
