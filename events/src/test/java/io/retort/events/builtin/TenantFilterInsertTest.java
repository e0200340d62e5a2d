package io.retort.events.builtin;

import static io.retort.events.builtin.TenantFilterRewriteTest.TENANT;
import static io.retort.events.builtin.TenantFilterRewriteTest.tenant;
import static io.retort.sql.Sql.column;
import static io.retort.sql.Sql.insertInto;
import static io.retort.sql.Sql.param;
import static io.retort.sql.Sql.select;
import static io.retort.sql.Sql.star;
import static io.retort.sql.Sql.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.events.Listeners;
import io.retort.events.StatementEvent;
import io.retort.events.testing.TestEvents;
import io.retort.sql.Assignment;
import io.retort.sql.BinaryOp;
import io.retort.sql.BinaryOperator;
import io.retort.sql.Case;
import io.retort.sql.ColumnRef;
import io.retort.sql.Comments;
import io.retort.sql.DataType;
import io.retort.sql.Expression;
import io.retort.sql.Identifier;
import io.retort.sql.Insert;
import io.retort.sql.InsertSet;
import io.retort.sql.Name;
import io.retort.sql.OnConflict;
import io.retort.sql.RowValue;
import io.retort.sql.Sql;
import io.retort.sql.Statement;
import io.retort.sql.Values;
import io.retort.sql.WhenClause;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** INSERT into tenant tables: filled, checked, upserts kept to the tenant's own rows. */
class TenantFilterInsertTest {

    final TenantFilter filter = TenantFilter.forTables("orders", "invoices");

    Statement rewrite(Statement s, Object... parameters) throws SQLException {
        return rewriteAs("acme", s, parameters);
    }

    Statement rewriteAs(Object tenantId, Statement s, Object... parameters) throws SQLException {
        StatementEvent e = TestEvents.statement("test").parameters(parameters).model(s).build();
        try (TenantContext.Scope scope = TenantContext.open(tenantId)) {
            return Listeners.of(List.of(filter)).transform(e, s);
        }
    }

    private static Insert withValues(Insert base, RowValue... rows) {
        return base.withSource(new Values(null, List.of(rows), List.of(), null, Comments.NONE));
    }

    @Test
    void aLeftOutTenantColumnIsFilledWithTheTenantParameterInEveryRow() throws SQLException {
        Statement in = insertInto("orders").columns("id", "amount").values(5, 10).values(param(1), param(2));
        Insert expected = withValues(insertInto("orders").columns("id", "amount", "tenant_id"),
                new RowValue(List.of(Sql.number(5), Sql.number(10), TENANT)),
                new RowValue(List.of(param(1), param(2), TENANT)));
        assertThat(rewrite(in, 6, 20)).isEqualTo(expected);
    }

    @Test
    void insertSelectIsFilteredOnTheSelectSideAndFilledThere() throws SQLException {
        Statement in = insertInto("orders").columns("id", "amount").select(
                select(column("id"), column("total")).from(table("invoices")).where(column("total").gt(100)));
        Statement expected = insertInto("orders").columns("id", "amount", "tenant_id").select(
                select(column("id"), column("total"), TENANT).from(table("invoices"))
                        .where(new BinaryOp(column("total").gt(100), BinaryOperator.AND, tenant("invoices"))));
        assertThat(rewrite(in)).isEqualTo(expected);
    }

    @Test
    void insertSelectUnionGetsTheValueInEveryBranch() throws SQLException {
        Statement in = insertInto("orders").columns("id").select(
                select(column("id")).from(table("customers")).union(select(Sql.number(9))));
        Statement expected = insertInto("orders").columns("id", "tenant_id").select(
                select(column("id"), TENANT).from(table("customers")).union(select(Sql.number(9), TENANT)));
        assertThat(rewrite(in)).isEqualTo(expected);
    }

    @Test
    void defaultValuesAndInsertSetAreFilledToo() throws SQLException {
        assertThat(rewrite(insertInto("orders").defaultValues()))
                .isEqualTo(withValues(insertInto("orders").columns("tenant_id"), new RowValue(List.of(TENANT))));
        Insert set = insertInto("orders").withSource(new InsertSet(List.of(Sql.set("amount", 1))));
        assertThat(rewrite(set)).isEqualTo(insertInto("orders").withSource(new InsertSet(List.of(Sql.set("amount", 1),
                new Assignment(List.of(column("tenant_id")), TENANT)))));
    }

    @Test
    void aGivenTenantValueIsCheckedAtEveryExecution() throws SQLException {
        Statement literal = insertInto("orders").columns("id", "tenant_id").values(5, "acme");
        assertThat(rewrite(literal)).isSameAs(literal);
        assertThatThrownBy(() -> rewriteAs("evil", literal))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("gives the tenant column the literal 'acme', which is not the current tenant")
                .extracting(t -> ((SQLException) t).getSQLState()).isEqualTo("42501");

        Statement parameter = insertInto("orders").columns("id", "tenant_id").values(param(1), param(2));
        assertThat(rewrite(parameter, 5, "acme")).isSameAs(parameter);
        assertThatThrownBy(() -> rewrite(parameter, 5, "evil"))
                .hasMessageContaining("gives the tenant column parameter 2")
                .hasMessageNotContaining("evil'");
        assertThatThrownBy(() -> rewrite(parameter, 5)).hasMessageContaining("parameter 2 (the tenant column of orders) is not bound");
        assertThatThrownBy(() -> rewrite(parameter, 5, "acme' OR 1=1 --")).hasMessageContaining("not the current tenant");
    }

    @Test
    void everyBatchRowIsChecked() throws SQLException {
        Statement parameter = insertInto("orders").columns("id", "tenant_id").values(param(1), param(2));
        StatementEvent ok = TestEvents.statement("b").batchRow(1, "acme").batchRow(2, "acme").build();
        StatementEvent sneaky = TestEvents.statement("b").batchRow(1, "acme").batchRow(2, "evil").batchRow(3, "acme").build();
        try (TenantContext.Scope scope = TenantContext.open("acme")) {
            assertThat(filter.transform(ok, parameter)).isSameAs(parameter);
            assertThatThrownBy(() -> filter.transform(sneaky, parameter)).hasMessageContaining("not the current tenant");
        }
    }

    @Test
    void numericTenantsCompareAsNumbersAndCastsAreLookedThrough() throws SQLException {
        Statement literal = insertInto("orders").columns("tenant_id", "id").values(42, 1);
        assertThat(rewriteAs(42L, literal)).isSameAs(literal);
        assertThatThrownBy(() -> rewriteAs(43, literal)).hasMessageContaining("literal 42");
        Statement cast = insertInto("orders").columns("id", "tenant_id")
                .values(1, param(1).cast(new DataType("uuid", List.of(), List.of(), 0)));
        java.util.UUID id = java.util.UUID.randomUUID();
        assertThat(rewriteAs(id, cast, id.toString())).isSameAs(cast);
        assertThatThrownBy(() -> rewriteAs(id, cast, java.util.UUID.randomUUID())).hasMessageContaining("not the current tenant");
    }

    @Test
    void aTenantValueThatCannotBeCheckedIsRefused() {
        assertThatThrownBy(() -> rewrite(insertInto("orders").columns("id", "tenant_id").values(1, Sql.func("lower", "ACME"))))
                .hasMessageContaining("gives tenant_id as an expression");
        assertThatThrownBy(() -> rewrite(insertInto("orders").columns("id", "tenant_id").values(1,
                Sql.subquery(select(column("tenant_id")).from(table("orders")).where(column("id").eq(3))))))
                .hasMessageContaining("gives tenant_id as an expression");
        assertThatThrownBy(() -> rewrite(insertInto("orders").columns("id", "tenant_id").values(1, Sql.NULL)))
                .hasMessageContaining("as an expression");
        assertThatThrownBy(() -> rewrite(insertInto("orders").columns("id", "tenant_id")
                .select(select(column("id"), column("tenant_id")).from(table("orders")))))
                .hasMessageContaining("as an expression");
        assertThatThrownBy(() -> rewrite(insertInto("orders").columns("id", "tenant_id").select(select(star()).from(table("x")))))
                .hasMessageContaining("from SELECT *");
        assertThatThrownBy(() -> rewrite(insertInto("orders").values(1, "evil")))
                .hasMessageContaining("must name its columns");
    }

    @Test
    void upsertsCannotTouchAnotherTenantsRow() throws SQLException {
        Insert pg = insertInto("orders").columns("id", "amount").values(1, 5)
                .onConflictDoUpdate(List.of("id"), Sql.set("amount", 6));
        Statement out = rewrite(pg);
        assertThat(((Insert) out).onConflict()).isEqualTo(new OnConflict(List.of(column("id")), null, null, false,
                List.of(Sql.set("amount", 6)), tenant("orders")));
        assertThatThrownBy(() -> rewrite(insertInto("orders").columns("id", "amount").values(1, 5)
                .onConflictDoUpdate(List.of("id"), Sql.set("tenant_id", "evil"))))
                .hasMessageContaining("ON CONFLICT DO UPDATE may not set the tenant column");
        Insert nothing = insertInto("orders").columns("id").values(1).onConflictDoNothing("id");
        assertThat(((Insert) rewrite(nothing)).onConflict()).isEqualTo(nothing.onConflict());

        Insert mysql = insertInto("orders").columns("id", "amount").values(1, 5).onDuplicateKeyUpdate(Sql.set("amount", 6));
        Expression guarded = new Case(null, List.of(new WhenClause(tenant("orders"), Sql.number(6))),
                new ColumnRef(Name.of("orders"), Identifier.of("amount")));
        assertThat(((Insert) rewrite(mysql)).onDuplicateKeyUpdate())
                .containsExactly(new Assignment(List.of(column("amount")), guarded));
        assertThatThrownBy(() -> rewrite(insertInto("orders").columns("id").values(1).onDuplicateKeyUpdate(Sql.set("tenant_id", "x"))))
                .hasMessageContaining("ON DUPLICATE KEY UPDATE may not set the tenant column");
    }

    @Test
    void replaceIsRefused() {
        assertThatThrownBy(() -> rewrite(insertInto("orders").columns("id").values(1).replace()))
                .hasMessageContaining("REPLACE into the tenant table orders");
        Insert sqliteOrReplace = new Insert(null, io.retort.sql.InsertVerb.INSERT, List.of("OR REPLACE"), table("orders"),
                List.of(column("id")), Sql.values(Sql.row(1)), null, List.of(), null, List.of(), List.of(), Comments.NONE);
        assertThatThrownBy(() -> rewrite(sqliteOrReplace)).hasMessageContaining("REPLACE");
    }

    @Test
    void insertsIntoOtherTablesOnlyHaveTheirSourceFiltered() throws SQLException {
        Statement copy = insertInto("report").columns("id").select(select(column("id")).from(table("orders")));
        assertThat(rewrite(copy)).isEqualTo(insertInto("report").columns("id")
                .select(select(column("id")).from(table("orders")).where(tenant("orders"))));
        Statement plain = insertInto("customers").columns("id").values(1);
        assertThat(rewrite(plain)).isSameAs(plain);
    }
}
