package io.retort.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.orm.annotation.Entity;
import io.retort.orm.annotation.Fetch;
import io.retort.orm.annotation.GeneratedValue;
import io.retort.orm.annotation.Id;
import io.retort.orm.annotation.JoinColumn;
import io.retort.orm.annotation.ManyToOne;
import io.retort.orm.annotation.OneToMany;
import io.retort.orm.metamodel.CollectionAttribute;
import io.retort.orm.metamodel.ColumnAttribute;
import io.retort.orm.metamodel.ReferenceAttribute;
import io.retort.orm.model.Author;
import io.retort.orm.model.Book;
import io.retort.orm.model.Book_;
import io.retort.orm.model.Chapter;
import io.retort.orm.model.Department;
import io.retort.orm.model.Employee;
import io.retort.orm.model.Item_;
import io.retort.orm.model.Node_;
import io.retort.orm.model.Tag;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Mapping rules and their errors, without a database. */
class MappingTest {

    @Entity static class NoKey {
        String name;
    }

    @Entity static class NoMappedBy {
        @Id Long id;
        @OneToMany(mappedBy = "") List<Book> books;
    }

    @Entity static class LazyPlainField {
        @Id Long id;
        @ManyToOne(fetch = Fetch.LAZY) Author author;
    }

    @Entity record GeneratedRecord(@Id @GeneratedValue Long id) {
    }

    @Entity static class UnknownType {
        @Id Long id;
        Thread thread;
    }

    @Entity static class WrongKeyType {
        @Id @GeneratedValue(strategy = io.retort.orm.annotation.GenerationType.UUID_V7) Long id;
    }

    @Entity static class Hen {
        @Id Long id;
        @ManyToOne @JoinColumn(nullable = false) Egg egg;
    }

    @Entity static class Egg {
        @Id Long id;
        @ManyToOne @JoinColumn(nullable = false) Hen hen;
    }

    @Test
    void namesAreSnakeCase() {
        assertThat(Naming.snakeCase("emailAddress")).isEqualTo("email_address");
        assertThat(Naming.snakeCase("HTTPLog")).isEqualTo("http_log");
        assertThat(Naming.snakeCase("UserAccount")).isEqualTo("user_account");
        assertThat(Naming.snakeCase("id")).isEqualTo("id");
        assertThat(Registry.of(Author.class, Book.class, Chapter.class, Tag.class).tableOf(Chapter.class)).isEqualTo("chapter");
    }

    @Test
    void theGeneratedMetamodelIsTyped() {
        ColumnAttribute<Book, String> title = Book_.title;
        ReferenceAttribute<Book, Author> author = Book_.author;
        CollectionAttribute<Book, Tag> tags = Book_.tags;
        ColumnAttribute<io.retort.orm.model.Item, UUID> ref = Item_.reference;
        assertThat(title.javaType()).isEqualTo(String.class);
        assertThat(author.javaType()).isEqualTo(Author.class);
        assertThat(tags.javaType()).isEqualTo(Tag.class);
        assertThat(ref.entityType()).isEqualTo(io.retort.orm.model.Item.class);
        assertThat(Node_.parent.javaType()).isEqualTo(io.retort.orm.model.Node.class); // Lazy<Node> unwrapped
    }

    @Test
    void mappingErrorsNameTheClassTheFieldAndTheFix() {
        assertThatThrownBy(() -> Registry.of(NoKey.class)).isInstanceOf(MappingException.class)
                .hasMessageContaining("NoKey has no @Id");
        assertThatThrownBy(() -> Registry.of(NoMappedBy.class, Book.class, Author.class, Chapter.class, Tag.class))
                .isInstanceOf(MappingException.class).hasMessageContaining("NoMappedBy.books").hasMessageContaining("mappedBy");
        assertThatThrownBy(() -> Registry.of(LazyPlainField.class, Author.class, Book.class, Chapter.class, Tag.class))
                .isInstanceOf(MappingException.class).hasMessageContaining("Lazy<Author>");
        assertThatThrownBy(() -> Registry.of(GeneratedRecord.class)).isInstanceOf(MappingException.class)
                .hasMessageContaining("a record cannot have a generated key");
        assertThatThrownBy(() -> Registry.of(UnknownType.class)).isInstanceOf(MappingException.class)
                .hasMessageContaining("UnknownType.thread").hasMessageContaining("java.lang.Thread");
        assertThatThrownBy(() -> Registry.of(WrongKeyType.class)).isInstanceOf(MappingException.class)
                .hasMessageContaining("use UUID");
        assertThatThrownBy(() -> Registry.of(Book.class)).isInstanceOf(MappingException.class)
                .hasMessageContaining("Book.author refers to").hasMessageContaining("Author");
        assertThatThrownBy(() -> Registry.of(Hen.class, Egg.class)).isInstanceOf(MappingException.class)
                .hasMessageContaining("form a cycle").hasMessageContaining("none is nullable");
    }

    @Test
    void aCycleIsBrokenOnItsNullableForeignKey() {
        Registry r = Registry.of(Department.class, Employee.class);
        assertThat(r.forwardReferences()).extracting(Relationship::path).containsExactly("Department.manager");
        assertThat(r.insertOrder()).extracting(m -> m.type.getSimpleName()).containsExactly("Department", "Employee");
    }
}
