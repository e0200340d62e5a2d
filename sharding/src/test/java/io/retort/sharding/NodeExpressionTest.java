package io.retort.sharding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NodeExpressionTest {

    @Test
    void cartesianProductLeftmostGroupSlowest() {
        assertThat(NodeExpression.expand("ds${0..1}.orders_${0..3}")).containsExactly(
                "ds0.orders_0", "ds0.orders_1", "ds0.orders_2", "ds0.orders_3",
                "ds1.orders_0", "ds1.orders_1", "ds1.orders_2", "ds1.orders_3");
    }

    @Test
    void explicitListsKeepTheirOrder() {
        assertThat(NodeExpression.expand("ds1.orders_1, ds0.orders_0")).containsExactly("ds1.orders_1", "ds0.orders_0");
        assertThat(NodeExpression.expand("ds0.a,ds${1..2}.b")).containsExactly("ds0.a", "ds1.b", "ds2.b");
    }

    @Test
    void valueListsAndPadding() {
        assertThat(NodeExpression.expand("ds_${['eu','us']}.t")).containsExactly("ds_eu.t", "ds_us.t");
        assertThat(NodeExpression.expand("${[a, \"b\"]}.t_${[x]}")).containsExactly("a.t_x", "b.t_x");
        assertThat(NodeExpression.expand("ds0.t_${08..11}")).containsExactly("ds0.t_08", "ds0.t_09", "ds0.t_10", "ds0.t_11");
        assertThat(NodeExpression.expand("ds0.t_${0..0}")).containsExactly("ds0.t_0");
        assertThat(NodeExpression.expand("ds${0..1}.t_${0..1}, ds9.x")).hasSize(5).endsWith("ds9.x");
    }

    @Test
    void errorsSayWhatIsWrong() {
        assertThatThrownBy(() -> NodeExpression.expand("ds${0..1.t")).hasMessageContaining("without a closing '}'");
        assertThatThrownBy(() -> NodeExpression.expand("ds${1..0}.t")).hasMessageContaining("runs backwards; write ${0..1}");
        assertThatThrownBy(() -> NodeExpression.expand("ds${a..b}.t")).hasMessageContaining("non-negative integers");
        assertThatThrownBy(() -> NodeExpression.expand("ds${x}.t")).hasMessageContaining("expected a range");
        assertThatThrownBy(() -> NodeExpression.expand("ds0.t, ")).hasMessageContaining("empty data node");
        assertThatThrownBy(() -> NodeExpression.expand("ds${[a,]}.t")).hasMessageContaining("empty value");
        assertThatThrownBy(() -> NodeExpression.expand("ds${0..999}.t_${0..999}")).hasMessageContaining("more than 100000");
    }
}
