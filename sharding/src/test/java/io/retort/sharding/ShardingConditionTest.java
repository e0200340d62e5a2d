package io.retort.sharding;

import static io.retort.sharding.ShardingCondition.between;
import static io.retort.sharding.ShardingCondition.equalTo;
import static io.retort.sharding.ShardingCondition.greaterThan;
import static io.retort.sharding.ShardingCondition.in;
import static io.retort.sharding.ShardingCondition.lessThan;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ShardingConditionTest {

    @Test
    void orUnitesAndUnknownAbsorbs() {
        ShardingCondition c = equalTo(1).or(in(2, 1)).or(between(10, 20));
        assertThat(c).isEqualTo(new ShardingCondition.Restricted(List.of(1, 2), List.of(ShardingRange.between(10, 20))));
        assertThat(c.or(ShardingCondition.unknown()).isUnknown()).isTrue();
        assertThat(c.toString()).isEqualTo("in [1, 2] or in [10, 20]");
        assertThat(in(1L, 1, new BigDecimal("1.0"))).isEqualTo(equalTo(1L));
    }

    @Test
    void andIntersects() {
        assertThat(in(1, 2, 3).and(in(3, 4))).isEqualTo(equalTo(3));
        assertThat(equalTo(1).and(equalTo(2))).isEqualTo(ShardingCondition.none());
        assertThat(in(5, 15, 25).and(between(10, 20))).isEqualTo(equalTo(15));
        assertThat(greaterThan(10).and(lessThan(20)))
                .isEqualTo(ShardingCondition.range(new ShardingRange(10, false, 20, false)));
        assertThat(between(1, 10).and(between(5, 20))).isEqualTo(between(5, 10));
        assertThat(between(1, 5).and(greaterThan(5))).isEqualTo(ShardingCondition.none());
        assertThat(between(1, 5).and(ShardingCondition.atLeast(5))).isEqualTo(between(5, 5));
        assertThat(ShardingCondition.unknown().and(equalTo(1))).isEqualTo(equalTo(1));
        assertThat(equalTo(1).and(ShardingCondition.unknown())).isEqualTo(equalTo(1));
    }

    @Test
    void andKeepsWhatItCannotCompare() {
        // '42' (a string) might equal 42 in the database's eyes: keep it.
        assertThat(equalTo("42").and(equalTo(42))).isEqualTo(in("42", 42));
        assertThat(equalTo("x").and(between(1, 5))).isEqualTo(equalTo("x"));
        assertThat(between("a", "c").and(between(1, 5))).isEqualTo(between("a", "c"));
        assertThat(ShardingCondition.none().mayContain(1)).isFalse();
        assertThat(ShardingCondition.unknown().mayContain(1)).isTrue();
    }

    @Test
    void conditionsPerColumn() {
        ShardingConditions c = ShardingConditions.of("User_ID", equalTo(1)).with("order_id", in(1, 2));
        assertThat(c.get("user_id")).isEqualTo(equalTo(1));
        assertThat(c.get("ORDER_ID")).isEqualTo(in(1, 2));
        assertThat(c.get("other").isUnknown()).isTrue();
        assertThat(c.with("USER_ID", equalTo(2)).get("user_id")).isEqualTo(equalTo(2));
        assertThat(c.get("user_id")).isEqualTo(equalTo(1));
        assertThat(ShardingConditions.none().get("x").isUnknown()).isTrue();
        assertThat(c.toString()).isEqualTo("{user_id: in [1], order_id: in [1, 2]}");
    }

    // ----- the algebra never loses a value -----

    /** What a condition means, evaluated directly on one integer. */
    static boolean holds(ShardingCondition c, long x) {
        if (c instanceof ShardingCondition.Restricted r) {
            for (Object v : r.values()) {
                if (((Number) v).longValue() == x) {
                    return true;
                }
            }
            for (ShardingRange range : r.ranges()) {
                boolean low = !range.hasLower() || (range.lowerInclusive() ? x >= ((Number) range.lower()).longValue()
                        : x > ((Number) range.lower()).longValue());
                boolean high = !range.hasUpper() || (range.upperInclusive() ? x <= ((Number) range.upper()).longValue()
                        : x < ((Number) range.upper()).longValue());
                if (low && high) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    @Provide
    Arbitrary<ShardingCondition> conditions() {
        Arbitrary<Long> v = Arbitraries.longs().between(-20, 20);
        Arbitrary<ShardingCondition> values = v.list().ofMinSize(0).ofMaxSize(4).map(l -> in(new ArrayList<Object>(l)));
        Arbitrary<ShardingCondition> ranges = Combinators.combine(v.injectNull(0.3), Arbitraries.of(true, false),
                        v.injectNull(0.3), Arbitraries.of(true, false))
                .as((lo, li, hi, hiInc) -> ShardingCondition.range(new ShardingRange(lo, li, hi, hiInc)));
        Arbitrary<ShardingCondition> leaf = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, values), net.jqwik.api.Tuple.of(4, ranges),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(ShardingCondition.unknown())));
        return Combinators.combine(leaf, leaf, Arbitraries.of(true, false)).as((a, b, and) -> and ? a.and(b) : a.or(b));
    }

    @Property
    void andIsASupersetOfTheIntersection(@ForAll("conditions") ShardingCondition a, @ForAll("conditions") ShardingCondition b,
            @ForAll @IntRange(min = -25, max = 25) int x) {
        if (holds(a, x) && holds(b, x)) {
            assertThat(holds(a.and(b), x)).as("%s AND %s at %d gave %s", a, b, x, a.and(b)).isTrue();
            assertThat(a.and(b).mayContain((long) x)).isTrue();
        }
    }

    @Property
    void orIsExactlyTheUnion(@ForAll("conditions") ShardingCondition a, @ForAll("conditions") ShardingCondition b,
            @ForAll @IntRange(min = -25, max = 25) int x) {
        assertThat(holds(a.or(b), x)).isEqualTo(holds(a, x) || holds(b, x));
    }

    @Property
    void andOfExactValuesIsExact(@ForAll("conditions") ShardingCondition a, @ForAll("conditions") ShardingCondition b,
            @ForAll @IntRange(min = -25, max = 25) int x) {
        // With comparable integer values nothing needs to be kept conservatively.
        assertThat(holds(a.and(b), x)).as("%s AND %s at %d gave %s", a, b, x, a.and(b)).isEqualTo(holds(a, x) && holds(b, x));
    }
}
