package io.retort.sharding;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.constraints.IntRange;

/** Range pruning never loses a row: a value inside a range is always on one of the range's nodes. */
class PruningPropertiesTest {
    private static ShardingRule rule;

    @BeforeContainer
    static void build() throws Exception {
        rule = ShardingRule.of(ShardingConfig.parse("""
                dataSources: { ds0: { url: 'jdbc:h2:mem:a' }, ds1: { url: 'jdbc:h2:mem:b' }, ds2: { url: 'jdbc:h2:mem:c' } }
                sharding:
                  tables:
                    m: { key: k, nodes: "ds${0..2}.m_${0..2}", algorithm: mod }
                    h: { key: k, keyType: integer, nodes: "ds${0..2}.h_${0..2}" }
                    r: { key: k, nodes: "ds${0..2}.r", algorithm: { type: range, boundaries: [-10, 25] } }
                    l: { key: k, nodes: "ds${0..2}.l", algorithm: { type: list, values: { ds0: [1, 2, 3], ds1: [40] }, default: ds2 } }
                    two:
                      nodes: "ds${0..2}.two_${0..3}"
                      databaseStrategy: { key: k, algorithm: { type: range, boundaries: [0, 100] } }
                      tableStrategy: { key: k, algorithm: mod }
                """, "p.yaml", PruningPropertiesTest.class.getClassLoader(), Map.<String, String>of()::get),
                PruningPropertiesTest.class.getClassLoader());
    }

    @Property(tries = 3000)
    void aValueInARangeIsOnTheRangesNodes(@ForAll @IntRange(min = -60, max = 160) int value,
            @ForAll @IntRange(min = -60, max = 160) int a, @ForAll @IntRange(min = 0, max = 300) int width,
            @ForAll boolean lowerInclusive, @ForAll boolean upperInclusive) throws SQLException {
        ShardingRange range = new ShardingRange(a, lowerInclusive, a + width, upperInclusive);
        boolean inside = (lowerInclusive ? value >= a : value > a) && (upperInclusive ? value <= a + width : value < a + width);
        for (String table : List.of("m", "h", "r", "l", "two")) {
            List<DataNode> byRange = rule.route(table, ShardingConditions.of("k", ShardingCondition.range(range)));
            List<DataNode> byValue = rule.route(table, ShardingConditions.of("k", ShardingCondition.equalTo((long) value)));
            assertThat(byValue).hasSize(1);
            if (inside) {
                assertThat(byRange).as("%s: %d in %s", table, value, range).containsAll(byValue);
            }
        }
    }

    @Property(tries = 500)
    void openRangesAreSound(@ForAll @IntRange(min = -60, max = 160) int value, @ForAll @IntRange(min = -60, max = 160) int bound,
            @ForAll boolean inclusive) throws SQLException {
        for (String table : List.of("m", "r", "l", "two")) {
            DataNode node = rule.route(table, ShardingConditions.of("k", ShardingCondition.equalTo(value))).get(0);
            if (inclusive ? value >= bound : value > bound) {
                assertThat(rule.route(table, ShardingConditions.of("k", ShardingCondition.range(ShardingRange.above(bound, inclusive)))))
                        .contains(node);
            }
            if (inclusive ? value <= bound : value < bound) {
                assertThat(rule.route(table, ShardingConditions.of("k", ShardingCondition.range(ShardingRange.below(bound, inclusive)))))
                        .contains(node);
            }
        }
    }
}
