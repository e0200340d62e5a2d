package io.retort.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.JDBCUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** jOOQ on a Retort connection: its dialect detection must see the real database, and queries must run. */
class JooqThroughRetortTest {

    private static final Map<Target.Kind, SQLDialect> EXPECTED = Map.of(
            Target.Kind.H2, SQLDialect.H2,
            Target.Kind.SQLITE, SQLDialect.SQLITE,
            Target.Kind.POSTGRESQL, SQLDialect.POSTGRES,
            Target.Kind.MARIADB, SQLDialect.MARIADB);

    @ParameterizedTest
    @EnumSource(Target.Kind.class)
    void detectsTheRealDialectAndQueries(Target.Kind kind) throws Exception {
        try (Target target = Target.create(kind, "jooq"); Connection conn = target.connect()) {
            assertThat(JDBCUtils.dialect(conn).family()).isEqualTo(EXPECTED.get(kind));

            DSLContext ctx = DSL.using(conn);
            assertThat(ctx.dialect().family()).isEqualTo(EXPECTED.get(kind));
            ctx.createTable(name("city"))
                    .column(name("name"), org.jooq.impl.SQLDataType.VARCHAR(50).nullable(false))
                    .column(name("country"), org.jooq.impl.SQLDataType.VARCHAR(2).nullable(false))
                    .execute();
            ctx.insertInto(table(name("city")), field(name("name")), field(name("country")))
                    .values("Paris", "FR").values("Lyon", "FR").values("Berlin", "DE")
                    .execute();
            List<String> french = ctx.select(field(name("name"), String.class))
                    .from(table(name("city")))
                    .where(field(name("country"), String.class).eq("FR"))
                    .orderBy(field(name("name")))
                    .fetch(0, String.class);
            assertThat(french).containsExactly("Lyon", "Paris");
            assertThat(ctx.select(count()).from(table(name("city"))).fetchOne(0, Integer.class)).isEqualTo(3);
        }
    }
}
