package io.retort.events.builtin;

/**
 * Where the {@link TenantFilter} finds the current tenant. The default reads {@link TenantContext};
 * an application that already keeps its tenant elsewhere (a security context, a request scope)
 * plugs that in instead. A class named in the {@code resolver} property needs a public no-argument
 * constructor.
 *
 * <pre>{@code
 * public final class SecurityTenant implements TenantResolver {
 *     public Object currentTenant() { return SecurityContextHolder.getContext().getTenantId(); }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface TenantResolver {

    /** The current tenant's id, or null when there is none (statements on tenant tables are then refused). */
    Object currentTenant();
}
