/**
 * The listeners Retort ships, each usable from code, from the URL
 * ({@code retort.listeners=SlowQueryLog(thresholdMs=200)}) and from YAML ({@code listeners:} with
 * {@code properties:}):
 * <ul>
 *   <li>{@link io.retort.events.builtin.StatementLog}: every statement through SLF4J, SQLAlchemy-echo style;</li>
 *   <li>{@link io.retort.events.builtin.SlowQueryLog}: statements above a threshold;</li>
 *   <li>{@link io.retort.events.builtin.Metrics}: counts, errors and latency per statement shape and
 *       data source, in code and through JMX;</li>
 *   <li>{@link io.retort.events.builtin.SqlFirewall}: deny rules, SQLState 42501;</li>
 *   <li>{@link io.retort.events.builtin.TenantFilter}: {@code tenant_id = ?} on every tenant table,
 *       with {@link io.retort.events.builtin.TenantContext} for the current tenant.</li>
 * </ul>
 */
package io.retort.events.builtin;
