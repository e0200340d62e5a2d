package io.retort.sharding.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.sharding.DataNode;
import io.retort.sharding.ShardingCondition;
import io.retort.sharding.ShardingConditions;
import io.retort.sharding.TableRule;
import io.retort.sql.SqlDialect;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Routing never misses a row: for random WHERE clauses (comparisons, IN, BETWEEN, IS NULL, row
 * values, AND/OR/NOT, literals and parameters, the column on either side) and random rows placed
 * by the rule, every node holding a row that the clause accepts (SQL's three-valued logic,
 * evaluated here by brute force) is among the nodes the router chose.
 */
class RoutingPropertiesTest {
    private static final String YAML = """
            dialect: postgresql
            dataSources: { ds0: { url: 'jdbc:h2:mem:a' }, ds1: { url: 'jdbc:h2:mem:b' }, ds2: { url: 'jdbc:h2:mem:c' } }
            sharding:
              tables:
                m: { key: k, keyType: integer, nodes: "ds${0..2}.m_${0..2}", algorithm: mod }
                n: { key: k, bindTo: m }
                h: { key: k, keyType: integer, nodes: "ds${0..2}.h_${0..1}" }
                r: { key: k, keyType: integer, nodes: "ds${0..2}.r", algorithm: { type: range, boundaries: [-10, 25] } }
                two:
                  nodes: "ds${0..2}.two_${0..3}"
                  databaseStrategy: { key: k, keyType: integer, algorithm: { type: range, boundaries: [0, 100] } }
                  tableStrategy: { key: b, keyType: integer, algorithm: mod }
            """;
    private static final RouterFixture FIXTURE = new RouterFixture(YAML, SqlDialect.POSTGRESQL, TableMetadata.NONE);

    /** A generated condition: its SQL (parameters appended in order of appearance) and its value on a row. */
    private interface Cond {
        String sql(List<Object> parameters);

        /** TRUE, FALSE or null (unknown). */
        Boolean eval(Map<String, Long> row);
    }

    private record Cmp(String column, String op, long value, boolean parameter, boolean flipped) implements Cond {
        public String sql(List<Object> p) {
            String v = render(value, parameter, p);
            return flipped ? v + " " + flip(op) + " " + column : column + " " + op + " " + v;
        }

        public Boolean eval(Map<String, Long> row) {
            Long c = row.get(name(column));
            if (c == null) {
                return null;
            }
            return switch (op) {
                case "=" -> c == value;
                case "<>" -> c != value;
                case "<" -> c < value;
                case "<=" -> c <= value;
                case ">" -> c > value;
                default -> c >= value;
            };
        }
    }

    private record In(String column, List<Long> values, boolean negated, boolean withNull) implements Cond {
        public String sql(List<Object> p) {
            List<String> parts = new ArrayList<>();
            for (long v : values) {
                parts.add(Long.toString(v));
            }
            if (withNull) {
                parts.add("NULL");
            }
            return column + (negated ? " NOT IN (" : " IN (") + String.join(", ", parts) + ")";
        }

        public Boolean eval(Map<String, Long> row) {
            Long c = row.get(name(column));
            if (c == null) {
                return null;
            }
            if (values.contains(c)) {
                return !negated;
            }
            return withNull ? null : negated;
        }
    }

    private record Between(String column, long low, long high, boolean negated, boolean parameter) implements Cond {
        public String sql(List<Object> p) {
            return column + (negated ? " NOT BETWEEN " : " BETWEEN ") + render(low, parameter, p) + " AND "
                    + render(high, parameter, p);
        }

        public Boolean eval(Map<String, Long> row) {
            Long c = row.get(name(column));
            if (c == null) {
                return null;
            }
            return (c >= low && c <= high) != negated;
        }
    }

    private record IsNull(String column, boolean negated) implements Cond {
        public String sql(List<Object> p) {
            return column + (negated ? " IS NOT NULL" : " IS NULL");
        }

        public Boolean eval(Map<String, Long> row) {
            return (row.get(name(column)) == null) != negated;
        }
    }

    private record RowEq(String a, String b, long x, long y) implements Cond {
        public String sql(List<Object> p) {
            return "(" + a + ", " + b + ") = (" + x + ", " + y + ")";
        }

        public Boolean eval(Map<String, Long> row) {
            return and(new Cmp(a, "=", x, false, false).eval(row), new Cmp(b, "=", y, false, false).eval(row));
        }
    }

    private record Logic(String op, Cond left, Cond right) implements Cond {
        public String sql(List<Object> p) {
            if (op.equals("NOT")) {
                return "NOT (" + left.sql(p) + ")";
            }
            String l = left.sql(p);
            return "(" + l + ") " + op + " (" + right.sql(p) + ")";
        }

        public Boolean eval(Map<String, Long> row) {
            return switch (op) {
                case "NOT" -> {
                    Boolean v = left.eval(row);
                    yield v == null ? null : !v;
                }
                case "AND" -> and(left.eval(row), right.eval(row));
                default -> or(left.eval(row), right.eval(row));
            };
        }
    }

    private static Boolean and(Boolean a, Boolean b) {
        if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
            return false;
        }
        return a == null || b == null ? null : true;
    }

    private static Boolean or(Boolean a, Boolean b) {
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
            return true;
        }
        return a == null || b == null ? null : false;
    }

    private static String render(long v, boolean parameter, List<Object> p) {
        if (parameter) {
            p.add(v);
            return "?";
        }
        return Long.toString(v);
    }

    private static String flip(String op) {
        return switch (op) {
            case "<" -> ">";
            case "<=" -> ">=";
            case ">" -> "<";
            case ">=" -> "<=";
            default -> op;
        };
    }

    /** The column name without its qualifier: both tables of a join hold the same k. */
    private static String name(String column) {
        int dot = column.indexOf('.');
        return dot < 0 ? column : column.substring(dot + 1);
    }

    private static final class Generator {
        final Random random;
        final List<String> columns;
        final List<Long> literals = new ArrayList<>();

        Generator(long seed, List<String> columns) {
            this.random = new Random(seed);
            this.columns = columns;
        }

        long value() {
            long v = random.nextInt(221) - 60;
            literals.add(v);
            return v;
        }

        String column() {
            return columns.get(random.nextInt(columns.size()));
        }

        Cond cond(int depth) {
            int pick = random.nextInt(depth <= 0 ? 6 : 9);
            return switch (pick) {
                case 0, 1 -> new Cmp(column(), new String[] {"=", "=", "<>", "<", "<=", ">", ">="}[random.nextInt(7)], value(),
                        random.nextBoolean(), random.nextBoolean());
                case 2 -> {
                    List<Long> values = new ArrayList<>();
                    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                        values.add(value());
                    }
                    yield new In(column(), values, random.nextInt(4) == 0, random.nextInt(5) == 0);
                }
                case 3 -> {
                    long a = value();
                    long b = a + random.nextInt(60) - 10;
                    literals.add(b);
                    yield new Between(column(), a, b, random.nextInt(4) == 0, random.nextBoolean());
                }
                case 4 -> new IsNull(random.nextBoolean() ? "x" : column(), random.nextBoolean());
                case 5 -> columns.size() >= 2 ? new RowEq(columns.get(0), columns.get(1), value(), value())
                        : new Cmp("x", "=", value(), false, false);
                case 6 -> new Logic("NOT", cond(depth - 1), null);
                case 7 -> new Logic("AND", cond(depth - 1), cond(depth - 1));
                default -> new Logic("OR", cond(depth - 1), cond(depth - 1));
            };
        }

        /** Sample rows: random keys, and keys equal to the literals so that equalities match. */
        List<Map<String, Long>> rows(List<String> keys) {
            List<Map<String, Long>> rows = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                Map<String, Long> row = new HashMap<>();
                for (String k : keys) {
                    boolean literal = !literals.isEmpty() && random.nextBoolean();
                    row.put(k, literal ? literals.get(random.nextInt(literals.size())) : random.nextInt(221) - 60L);
                }
                row.put("x", random.nextInt(3) == 0 ? null : (long) random.nextInt(221) - 60);
                rows.add(row);
            }
            return rows;
        }
    }

    private static void check(long seed, String table, String from, List<String> columns, List<String> keys)
            throws SQLException {
        Generator g = new Generator(seed, columns);
        Cond where = g.cond(3);
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT * FROM " + from + " WHERE " + where.sql(parameters);
        RoutePlan plan = FIXTURE.route(sql, parameters.toArray());
        Set<String> routed = new LinkedHashSet<>();
        plan.units().forEach(u -> u.nodes().forEach(n -> routed.add(n.toString())));
        assertThat(routed).as(sql).isNotEmpty();
        TableRule rule = FIXTURE.rule.tableRule(table);
        for (Map<String, Long> row : g.rows(keys)) {
            if (Boolean.TRUE.equals(where.eval(row))) {
                ShardingConditions c = ShardingConditions.none();
                for (String k : keys) {
                    c = c.with(k, ShardingCondition.equalTo(row.get(k)));
                }
                List<DataNode> home = rule.route(c);
                assertThat(routed).as("%s with %s: row %s lives on %s", sql, parameters, row, home)
                        .contains(home.get(0).toString());
            }
        }
    }

    @Property(tries = 400)
    void modNeverMissesARow(@ForAll long seed) throws SQLException {
        check(seed, "m", "m", List.of("k"), List.of("k"));
    }

    @Property(tries = 400)
    void hashModNeverMissesARow(@ForAll long seed) throws SQLException {
        check(seed, "h", "h", List.of("k"), List.of("k"));
    }

    @Property(tries = 400)
    void rangeNeverMissesARow(@ForAll long seed) throws SQLException {
        check(seed, "r", "r", List.of("k", "r.k"), List.of("k"));
    }

    @Property(tries = 400)
    void databaseAndTableStrategiesNeverMissARow(@ForAll long seed) throws SQLException {
        check(seed, "two", "two", List.of("k", "b"), List.of("k", "b"));
    }

    @Property(tries = 400)
    void boundJoinsNeverMissARow(@ForAll long seed) throws SQLException {
        // both sides of the join hold the same k (co-located rows); conditions may name either side
        check(seed, "m", "m JOIN n ON n.k = m.k", List.of("m.k", "n.k"), List.of("k"));
    }
}
