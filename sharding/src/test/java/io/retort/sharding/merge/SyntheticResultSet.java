package io.retort.sharding.merge;

import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.function.LongFunction;

/**
 * A shard result set that generates its rows instead of storing them (for memory tests): row i
 * (0-based) is {@code rows.apply(i)}. Implements what the merger calls; anything else fails.
 */
final class SyntheticResultSet {

    private SyntheticResultSet() {
    }

    static ResultSet of(List<String> labels, long rowCount, LongFunction<Object[]> rows) {
        ResultSetMetaData md = (ResultSetMetaData) Proxy.newProxyInstance(ResultSetMetaData.class.getClassLoader(),
                new Class<?>[] {ResultSetMetaData.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getColumnCount" -> labels.size();
                    case "getColumnLabel", "getColumnName" -> labels.get((Integer) args[0] - 1);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        long[] position = {-1};
        Object[][] current = {null};
        boolean[] closed = {false};
        boolean[] wasNull = {false};
        return (ResultSet) Proxy.newProxyInstance(ResultSet.class.getClassLoader(), new Class<?>[] {ResultSet.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "next" -> {
                            if (closed[0]) {
                                throw new SQLException("closed");
                            }
                            if (position[0] + 1 >= rowCount) {
                                current[0] = null;
                                position[0] = rowCount;
                                return false;
                            }
                            current[0] = rows.apply(++position[0]);
                            return true;
                        }
                        case "getObject", "getLong", "getString", "getInt" -> {
                            if (closed[0] || current[0] == null) {
                                throw new SQLException("no current row");
                            }
                            Object v = current[0][(Integer) args[0] - 1];
                            wasNull[0] = v == null;
                            return switch (method.getName()) {
                                case "getLong" -> v == null ? 0L : ((Number) v).longValue();
                                case "getInt" -> v == null ? 0 : ((Number) v).intValue();
                                case "getString" -> v == null ? null : v.toString();
                                default -> v;
                            };
                        }
                        case "wasNull" -> {
                            return wasNull[0];
                        }
                        case "getMetaData" -> {
                            return md;
                        }
                        case "close" -> {
                            closed[0] = true;
                            current[0] = null;
                            return null;
                        }
                        case "isClosed" -> {
                            return closed[0];
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                });
    }
}
