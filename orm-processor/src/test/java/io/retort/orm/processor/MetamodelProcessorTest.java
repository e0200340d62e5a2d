package io.retort.orm.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the processor in a real javac on entity sources (against stand-ins for the ORM's annotations,
 * which the processor knows only by name) and reads what it generates.
 */
class MetamodelProcessorTest {

    @TempDir
    Path dir;

    private String generate(String className, String... sources) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Path out = Files.createDirectories(dir.resolve("out"));
        List<Path> files = new ArrayList<>();
        for (String a : List.of("Entity", "Id", "Column", "ManyToOne", "OneToMany", "ManyToMany", "Transient")) {
            Path f = src.resolve("io/retort/orm/annotation/" + a + ".java");
            Files.createDirectories(f.getParent());
            Files.writeString(f, "package io.retort.orm.annotation;\npublic @interface " + a + " { String mappedBy() default \"\"; }\n");
            files.add(f);
        }
        // Stand-ins for the ORM's metamodel, so that the generated classes are compiled too.
        Path mm = Files.createDirectories(src.resolve("io/retort/orm/metamodel"));
        for (String k : List.of("ColumnAttribute", "ReferenceAttribute", "CollectionAttribute")) {
            Files.writeString(mm.resolve(k + ".java"), "package io.retort.orm.metamodel;\npublic final class " + k
                    + "<E, V> {}\n");
            files.add(mm.resolve(k + ".java"));
        }
        Files.writeString(mm.resolve("Metamodel.java"), """
                package io.retort.orm.metamodel;
                public final class Metamodel {
                    public static <E, V> ColumnAttribute<E, V> column(Class<E> e, String n, Class<V> v) { return null; }
                    public static <E, V> ReferenceAttribute<E, V> reference(Class<E> e, String n, Class<V> v) { return null; }
                    public static <E, V> CollectionAttribute<E, V> collection(Class<E> e, String n, Class<V> v) { return null; }
                }
                """);
        files.add(mm.resolve("Metamodel.java"));
        Path lazy = src.resolve("io/retort/orm/Lazy.java");
        Files.createDirectories(lazy.getParent());
        Files.writeString(lazy, "package io.retort.orm;\npublic final class Lazy<T> {}\n");
        files.add(lazy);
        for (String s : sources) {
            String pkg = s.substring(s.indexOf("package ") + 8, s.indexOf(';'));
            String name = s.replaceAll("(?s).*?(class|record) (\\w+).*", "$2");
            Path f = src.resolve(pkg.replace('.', '/') + "/" + name + ".java");
            Files.createDirectories(f.getParent());
            Files.writeString(f, s);
            files.add(f);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, null)) {
            boolean ok = javac.getTask(null, fm, diagnostics, List.of("-processor", MetamodelProcessor.class.getName(), "-s", out.toString(),
                    "-d", out.toString()),
                    null, fm.getJavaFileObjectsFromPaths(files)).call();
            // The generated classes compile against the metamodel's signatures (no unchecked errors).
            assertThat(ok).as(diagnostics.getDiagnostics().toString()).isTrue();
        }
        return Files.readString(out.resolve(className.replace('.', '/') + ".java"));
    }

    @Test
    void columnsReferencesAndCollectionsAreTyped() throws IOException {
        String generated = generate("shop.Customer_", """
                package shop;
                import io.retort.orm.annotation.*;
                import java.util.*;
                @Entity public class Customer {
                    @Id Long id;
                    String name;
                    int visits;
                    byte[] photo;
                    @ManyToOne Customer referrer;
                    @ManyToOne io.retort.orm.Lazy<Customer> mentor;
                    @OneToMany(mappedBy = "referrer") List<Customer> referrals;
                    @Transient String cache;
                    transient int scratch;
                    static int counter;
                }
                """);
        assertThat(generated)
                .contains("public final class Customer_")
                .contains("ColumnAttribute<shop.Customer, java.lang.Long> id")
                .contains("Metamodel.column(shop.Customer.class, \"name\", java.lang.String.class)")
                .contains("ColumnAttribute<shop.Customer, java.lang.Integer> visits")
                .contains("ColumnAttribute<shop.Customer, byte[]> photo")
                .contains("ReferenceAttribute<shop.Customer, shop.Customer> referrer")
                .contains("ReferenceAttribute<shop.Customer, shop.Customer> mentor")
                .contains("CollectionAttribute<shop.Customer, shop.Customer> referrals")
                .doesNotContain("cache")
                .doesNotContain("scratch")
                .doesNotContain("counter");
    }

    @Test
    void recordsAndNestedClasses() throws IOException {
        String record = generate("geo.Country_", """
                package geo;
                import io.retort.orm.annotation.*;
                @Entity public record Country(@Id String code, String name) {}
                """);
        assertThat(record).contains("ColumnAttribute<geo.Country, java.lang.String> code")
                .contains("ColumnAttribute<geo.Country, java.lang.String> name");
        String nested = generate("zoo.Zoo_Animal_", """
                package zoo;
                import io.retort.orm.annotation.*;
                public class Zoo {
                    @Entity static class Animal { @Id Long id; }
                }
                """);
        assertThat(nested).contains("final class Zoo_Animal_").doesNotContain("public final class");
    }
}
