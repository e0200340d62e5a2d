package io.retort.events.builtin;

import io.retort.events.ListenerProperties;
import io.retort.events.ParameterProvider;
import io.retort.events.StatementEvent;
import io.retort.events.StatementTransformer;
import io.retort.sql.Identifier;
import io.retort.sql.Statement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Multi-tenancy by rewriting: every statement that touches a configured tenant table sees and
 * changes only the current tenant's rows. Each reference to a tenant table gets
 * {@code <table or alias>.tenant_id = :retort_tenant}, in joins (for outer joins in the ON clause of
 * the outer-joined table), subqueries, correlated subqueries, derived tables, CTEs (recursive ones
 * too), UNION/INTERSECT/EXCEPT branches, IN and EXISTS, and the tables of UPDATE and DELETE
 * (multi-table forms, {@code UPDATE ... FROM}, {@code DELETE ... USING}). INSERT fills the tenant
 * column when it is left out and checks it, at every execution, when given as a literal or parameter;
 * {@code INSERT ... SELECT} is filtered on its SELECT side; upserts cannot change another tenant's
 * row; {@code UPDATE ... SET tenant_id = ...}, REPLACE, TRUNCATE of a tenant table and views over
 * tenant tables are refused (SQLState 42501). Statements the parser could not read are refused.
 *
 * <p>The tenant is never spliced into the SQL: it is the named parameter {@code :retort_tenant}
 * (see {@link #parameterName()}), which the driver binds from this listener
 * ({@link ParameterProvider}), so the rewritten tree is the same for every tenant. The rewrite is
 * cached per model instance: executing a cached plan costs an identity lookup.
 *
 * <p>The current tenant comes from {@link TenantContext} (or a {@link TenantResolver}); a statement
 * on a tenant table without a current tenant is refused. Statements that touch no tenant table pass
 * unchanged and need no tenant.
 *
 * <p>Properties: {@code tables} (required: comma-separated, optionally schema-qualified; matched
 * ignoring case and quoting), {@code column} (default {@code tenant_id}), {@code parameter} (default
 * {@code retort_tenant}), {@code unparsed} ({@code refuse}, the default, or {@code check}: refuse
 * only unparsed statements that mention a tenant table), {@code resolver} (a {@link TenantResolver}
 * class; default {@link TenantContext}), {@code priority} (default -1000: it runs after the other
 * transformers, so none can undo its conditions).
 *
 * <pre>{@code
 * dataSource.listen(TenantFilter.forTables("orders", "invoices"));
 * try (TenantContext.Scope s = TenantContext.open("acme")) {
 *     conn.prepareStatement("SELECT * FROM orders o LEFT JOIN invoices i ON i.order_id = o.id").executeQuery();
 *     // runs: ... FROM orders o LEFT JOIN invoices i ON i.order_id = o.id AND i.tenant_id = ?
 *     //       WHERE o.tenant_id = ?     (both bound to 'acme')
 * }
 * }</pre>
 */
public final class TenantFilter implements StatementTransformer, ParameterProvider {

    /** The name of the tenant parameter unless configured otherwise. */
    public static final String DEFAULT_PARAMETER = "retort_tenant";

    private final TenantFilterConfig config;
    private final TenantResolver resolver;
    private final int priority;
    private final String attribute;
    private final IdentityCache<Statement, TenantPlan> plans = new IdentityCache<>(50_000);

    /** Configured by properties (see the class description). */
    public TenantFilter(Map<String, String> properties) {
        ListenerProperties p = ListenerProperties.of(TenantFilter.class, properties, "tables", "column", "parameter",
                "unparsed", "resolver", "priority");
        List<String> tables = p.list("tables");
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("TenantFilter needs the property 'tables': the tenant tables, separated by commas");
        }
        String column = p.string("column", "tenant_id");
        this.config = new TenantFilterConfig(TableNames.of(tables), identifier(column),
                p.string("parameter", DEFAULT_PARAMETER),
                TenantFilterConfig.Unparsed.valueOf(p.choice("unparsed", "refuse", "refuse", "check").toUpperCase(java.util.Locale.ROOT)));
        this.resolver = p.has("resolver") ? resolver(p.required("resolver")) : TenantContext::current;
        this.priority = p.intValue("priority", -1000, Integer.MIN_VALUE, Integer.MAX_VALUE);
        this.attribute = TenantFilter.class.getName() + "." + config.parameterName();
    }

    private TenantFilter(TenantFilterConfig config, TenantResolver resolver, int priority) {
        this.config = config;
        this.resolver = resolver;
        this.priority = priority;
        this.attribute = TenantFilter.class.getName() + "." + config.parameterName();
    }

    /** A filter on these tables with the defaults: column {@code tenant_id}, tenant from {@link TenantContext}. */
    public static TenantFilter forTables(String... tables) {
        return builder().tables(tables).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    private static Identifier identifier(String column) {
        if (column.length() >= 2 && column.startsWith("\"") && column.endsWith("\"")) {
            return Identifier.quoted(column.substring(1, column.length() - 1));
        }
        return Identifier.of(column);
    }

    private static TenantResolver resolver(String className) {
        try {
            ClassLoader tccl = Thread.currentThread().getContextClassLoader();
            Class<?> type = Class.forName(className, true, tccl != null ? tccl : TenantFilter.class.getClassLoader());
            if (!TenantResolver.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException("resolver " + className + " does not implement " + TenantResolver.class.getName());
            }
            return (TenantResolver) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalArgumentException("resolver " + className + " could not be created (it needs a public "
                    + "no-argument constructor): " + e, e);
        }
    }

    /** The name of the parameter this filter adds and provides. */
    public String parameterName() {
        return config.parameterName();
    }

    /** The tenant column. */
    public String column() {
        return config.column().text();
    }

    @Override
    public int priority() {
        return priority;
    }

    @Override
    public Statement transform(StatementEvent event, Statement model) throws SQLException {
        TenantPlan plan = plans.get(model);
        if (plan == null) {
            plan = TenantRewriter.plan(model, config);
            plans.put(model, plan);
        }
        if (!plan.touched) {
            return model;
        }
        if (plan.refusal != null) {
            throw new SQLException("tenant filter: " + plan.refusal, "42501");
        }
        Object tenant = resolver.currentTenant();
        if (tenant == null) {
            throw new SQLException("tenant filter: no tenant is set for a statement on " + String.join(", ", plan.tables)
                    + "; run it inside TenantContext.open(tenant) or TenantContext.run(tenant, ...)", "42501");
        }
        event.attribute(attribute, tenant);
        plan.verify(event, tenant);
        return plan.output != null ? plan.output : model;
    }

    @Override
    public boolean providesParameter(String name) {
        return config.parameterName().equals(name);
    }

    /** The tenant the statement was filtered for (the current one, seen when it was transformed). */
    @Override
    public Object parameterValue(String name, StatementEvent event) throws SQLException {
        Object tenant = event.attribute(attribute);
        if (tenant == null) {
            tenant = resolver.currentTenant();
        }
        if (tenant == null) {
            throw new SQLException("tenant filter: no tenant is set to bind :" + name + " in " + event.sql()
                    + "; run it inside TenantContext.open(tenant)", "42501");
        }
        return tenant;
    }

    /** Number of statements whose rewrite is cached (for tests and diagnostics). */
    int cachedPlans() {
        return plans.size();
    }

    @Override
    public String toString() {
        return "TenantFilter[" + config.tables() + " by " + config.column().text() + "]";
    }

    /** Builds a {@link TenantFilter} in code. */
    public static final class Builder {
        private final List<String> tables = new ArrayList<>();
        private final Map<String, String> properties = new LinkedHashMap<>();
        private TenantResolver resolver;

        private Builder() {}

        /** Tenant tables, optionally schema-qualified. */
        public Builder tables(String... names) {
            tables.addAll(List.of(names));
            return this;
        }

        /** The tenant column (default {@code tenant_id}). */
        public Builder column(String column) {
            properties.put("column", column);
            return this;
        }

        /** The tenant parameter's name (default {@code retort_tenant}). */
        public Builder parameter(String name) {
            properties.put("parameter", name);
            return this;
        }

        /** Allow unparsed statements that do not mention a tenant table (default: refuse every unparsed statement). */
        public Builder checkUnparsed() {
            properties.put("unparsed", "check");
            return this;
        }

        /** Where the current tenant comes from (default {@link TenantContext#current()}). */
        public Builder resolver(TenantResolver resolver) {
            this.resolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        public Builder priority(int priority) {
            properties.put("priority", Integer.toString(priority));
            return this;
        }

        public TenantFilter build() {
            Map<String, String> props = new LinkedHashMap<>(properties);
            props.put("tables", String.join(",", tables));
            TenantFilter configured = new TenantFilter(props);
            return resolver == null ? configured : new TenantFilter(configured.config, resolver, configured.priority);
        }
    }
}
