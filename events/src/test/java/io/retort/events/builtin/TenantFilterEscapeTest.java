package io.retort.events.builtin;

import static io.retort.sql.Sql.column;
import static io.retort.sql.Sql.cte;
import static io.retort.sql.Sql.derived;
import static io.retort.sql.Sql.exists;
import static io.retort.sql.Sql.insertInto;
import static io.retort.sql.Sql.number;
import static io.retort.sql.Sql.param;
import static io.retort.sql.Sql.select;
import static io.retort.sql.Sql.star;
import static io.retort.sql.Sql.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.sql.Expression;
import io.retort.sql.Identifier;
import io.retort.sql.Join;
import io.retort.sql.JoinType;
import io.retort.sql.Name;
import io.retort.sql.Sql;
import io.retort.sql.Statement;
import io.retort.sql.TableRef;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Attempts to read or change another tenant's rows, each rewritten by the tenant filter and run on
 * a real (H2) database holding two tenants' rows (see {@link TenantDatabase}). Every attempt runs as
 * tenant {@code acme}; {@code evil} owns orders 3 and 4, invoices 11 and 12, categories 3 and 4.
 */
class TenantFilterEscapeTest {

    private TenantDatabase db;

    @BeforeEach
    void open() throws SQLException {
        db = new TenantDatabase(TenantFilter.forTables("orders", "invoices", "categories"));
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    private Set<Object> ids(Statement s, Object... parameters) throws SQLException {
        return db.firstColumn("acme", s, parameters);
    }

    private static Set<Object> set(Object... values) {
        return new java.util.TreeSet<>((a, b) -> String.valueOf(a).compareTo(String.valueOf(b))) {
            {
                addAll(Arrays.asList(values));
            }
        };
    }

    private static TableRef orders() {
        return table("orders");
    }

    // ---- reading ----

    @Test
    void plainSelectSeesOnlyTheTenantsRows() throws SQLException {
        List<List<Object>> rows = db.query("acme", select(column("id"), column("tenant_id")).from(orders()));
        assertThat(rows).extracting(r -> r.get(1)).containsOnly("acme").hasSize(2);
        assertThat(db.firstColumn("evil", select(column("id")).from(orders()))).isEqualTo(set(3, 4));
    }

    @Test
    void orTrueInTheStatementDoesNotWidenTheFilter() throws SQLException {
        Expression escape = Sql.or(column("id").eq(param(1)), number(1).eq(1));
        assertThat(ids(select(column("id")).from(orders()).where(escape), 3)).isEqualTo(set(1, 2));
        Expression otherTenant = Sql.or(column("tenant_id").eq("evil"), column("tenant_id").eq("acme"));
        assertThat(ids(select(column("id")).from(orders()).where(otherTenant))).isEqualTo(set(1, 2));
        assertThat(ids(select(column("id")).from(orders()).where(column("tenant_id").eq("evil")))).isEmpty();
    }

    @Test
    void sqlInAParameterIsOnlyAValue() throws SQLException {
        assertThat(ids(select(column("id")).from(orders()).where(column("note").eq(param(1))), "e1' OR '1'='1")).isEmpty();
        // a number column compared with such text: the database refuses the value, it never runs it
        assertThatThrownBy(() -> ids(select(column("id")).from(orders()).where(column("id").eq(param(1))), "3 OR 1=1"))
                .isInstanceOf(SQLException.class).hasMessageContaining("converting \"3 OR 1=1\"");
    }

    @Test
    void unionsIntersectionsAndExceptsAreFilteredInEveryBranch() throws SQLException {
        Statement union = select(column("id")).from(orders()).where(number(1).eq(0))
                .union(select(column("id")).from(orders()));
        assertThat(ids(union)).isEqualTo(set(1, 2));
        Statement unionAll = select(column("id")).from(orders()).unionAll(select(column("id")).from(table("invoices")));
        assertThat(ids(unionAll)).isEqualTo(set(1, 2, 10, 13));
        Statement except = select(column("id")).from(orders()).except(select(column("id")).from(orders()).where(column("id").eq(1)));
        assertThat(ids(except)).isEqualTo(set(2));
        Statement intersect = select(column("customer_id")).from(orders())
                .intersect(select(column("id")).from(table("customers")));
        assertThat(ids(intersect)).isEqualTo(set(1, 2));
    }

    @Test
    void nestedSubqueriesAreFilteredAtEveryLevel() throws SQLException {
        Statement nested = select(column("id")).from(orders()).where(column("id").in(
                select(column("order_id")).from(table("invoices")).where(column("order_id").in(select(column("id")).from(orders())))));
        assertThat(ids(nested)).isEqualTo(set(1));
        Statement throughNonTenant = select(column("id")).from(table("customers"))
                .where(column("id").in(select(column("customer_id")).from(orders())));
        assertThat(ids(throughNonTenant)).isEqualTo(set(1, 2));
        Statement correlated = select(column("c", "id")).from(table("customers").as("c")).where(exists(
                select(number(1)).from(orders().as("o")).where(column("o", "customer_id").eq(column("c", "id")))));
        assertThat(ids(correlated)).isEqualTo(set(1, 2));
        Statement scalar = select(Sql.subquery(select(Sql.sum(column("amount"))).from(orders())));
        assertThat(db.query("acme", scalar)).containsExactly(List.of(300L));
        Statement notExists = select(column("c", "id")).from(table("customers").as("c")).where(Sql.notExists(
                select(number(1)).from(orders().as("o")).where(column("o", "customer_id").eq(column("c", "id")))));
        assertThat(ids(notExists)).isEqualTo(set(3));
    }

    @Test
    void derivedTablesCannotHideATenantTable() throws SQLException {
        assertThat(ids(select(column("x", "id")).from(derived(select(star()).from(orders()), "x")))).isEqualTo(set(1, 2));
        // a derived table named like a tenant table over the other tenant table
        assertThat(ids(select(column("orders", "id")).from(derived(select(star()).from(table("invoices")), "orders"))))
                .isEqualTo(set(10, 13));
    }

    @Test
    void ctesAreFilteredInsideAndCannotShadowATenantTable() throws SQLException {
        assertThat(ids(select(column("id")).from(table("x")).with(Sql.with(cte("x", select(star()).from(orders()))))))
                .isEqualTo(set(1, 2));
        // H2 reads the table here, not the CTE: the reference must be filtered anyway
        Statement shadow = select(column("id")).from(orders()).with(Sql.with(cte("orders", select(star()).from(orders()))));
        assertThat(ids(shadow)).isEqualTo(set(1, 2));
        Statement shadowWithoutTenantRows = select(column("id")).from(orders())
                .with(Sql.with(cte("orders", select(star()).from(orders()).where(column("id").eq(1)))));
        assertThat(ids(shadowWithoutTenantRows)).isEqualTo(set(1, 2));
        // in H2 the name means the table (acme's orders); where it means the CTE, acme's invoices
        Statement shadowByOtherTable = select(column("id")).from(orders())
                .with(Sql.with(cte("orders", select(star()).from(table("invoices")))));
        assertThat(ids(shadowByOtherTable)).isEqualTo(set(1, 2));
        Statement quotedShadow = select(column("id")).from(orders()).with(new io.retort.sql.With(false, List.of(
                new io.retort.sql.Cte(Identifier.quoted("ORDERS"), List.of(), null, select(star()).from(table("invoices"))))));
        assertThat(ids(quotedShadow)).isEqualTo(set(1, 2));
    }

    @Test
    void aRecursiveCteCannotWalkIntoAnotherTenantsRows() throws SQLException {
        Statement body = select(column("id"), column("parent_id")).from(table("categories")).where(column("id").eq(1))
                .unionAll(select(column("c", "id"), column("c", "parent_id"))
                        .from(table("categories").as("c").join(table("tree").as("t"), column("c", "parent_id").eq(column("t", "id")))));
        Statement s = select(column("id")).from(table("tree"))
                .with(Sql.withRecursive(cte("tree", List.of("id", "parent_id"), body)));
        assertThat(ids(s)).isEqualTo(set(1, 2));
        // unfiltered, the walk reaches evil's category 3 through acme's category 2
        try (var st = db.connection.createStatement(); var rs = st.executeQuery(io.retort.dialect.Dialect.of(io.retort.sql.SqlDialect.H2).render(s).sql())) {
            int n = 0;
            while (rs.next()) {
                n++;
            }
            assertThat(n).isEqualTo(3);
        }
    }

    @Test
    void outerJoinsKeepTheTenantsRowsAndShowNoOtherTenantsMatches() throws SQLException {
        Expression link = column("i", "order_id").eq(column("o", "id"));
        List<List<Object>> left = db.query("acme", select(column("o", "id"), column("i", "id"))
                .from(orders().as("o").leftJoin(table("invoices").as("i"), link)).orderBy(column("o", "id")));
        // order 2 stays (evil's invoice 12 points to it but must not show); in WHERE it would have vanished
        assertThat(left).containsExactly(List.of(1, 10), Arrays.asList(2, null));
        List<List<Object>> right = db.query("acme", select(column("o", "id"), column("i", "id"))
                .from(orders().as("o").rightJoin(table("invoices").as("i"), link)).orderBy(column("i", "id")));
        // acme's invoice 13 points to evil's order 4: the invoice stays, the order does not show
        assertThat(right).containsExactly(List.of(1, 10), Arrays.asList(null, 13));
        List<List<Object>> using = db.query("acme", select(column("customers", "id"), column("orders", "tenant_id"))
                .from(new Join(table("customers"), JoinType.LEFT, orders(), null, List.of(Identifier.of("id")), false))
                .orderBy(column("customers", "id")));
        assertThat(using).containsExactly(List.of(1, "acme"), List.of(2, "acme"), Arrays.asList(3, null));
    }

    @Test
    void selfJoinsAndSwappedAliasesAreFilteredPerAlias() throws SQLException {
        List<List<Object>> self = db.query("acme", select(column("a", "id"), column("b", "id"))
                .from(orders().as("a").join(orders().as("b"), column("a", "customer_id").eq(column("b", "customer_id")))));
        assertThat(self).containsExactlyInAnyOrder(List.of(1, 1), List.of(2, 2));
        Statement swapped = select(column("invoices", "id"), column("orders", "id"))
                .from(orders().as("invoices").join(table("invoices").as("orders"), column("orders", "order_id").eq(column("invoices", "id"))));
        assertThat(db.query("acme", swapped)).containsExactly(List.of(1, 10));
    }

    @Test
    void schemaQualifiedQuotedAndOddlyCasedNamesAreFiltered() throws SQLException {
        assertThat(ids(select(column("id")).from(table("public", "orders")))).isEqualTo(set(1, 2));
        assertThat(ids(select(column("id")).from(table("PUBLIC", "ORDERS")))).isEqualTo(set(1, 2));
        assertThat(ids(select(column("id")).from(TableRef.of(Name.of(Identifier.quoted("ORDERS")))))).isEqualTo(set(1, 2));
        assertThat(ids(select(column("id")).from(TableRef.of(Name.of(Identifier.quoted("PUBLIC"), Identifier.quoted("ORDERS"))))))
                .isEqualTo(set(1, 2));
        assertThat(ids(select(column("id")).from(table("OrDeRs")))).isEqualTo(set(1, 2));
    }

    @Test
    void columnAliasesCannotRenameAnotherColumnToTheTenantColumn() throws SQLException {
        TableRef renamed = new TableRef(Name.of("orders"), Identifier.of("o"), List.of(Identifier.of("id"),
                Identifier.of("x"), Identifier.of("y"), Identifier.of("z"), Identifier.of("tenant_id")), false, List.of(), List.of());
        assertThat(ids(select(column("o", "id")).from(renamed))).isEqualTo(set(1, 2));
    }

    // ---- changing ----

    @Test
    void updateAndDeleteChangeOnlyTheTenantsRows() throws SQLException {
        assertThat(db.update("acme", Sql.update(orders()).set("amount", 0))).isEqualTo(2);
        assertThat(db.update("acme", Sql.update(orders()).set("amount", 0).where(column("id").eq(param(1))), 3)).isZero();
        assertThat(db.update("acme", Sql.deleteFrom(orders()).where(number(1).eq(1)))).isEqualTo(2);
        assertThat(db.raw("SELECT id, tenant_id FROM orders ORDER BY id")).containsExactly("3:evil", "4:evil");
        assertThat(db.raw("SELECT amount, tenant_id FROM orders ORDER BY id")).containsExactly("300:evil", "400:evil");
    }

    @Test
    void deleteThroughASubqueryOverAnotherTenantTable() throws SQLException {
        Statement delete = Sql.deleteFrom(orders()).where(column("id").in(select(column("order_id")).from(table("invoices"))));
        assertThat(db.update("acme", delete)).isEqualTo(1);
        assertThat(db.raw("SELECT id, tenant_id FROM orders ORDER BY id")).containsExactly("2:acme", "3:evil", "4:evil");
    }

    @Test
    void insertedRowsBelongToTheTenant() throws SQLException {
        assertThat(db.update("acme", insertInto("orders").columns("id", "amount").values(param(1), param(2)), 5, 10)).isEqualTo(1);
        assertThat(db.raw("SELECT id, tenant_id FROM orders WHERE id = 5")).containsExactly("5:acme");
        assertThat(db.firstColumn("evil", select(column("id")).from(orders()))).isEqualTo(set(3, 4));
        // copying: only acme's rows are read, and the copies are acme's
        Statement copy = insertInto("orders").columns("id", "amount")
                .select(select(column("id").plus(100), column("amount")).from(orders()));
        assertThat(db.update("acme", copy)).isEqualTo(3);
        assertThat(db.raw("SELECT id, tenant_id FROM orders WHERE id > 100 ORDER BY id"))
                .containsExactly("101:acme", "102:acme", "105:acme");
    }

    @Test
    void writingAnotherTenantsIdIsRefusedAndChangesNothing() throws SQLException {
        assertThatThrownBy(() -> db.update("acme", insertInto("orders").columns("id", "tenant_id").values(7, "evil")))
                .hasMessageContaining("not the current tenant");
        assertThatThrownBy(() -> db.update("acme", insertInto("orders").columns("id", "tenant_id").values(param(1), param(2)), 7, "evil"))
                .hasMessageContaining("not the current tenant");
        assertThatThrownBy(() -> db.update("acme", Sql.update(orders()).set("tenant_id", "evil")))
                .hasMessageContaining("may not set the tenant column");
        assertThat(db.raw("SELECT id, tenant_id FROM orders ORDER BY id")).containsExactly("1:acme", "2:acme", "3:evil", "4:evil");
        assertThat(db.update("acme", insertInto("orders").columns("id", "tenant_id").values(param(1), param(2)), 7, "acme")).isEqualTo(1);
    }

    @Test
    void anUpsertHittingAnotherTenantsKeyChangesNothing() throws SQLException {
        try (TenantDatabase mysql = new TenantDatabase(TenantFilter.forTables("orders"), ";MODE=MySQL",
                io.retort.sql.SqlDialect.MYSQL)) {
            Statement upsert = insertInto("orders").columns("id", "amount").values(param(1), param(2))
                    .onDuplicateKeyUpdate(Sql.set("amount", param(2)));
            mysql.update("acme", upsert, 3, 999);   // order 3 is evil's
            mysql.update("acme", upsert, 1, 111);   // order 1 is acme's
            assertThat(mysql.raw("SELECT amount, tenant_id FROM orders ORDER BY id"))
                    .containsExactly("111:acme", "200:acme", "300:evil", "400:evil");
        }
    }

    @Test
    void noTenantNoAccess() {
        assertThatThrownBy(() -> {
            var e = io.retort.events.testing.TestEvents.statement("x").build();
            db.listeners.transform(e, select(star()).from(orders()));
        }).hasMessageContaining("no tenant is set");
    }
}
