package io.retort.events.builtin;

import static io.retort.sql.Sql.column;
import static io.retort.sql.Sql.cte;
import static io.retort.sql.Sql.derived;
import static io.retort.sql.Sql.exists;
import static io.retort.sql.Sql.param;
import static io.retort.sql.Sql.select;
import static io.retort.sql.Sql.star;
import static io.retort.sql.Sql.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.events.Listeners;
import io.retort.events.StatementEvent;
import io.retort.events.testing.TestEvents;
import io.retort.sql.BinaryOp;
import io.retort.sql.BinaryOperator;
import io.retort.sql.ColumnRef;
import io.retort.sql.Expression;
import io.retort.sql.FromItem;
import io.retort.sql.Identifier;
import io.retort.sql.Join;
import io.retort.sql.JoinType;
import io.retort.sql.Name;
import io.retort.sql.Parameter;
import io.retort.sql.ParameterKind;
import io.retort.sql.Select;
import io.retort.sql.Sql;
import io.retort.sql.Statement;
import io.retort.sql.TableRef;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape of what the tenant filter makes of statements, compared with trees written by hand. */
class TenantFilterRewriteTest {

    static final Parameter TENANT = new Parameter(ParameterKind.NAMED, 0, "retort_tenant");

    final TenantFilter filter = TenantFilter.forTables("orders", "invoices", "categories");

    Statement rewrite(Statement s, Object... parameters) throws SQLException {
        StatementEvent e = TestEvents.statement("test").parameters(parameters).model(s).build();
        try (TenantContext.Scope scope = TenantContext.open("acme")) {
            return Listeners.of(List.of(filter)).transform(e, s);
        }
    }

    /** {@code qualifier.tenant_id = :retort_tenant}. */
    static Expression tenant(String... qualifier) {
        return new BinaryOp(new ColumnRef(Name.of(qualifier), Identifier.of("tenant_id")), BinaryOperator.EQUALS, TENANT);
    }

    static Expression and(Expression a, Expression b) {
        return new BinaryOp(a, BinaryOperator.AND, b);
    }

    static TableRef orders() {
        return table("orders");
    }

    // ---- simple queries ----

    @Test
    void aTenantTableGetsTheConditionInWhere() throws SQLException {
        assertThat(rewrite(select(star()).from(orders())))
                .isEqualTo(select(star()).from(orders()).where(tenant("orders")));
    }

    @Test
    void theApplicationsConditionStaysOneOperandOfTheAnd() throws SQLException {
        Expression escape = Sql.or(column("id").eq(param(1)), Sql.number(1).eq(1));
        Select s = select(star()).from(orders()).where(escape);
        assertThat(rewrite(s, 5)).isEqualTo(select(star()).from(orders()).where(and(escape, tenant("orders"))));
    }

    @Test
    void theAliasQualifiesTheCondition() throws SQLException {
        assertThat(rewrite(select(star()).from(orders().as("o"))))
                .isEqualTo(select(star()).from(orders().as("o")).where(tenant("o")));
    }

    @Test
    void schemaQualifiedAndQuotedNamesAreTenantTablesToo() throws SQLException {
        assertThat(rewrite(select(star()).from(table("shop", "orders"))))
                .isEqualTo(select(star()).from(table("shop", "orders")).where(tenant("shop", "orders")));
        TableRef quoted = TableRef.of(Name.of(Identifier.quoted("ORDERS")));
        Expression quotedCondition = new BinaryOp(new ColumnRef(Name.of(Identifier.quoted("ORDERS")), Identifier.of("tenant_id")),
                BinaryOperator.EQUALS, TENANT);
        assertThat(rewrite(select(star()).from(quoted))).isEqualTo(select(star()).from(quoted).where(quotedCondition));
        assertThat(rewrite(select(star()).from(table("ORDERS")))).isNotEqualTo(select(star()).from(table("ORDERS")));
    }

    @Test
    void otherTablesAndStatementsWithoutTenantTablesAreReturnedAsTheyAre() throws SQLException {
        Select s = select(star()).from(table("customers")).where(column("id").eq(1));
        assertThat(rewrite(s)).isSameAs(s);
        Statement noTenant = select(star()).from(table("customers"));
        StatementEvent e = TestEvents.statement("x").model(noTenant).build();
        assertThat(Listeners.of(List.of(filter)).transform(e, noTenant)).isSameAs(noTenant); // no tenant needed
        assertThat(rewrite(select(star()).from(table("orders_archive")))).isEqualTo(select(star()).from(table("orders_archive")));
        assertThat(rewrite(select(star()).from(table("archive", "orders_x")))).isEqualTo(select(star()).from(table("archive", "orders_x")));
    }

    @Test
    void aConfiguredSchemaOnlyMatchesThatSchemaOrNone() throws SQLException {
        TenantFilter shopOnly = TenantFilter.forTables("shop.orders");
        StatementEvent e = TestEvents.statement("x").build();
        try (TenantContext.Scope scope = TenantContext.open("acme")) {
            Statement other = select(star()).from(table("archive", "orders"));
            assertThat(shopOnly.transform(e, other)).isSameAs(other);
            assertThat(shopOnly.transform(e, select(star()).from(table("orders")))).isNotEqualTo(select(star()).from(table("orders")));
            assertThat(shopOnly.transform(e, select(star()).from(table("SHOP", "ORDERS"))))
                    .isEqualTo(select(star()).from(table("SHOP", "ORDERS")).where(tenant("SHOP", "ORDERS")));
        }
    }

    // ---- joins ----

    @Test
    void innerJoinsFilterBothTablesInWhere() throws SQLException {
        FromItem join = orders().as("o").join(table("invoices").as("i"), column("i", "order_id").eq(column("o", "id")));
        assertThat(rewrite(select(star()).from(join)))
                .isEqualTo(select(star()).from(join).where(and(tenant("o"), tenant("i"))));
    }

    @Test
    void theOuterJoinedTableIsFilteredInTheOnClause() throws SQLException {
        Expression on = column("i", "order_id").eq(column("o", "id"));
        Select left = select(star()).from(orders().as("o").leftJoin(table("invoices").as("i"), on));
        assertThat(rewrite(left)).isEqualTo(select(star())
                .from(orders().as("o").leftJoin(table("invoices").as("i"), and(on, tenant("i"))))
                .where(tenant("o")));

        Select right = select(star()).from(table("invoices").as("i").rightJoin(orders().as("o"), on));
        assertThat(rewrite(right)).isEqualTo(select(star())
                .from(table("invoices").as("i").rightJoin(orders().as("o"), and(on, tenant("i"))))
                .where(tenant("o")));
    }

    @Test
    void tablesInsideTheOuterJoinedSideAreFilteredInThatJoinsOn() throws SQLException {
        Expression inner = column("i", "order_id").eq(column("o", "id"));
        Expression outer = column("c", "id").eq(column("o", "customer_id"));
        FromItem nested = orders().as("o").join(table("invoices").as("i"), inner);
        Select s = select(star()).from(table("customers").as("c").leftJoin(nested, outer));
        assertThat(rewrite(s)).isEqualTo(select(star())
                .from(table("customers").as("c").leftJoin(nested, and(outer, and(tenant("o"), tenant("i"))))));
    }

    @Test
    void fullJoinsNaturalOuterJoinsAndColumnAliasesFilterTheTableItself() throws SQLException {
        Expression on = column("i", "order_id").eq(column("o", "id"));
        Select full = select(star()).from(orders().as("o").fullJoin(table("invoices").as("i"), on));
        assertThat(rewrite(full)).isEqualTo(select(star()).from(new Join(
                derived(select(star()).from(orders()).where(tenant("orders")), "o"), JoinType.FULL,
                derived(select(star()).from(table("invoices")).where(tenant("invoices")), "i"), on, List.of(), false)));

        Select natural = select(star()).from(new Join(table("customers"), JoinType.LEFT, orders(), null, List.of(), true));
        assertThat(rewrite(natural)).isEqualTo(select(star()).from(new Join(table("customers"), JoinType.LEFT,
                derived(select(star()).from(orders()).where(tenant("orders")), "orders"), null, List.of(), true)));

        TableRef renamed = new TableRef(Name.of("orders"), Identifier.of("o"),
                List.of(Identifier.of("id"), Identifier.of("tenant_id")), false, List.of(), List.of());
        assertThat(rewrite(select(star()).from(renamed))).isEqualTo(select(star()).from(new io.retort.sql.DerivedTable(
                select(star()).from(orders()).where(tenant("orders")), Identifier.of("o"), renamed.columnAliases(), false)));
    }

    @Test
    void aSelfJoinFiltersEachAlias() throws SQLException {
        FromItem self = orders().as("a").join(orders().as("b"), column("a", "customer_id").eq(column("b", "customer_id")));
        assertThat(rewrite(select(star()).from(self))).isEqualTo(select(star()).from(self).where(and(tenant("a"), tenant("b"))));
    }

    @Test
    void aTenantTableAliasedAsAnotherTenantTablesNameIsFilteredByItsAlias() throws SQLException {
        FromItem swapped = orders().as("invoices").join(table("invoices").as("orders"),
                column("orders", "order_id").eq(column("invoices", "id")));
        assertThat(rewrite(select(star()).from(swapped)))
                .isEqualTo(select(star()).from(swapped).where(and(tenant("invoices"), tenant("orders"))));
    }

    // ---- nested queries ----

    @Test
    void subqueriesAnywhereAreFilteredInTheirOwnWhere() throws SQLException {
        Select inSub = select(star()).from(table("customers"))
                .where(column("id").in(select(column("customer_id")).from(orders())));
        assertThat(rewrite(inSub)).isEqualTo(select(star()).from(table("customers"))
                .where(column("id").in(select(column("customer_id")).from(orders()).where(tenant("orders")))));

        Select correlated = select(star()).from(table("customers").as("c")).where(exists(
                select(Sql.number(1)).from(orders().as("o")).where(column("o", "customer_id").eq(column("c", "id")))));
        assertThat(rewrite(correlated)).isEqualTo(select(star()).from(table("customers").as("c")).where(exists(
                select(Sql.number(1)).from(orders().as("o"))
                        .where(and(column("o", "customer_id").eq(column("c", "id")), tenant("o"))))));

        Select scalar = select(column("c", "name"),
                Sql.subquery(select(Sql.count()).from(orders()).where(column("customer_id").eq(column("c", "id")))))
                .from(table("customers").as("c"));
        assertThat(rewrite(scalar)).isEqualTo(select(column("c", "name"),
                Sql.subquery(select(Sql.count()).from(orders())
                        .where(and(column("customer_id").eq(column("c", "id")), tenant("orders")))))
                .from(table("customers").as("c")));
    }

    @Test
    void derivedTablesAndNestedSubqueriesAreFilteredAtEveryLevel() throws SQLException {
        Select deep = select(star()).from(derived(select(star()).from(derived(select(star()).from(orders()), "x")), "y"));
        assertThat(rewrite(deep)).isEqualTo(select(star()).from(derived(select(star()).from(derived(
                select(star()).from(orders()).where(tenant("orders")), "x")), "y")));
    }

    @Test
    void everySetOperationBranchIsFiltered() throws SQLException {
        Statement union = select(column("id")).from(orders())
                .union(select(column("id")).from(table("invoices")))
                .except(select(column("id")).from(table("customers")));
        assertThat(rewrite(union)).isEqualTo(select(column("id")).from(orders()).where(tenant("orders"))
                .union(select(column("id")).from(table("invoices")).where(tenant("invoices")))
                .except(select(column("id")).from(table("customers"))));
    }

    // ---- CTEs ----

    @Test
    void aCteBodyIsFilteredLikeAnyQuery() throws SQLException {
        Select s = select(star()).from(table("x")).with(Sql.with(cte("x", select(star()).from(orders()))));
        assertThat(rewrite(s)).isEqualTo(select(star()).from(table("x"))
                .with(Sql.with(cte("x", select(star()).from(orders()).where(tenant("orders"))))));
    }

    @Test
    void aNameThatCouldMeanTheTenantTableIsFilteredEvenWhenACteHasIt() throws SQLException {
        // WITH orders AS (SELECT * FROM orders) SELECT * FROM orders: PostgreSQL reads the CTE, H2 the
        // table; either way both references are filtered (the CTE exposes tenant_id)
        Select s = select(star()).from(orders()).with(Sql.with(cte("orders", select(star()).from(orders()))));
        assertThat(rewrite(s)).isEqualTo(select(star()).from(orders()).where(tenant("orders"))
                .with(Sql.with(cte("orders", select(star()).from(orders()).where(tenant("orders"))))));
        Select quotedCte = select(star()).from(orders()).with(new io.retort.sql.With(false, List.of(
                new io.retort.sql.Cte(Identifier.quoted("orders"), List.of(), null, select(star()).from(table("customers"))))));
        assertThat(rewrite(quotedCte)).isEqualTo(quotedCte.where(tenant("orders")));
    }

    @Test
    void aRecursiveCteIsFilteredInBothBranches() throws SQLException {
        Statement body = select(column("id"), column("parent_id")).from(table("categories")).where(column("id").eq(1))
                .unionAll(select(column("c", "id"), column("c", "parent_id"))
                        .from(table("categories").as("c").join(table("tree").as("t"), column("c", "parent_id").eq(column("t", "id")))));
        Select s = select(star()).from(table("tree")).with(Sql.withRecursive(cte("tree", body)));
        // (the CTE's own name is not a tenant table: its reference stays unfiltered, its body is filtered)
        Statement expectedBody = select(column("id"), column("parent_id")).from(table("categories"))
                .where(and(column("id").eq(1), tenant("categories")))
                .unionAll(select(column("c", "id"), column("c", "parent_id"))
                        .from(table("categories").as("c").join(table("tree").as("t"), column("c", "parent_id").eq(column("t", "id"))))
                        .where(tenant("c")));
        assertThat(rewrite(s)).isEqualTo(select(star()).from(table("tree")).with(Sql.withRecursive(cte("tree", expectedBody))));
    }

    // ---- UPDATE and DELETE ----

    @Test
    void updateAndDeleteAreFilteredInWhere() throws SQLException {
        assertThat(rewrite(Sql.update(orders()).set("amount", 0)))
                .isEqualTo(Sql.update(orders()).set("amount", 0).where(tenant("orders")));
        assertThat(rewrite(Sql.deleteFrom(orders()).where(column("id").eq(param(1))), 3))
                .isEqualTo(Sql.deleteFrom(orders()).where(and(column("id").eq(param(1)), tenant("orders"))));
    }

    @Test
    void updateFromAndDeleteUsingFilterEveryTable() throws SQLException {
        Expression link = column("invoices", "order_id").eq(column("orders", "id"));
        assertThat(rewrite(Sql.update(orders()).set("amount", 0).from(table("invoices")).where(link)))
                .isEqualTo(Sql.update(orders()).set("amount", 0).from(table("invoices"))
                        .where(and(link, and(tenant("orders"), tenant("invoices")))));
        assertThat(rewrite(Sql.deleteFrom(orders()).using(table("invoices")).where(link)))
                .isEqualTo(Sql.deleteFrom(orders()).using(table("invoices"))
                        .where(and(link, and(tenant("orders"), tenant("invoices")))));
    }

    @Test
    void updateMayNotMoveARowToAnotherTenant() {
        assertThatThrownBy(() -> rewrite(Sql.update(orders()).set("tenant_id", "evil")))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("UPDATE may not set the tenant column tenant_id")
                .extracting(t -> ((SQLException) t).getSQLState()).isEqualTo("42501");
        assertThatThrownBy(() -> rewrite(Sql.update(orders().as("o")).set(Sql.set(column("o", "TENANT_ID"), param(1))), "evil"))
                .hasMessageContaining("may not set the tenant column");
    }

    // ---- refusals ----

    @Test
    void withoutATenantAStatementOnATenantTableIsRefused() {
        StatementEvent e = TestEvents.statement("SELECT * FROM orders").build();
        assertThatThrownBy(() -> Listeners.of(List.of(filter)).transform(e, select(star()).from(orders())))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("no tenant is set for a statement on orders")
                .hasMessageContaining("TenantContext.open")
                .hasMessageContaining(TenantFilter.class.getName())
                .extracting(t -> ((SQLException) t).getSQLState()).isEqualTo("42501");
    }

    @Test
    void unparsedStatementsAreRefusedUnlessCheckedAndHarmless() throws SQLException {
        io.retort.sql.Passthrough load = new io.retort.sql.Passthrough("LOAD DATA INFILE 'x' INTO TABLE orders",
                "not supported", io.retort.sql.SqlDialect.MYSQL, io.retort.sql.Comments.NONE);
        io.retort.sql.Passthrough vacuum = new io.retort.sql.Passthrough("VACUUM customers", "not supported",
                io.retort.sql.SqlDialect.POSTGRESQL, io.retort.sql.Comments.NONE);
        assertThatThrownBy(() -> rewrite(vacuum)).hasMessageContaining("could not be parsed")
                .hasMessageContaining("unparsed=check");
        TenantFilter checking = TenantFilter.builder().tables("orders").checkUnparsed().build();
        StatementEvent e = TestEvents.statement("x").build();
        try (TenantContext.Scope scope = TenantContext.open("acme")) {
            assertThat(checking.transform(e, vacuum)).isSameAs(vacuum);
            assertThatThrownBy(() -> checking.transform(e, load)).hasMessageContaining("could not be parsed");
            io.retort.sql.Passthrough escaped = new io.retort.sql.Passthrough("SELECT * FROM U&\"ord\\0065rs\"", "x",
                    io.retort.sql.SqlDialect.POSTGRESQL, io.retort.sql.Comments.NONE);
            assertThatThrownBy(() -> checking.transform(e, escaped)).hasMessageContaining("could not be parsed");
        }
    }

    @Test
    void truncateAndViewsOverTenantTablesAreRefused() {
        assertThatThrownBy(() -> rewrite(new io.retort.sql.Truncate(List.of(Name.of("public", "orders")), null, null,
                io.retort.sql.Comments.NONE))).hasMessageContaining("TRUNCATE of the tenant table public.orders");
        assertThatThrownBy(() -> rewrite(new io.retort.sql.CreateView(Name.of("all_orders"), false, null, List.of(),
                select(star()).from(orders()), null, List.of(), io.retort.sql.Comments.NONE)))
                .hasMessageContaining("CREATE VIEW reading the tenant table orders");
    }

    @Test
    void commentsThatCouldEndEarlyElsewhereAreRefused() throws SQLException {
        Statement fine = select(star()).from(orders()).withComments(io.retort.sql.Comments.leading("/* app */", "-- x"));
        assertThat(rewrite(fine)).isEqualTo(select(star()).from(orders()).where(tenant("orders")).withComments(fine.comments()));
        Statement nested = select(star()).from(orders())
                .withComments(io.retort.sql.Comments.leading("/* /* */ OR 1=1 */"));
        assertThatThrownBy(() -> rewrite(nested)).hasMessageContaining("could be read differently");
        Statement multiLine = select(star()).from(orders())
                .withComments(new io.retort.sql.Comments(List.of(), List.of(), List.of("-- x\nOR 1=1")));
        assertThatThrownBy(() -> rewrite(multiLine)).hasMessageContaining("could be read differently");
    }

    // ---- caching and parameters ----

    @Test
    void theRewriteIsCachedPerModelInstanceAndTheSameForEveryTenant() throws SQLException {
        Select s = select(star()).from(orders());
        StatementEvent e = TestEvents.statement("x").build();
        Statement forAcme;
        Statement forEvil;
        try (TenantContext.Scope scope = TenantContext.open("acme")) {
            forAcme = filter.transform(e, s);
        }
        try (TenantContext.Scope scope = TenantContext.open("evil")) {
            forEvil = filter.transform(e, s);
        }
        assertThat(forEvil).isSameAs(forAcme);
        assertThat(filter.cachedPlans()).isEqualTo(1);
        // an equal but distinct model is rewritten again, to an equal tree
        try (TenantContext.Scope scope = TenantContext.open("acme")) {
            assertThat(filter.transform(e, select(star()).from(orders()))).isEqualTo(forAcme).isNotSameAs(forAcme);
        }
    }

    @Test
    void theTenantParameterIsNamedWithIndexZeroSoThatItCannotBeBoundByPosition() throws SQLException {
        Select s = select(star()).from(orders()).where(column("note").eq(Sql.param("note", 1)));
        assertThat(rewrite(s, "x")).isEqualTo(s.where(tenant("orders")));
        assertThat(TENANT.index()).isZero();
        // an application that writes the parameter itself gets the same one
        Parameter own = Sql.param("retort_tenant", 2);
        Select explicit = select(star()).from(orders()).where(column("note").eq(Sql.param("note", 1)).and(column("x").eq(own)));
        assertThat(rewrite(explicit, "x")).isEqualTo(explicit.where(new BinaryOp(
                new ColumnRef(Name.of("orders"), Identifier.of("tenant_id")), BinaryOperator.EQUALS, own)));
    }

    @Test
    void theParameterValueIsTheTenantSeenAtTransformTime() throws SQLException {
        StatementEvent e = TestEvents.statement("x").build();
        try (TenantContext.Scope scope = TenantContext.open("acme")) {
            filter.transform(e, select(star()).from(orders()));
        }
        // bound later, e.g. on another thread: still acme
        assertThat(filter.parameterValue("retort_tenant", e)).isEqualTo("acme");
        assertThat(filter.providesParameter("retort_tenant")).isTrue();
        assertThat(filter.providesParameter("other")).isFalse();
        StatementEvent unfiltered = TestEvents.statement("y").build();
        assertThatThrownBy(() -> filter.parameterValue("retort_tenant", unfiltered)).hasMessageContaining("no tenant is set");
    }

    @Test
    void configurationIsChecked() {
        assertThatThrownBy(() -> new TenantFilter(java.util.Map.of())).hasMessageContaining("needs the property 'tables'");
        assertThatThrownBy(() -> new TenantFilter(java.util.Map.of("tables", "orders", "unparsed", "allow")))
                .hasMessageContaining("'unparsed' must be one of refuse, check");
        assertThatThrownBy(() -> new TenantFilter(java.util.Map.of("tables", "orders", "resolver", "java.lang.String")))
                .hasMessageContaining("does not implement");
        TenantFilter custom = new TenantFilter(java.util.Map.of("tables", "orders", "column", "org_id",
                "parameter", "org", "resolver", FixedResolver.class.getName()));
        assertThat(custom.column()).isEqualTo("org_id");
        assertThat(custom.parameterName()).isEqualTo("org");
        assertThat(custom.priority()).isEqualTo(-1000);
    }

    /** A resolver for the configuration test. */
    public static final class FixedResolver implements TenantResolver {
        public FixedResolver() {}

        @Override
        public Object currentTenant() {
            return "fixed";
        }
    }
}
