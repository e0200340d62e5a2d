package io.retort.events.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TenantContextTest {

    @Test
    void scopesNestAndRestoreThePreviousTenant() {
        assertThat(TenantContext.current()).isNull();
        try (TenantContext.Scope outer = TenantContext.open("acme")) {
            assertThat(TenantContext.current()).isEqualTo("acme");
            try (TenantContext.Scope inner = TenantContext.open("acme")) {
                assertThat(inner.tenant()).isEqualTo("acme");
            }
            try (TenantContext.Scope inner = TenantContext.open(42L)) {
                assertThat(TenantContext.current()).isEqualTo(42L);
            }
            assertThat(TenantContext.current()).isEqualTo("acme");
        }
        assertThat(TenantContext.current()).isNull();
    }

    @Test
    void runAndCallSetTheTenantForTheWorkOnly() throws Exception {
        AtomicReference<Object> seen = new AtomicReference<>();
        TenantContext.run("acme", () -> seen.set(TenantContext.current()));
        assertThat(seen.get()).isEqualTo("acme");
        assertThat(TenantContext.<Object>call("evil", TenantContext::current)).isEqualTo("evil");
        assertThat(TenantContext.current()).isNull();
        assertThatThrownBy(() -> TenantContext.run("acme", () -> { throw new IllegalStateException("x"); }));
        assertThat(TenantContext.current()).isNull();
    }

    @Test
    void scopesMustBeClosedInOrderOnTheirThread() throws Exception {
        TenantContext.Scope outer = TenantContext.open("a");
        TenantContext.Scope inner = TenantContext.open("a");
        assertThatThrownBy(outer::close).hasMessageContaining("closed out of order");
        inner.close();
        inner.close(); // idempotent
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            assertThat(TenantContext.current()).isNull(); // not inherited
            try {
                outer.close();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        t.start();
        t.join();
        assertThat(failure.get()).hasMessageContaining("closed on the thread that opened it");
        outer.close();
        assertThat(TenantContext.current()).isNull();
    }

    @Test
    void aTenantIsRequired() {
        assertThatThrownBy(() -> TenantContext.open(null)).isInstanceOf(NullPointerException.class);
    }
}
