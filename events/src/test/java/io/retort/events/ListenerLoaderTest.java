package io.retort.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListenerLoaderTest {

    /** Takes properties. */
    public static final class Configurable implements StatementObserver {
        public final Map<String, String> properties;

        public Configurable(Map<String, String> properties) {
            ListenerProperties.of(Configurable.class, properties, "level", "tables");
            this.properties = properties;
        }
    }

    /** Takes nothing. */
    public static final class Plain implements StatementObserver {
        public Plain() {}
    }

    /** Both constructors: the Map one wins. */
    public static final class Both implements StatementObserver {
        public final boolean configured;

        public Both() {
            configured = false;
        }

        public Both(Map<String, String> properties) {
            configured = true;
        }
    }

    public static final class NotAListener {
        public NotAListener() {}
    }

    public abstract static class Abstract implements StatementObserver {}

    static final class Hidden implements StatementObserver {
        public Hidden() {}
    }

    public static final class NoUsableConstructor implements StatementObserver {
        public NoUsableConstructor(String x) {}
    }

    public static final class Exploding implements StatementObserver {
        public Exploding() {
            throw new IllegalStateException("cannot reach the audit server");
        }
    }

    @Test
    void createsWithPropertiesThroughTheMapConstructor() throws SQLException {
        RetortListener l = ListenerLoader.create(Configurable.class.getName(), Map.of("level", "debug"));
        assertThat(l).isInstanceOf(Configurable.class);
        assertThat(((Configurable) l).properties).containsEntry("level", "debug");
        assertThat(((Both) ListenerLoader.create(Both.class.getName(), Map.of())).configured).isTrue();
    }

    @Test
    void createsThroughTheNoArgumentConstructor() throws SQLException {
        assertThat(ListenerLoader.create(Plain.class.getName(), Map.of())).isInstanceOf(Plain.class);
        assertThat(ListenerLoader.create(Plain.class.getName(), null)).isInstanceOf(Plain.class);
    }

    @Test
    void aMissingClassIsNamed() {
        assertThatThrownBy(() -> ListenerLoader.create("com.example.NoSuchAudit", Map.of()))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("com.example.NoSuchAudit was not found")
                .hasMessageContaining("class path")
                .extracting(t -> ((SQLException) t).getSQLState()).isEqualTo("HY000");
        assertThatThrownBy(() -> ListenerLoader.create("NoSuchBuiltin", Map.of()))
                .hasMessageContaining("NoSuchBuiltin was not found (nor io.retort.events.builtin.NoSuchBuiltin)");
    }

    @Test
    void aClassThatIsNotAListenerIsRefused() {
        assertThatThrownBy(() -> ListenerLoader.create(NotAListener.class.getName(), Map.of()))
                .hasMessageContaining(NotAListener.class.getName())
                .hasMessageContaining("does not implement io.retort.events.RetortListener");
        assertThatThrownBy(() -> ListenerLoader.create(Abstract.class.getName(), Map.of()))
                .hasMessageContaining("is abstract");
        assertThatThrownBy(() -> ListenerLoader.create(Hidden.class.getName(), Map.of()))
                .hasMessageContaining("is not public");
        assertThatThrownBy(() -> ListenerLoader.create(NoUsableConstructor.class.getName(), Map.of()))
                .hasMessageContaining("needs a public constructor taking no arguments or a java.util.Map");
    }

    @Test
    void propertiesForAClassWithoutAMapConstructorAreRefused() {
        assertThatThrownBy(() -> ListenerLoader.create(Plain.class.getName(), Map.of("thresholdMs", "5")))
                .hasMessageContaining(Plain.class.getName())
                .hasMessageContaining("takes no properties")
                .hasMessageContaining("thresholdMs");
    }

    @Test
    void aRejectedPropertyIsNamedWithTheClass() {
        assertThatThrownBy(() -> ListenerLoader.create(Configurable.class.getName(), Map.of("Level", "x")))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("listener " + Configurable.class.getName() + " rejected its properties [Level]")
                .hasMessageContaining("has no property 'Level' (did you mean 'level'?)")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailingConstructorIsReportedWithItsCause() {
        assertThatThrownBy(() -> ListenerLoader.create(Exploding.class.getName(), Map.of()))
                .hasMessageContaining(Exploding.class.getName() + " could not be created")
                .hasMessageContaining("cannot reach the audit server")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void specListsClassesWithOptionalProperties() throws SQLException {
        List<RetortListener> listeners = ListenerLoader.fromSpec(
                " " + Plain.class.getName() + " , " + Configurable.class.getName() + "(level = debug; tables=a,b) ,");
        assertThat(listeners).hasSize(2);
        assertThat(listeners.get(0)).isInstanceOf(Plain.class);
        assertThat(((Configurable) listeners.get(1)).properties)
                .containsExactlyInAnyOrderEntriesOf(Map.of("level", "debug", "tables", "a,b"));
        assertThat(ListenerLoader.fromSpec("")).isEmpty();
        assertThat(ListenerLoader.fromSpec(null)).isEmpty();
    }

    @Test
    void malformedSpecsAreExplained() {
        assertThatThrownBy(() -> ListenerLoader.fromSpec("a.B(x=1"))
                .hasMessageContaining("is not closed");
        assertThatThrownBy(() -> ListenerLoader.fromSpec("a.B)"))
                .hasMessageContaining("unbalanced ')'");
        assertThatThrownBy(() -> ListenerLoader.fromSpec("a.B(x)"))
                .hasMessageContaining("must be written key=value");
        assertThatThrownBy(() -> ListenerLoader.fromSpec("a.B(x=1) junk"))
                .hasMessageContaining("expected ')' at the end");
    }

    @Test
    void serviceLoaderListenersAreFoundAndSortedByClassName() throws SQLException {
        List<RetortListener> found = ListenerLoader.discover(getClass().getClassLoader());
        List<String> names = found.stream().map(l -> l.getClass().getName()).toList();
        assertThat(names).contains(ServiceListeners.Alpha.class.getName(), ServiceListeners.Beta.class.getName());
        assertThat(names.indexOf(ServiceListeners.Alpha.class.getName()))
                .isLessThan(names.indexOf(ServiceListeners.Beta.class.getName()));
        // each call makes new instances
        assertThat(ListenerLoader.discover(getClass().getClassLoader()).get(0)).isNotSameAs(found.get(0));
    }

    @Test
    void theContextClassLoaderIsUsedForDiscovery(@TempDir Path dir) throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            Thread t = Thread.currentThread();
            ClassLoader previous = t.getContextClassLoader();
            t.setContextClassLoader(empty);
            try {
                // the parent-less loader sees no services file and not even RetortListener's registrations
                assertThat(ListenerLoader.discover()).isEmpty();
            } finally {
                t.setContextClassLoader(previous);
            }
        }
    }

    @Test
    void aBrokenServiceRegistrationIsAnError(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(RetortListener.class.getName()), "com.example.MissingPlugin\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            assertThatThrownBy(() -> ListenerLoader.discover(loader))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("com.example.MissingPlugin");
        }
    }

    @Test
    void aServiceListenerWhoseConstructorFailsIsNamed(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(RetortListener.class.getName()), Exploding.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            assertThatThrownBy(() -> ListenerLoader.discover(loader))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining(Exploding.class.getName())
                    .hasMessageContaining("cannot reach the audit server");
        }
    }
}
