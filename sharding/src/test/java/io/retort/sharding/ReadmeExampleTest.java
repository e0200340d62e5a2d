package io.retort.sharding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The YAML reference in sharding/README.md is loadable and means what the README says. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleLoadsAndRoutes() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = readme.substring(start, readme.indexOf("```", start));
        ShardingConfig config = ShardingConfig.parse(yaml, "README.md", getClass().getClassLoader(),
                Map.of("PG_PASSWORD", "pw")::get);
        ShardingRule rule = ShardingRule.of(config, getClass().getClassLoader());
        assertThat(rule.route("orders", ShardingConditions.of("customer_id", ShardingCondition.equalTo(42L))))
                .containsExactly(new DataNode("ds1", "orders_3"));
        assertThat(rule.route("payments", ShardingConditions.of("user_id", ShardingCondition.equalTo(1))
                        .with("payment_id", ShardingCondition.equalTo("2500000"))))
                .containsExactly(new DataNode("ds1", "payments_2"));
        assertThat(rule.tableRule("audit_log").kind()).isEqualTo(TableKind.SINGLE);
        assertThat(rule.tableRule("currencies").kind()).isEqualTo(TableKind.BROADCAST);
        assertThat(config.dataSource("ds0").properties()).containsEntry("sslmode", "disable");
        assertThat(config.dataSource("ds0").password()).isEqualTo("pw");
    }
}
