package io.retort.orm;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.orm.model.Author;
import io.retort.orm.model.Book;
import io.retort.orm.model.Chapter;
import io.retort.orm.model.Department;
import io.retort.orm.model.Employee;
import io.retort.orm.model.Item;
import io.retort.orm.model.Tag;
import io.retort.sql.ColumnDefinition;
import io.retort.sql.ColumnIdentity;
import io.retort.sql.ColumnPrimaryKey;
import io.retort.sql.CreateIndex;
import io.retort.sql.ForeignKey;
import io.retort.sql.MetaData;
import io.retort.sql.PrimaryKey;
import io.retort.sql.Statement;
import io.retort.sql.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** createAll, dropAll and reflection on every database. */
class SchemaTest extends DatabaseTest {

    private static Table table(MetaData md, String name) {
        Table t = md.table(name);
        assertThat(t).as("table %s in %s", name, md.tables()).isNotNull();
        return t;
    }

    private static String type(Table t, String column) {
        return t.column(column).type().name().toUpperCase(Locale.ROOT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void createdTablesReflectBack(String kind) throws Exception {
        TestDb db = db(kind);
        SessionFactory f = db.factory(Author.class, Book.class, Chapter.class, Tag.class, Item.class);
        f.schema().dropAll();
        f.schema().createAll();
        f.schema().createAll(); // existing tables are left alone
        MetaData md = Schema.reflect(db.dataSource());
        List<String> names = new ArrayList<>();
        for (Table t : md.tables()) {
            names.add(t.name().last().text().toLowerCase(Locale.ROOT));
        }
        assertThat(names).contains("author", "book", "chapter", "tag", "book_tag", "item");

        Table book = table(md, "book");
        assertThat(book.primaryKey()).extracting(i -> i.text().toLowerCase(Locale.ROOT)).containsExactly("id");
        ColumnDefinition id = book.column("id");
        assertThat(id.constraints()).anyMatch(c -> c instanceof ColumnIdentity).anyMatch(c -> c instanceof ColumnPrimaryKey);
        assertThat(type(book, "title")).isIn("VARCHAR", "CHARACTER VARYING");
        assertThat(book.column("title").type().arguments()).containsExactly("255");
        assertThat(book.referencedTables()).extracting(n -> n.last().text().toLowerCase(Locale.ROOT)).containsExactly("author");
        assertThat(book.elements()).filteredOn(e -> e instanceof ForeignKey).hasSize(1);

        Table chapter = table(md, "chapter");
        assertThat(chapter.column("book_id").isNotNull()).isTrue();
        assertThat(chapter.column("title").isNotNull()).isFalse();

        Table bookTag = table(md, "book_tag");
        assertThat(bookTag.elements()).anyMatch(e -> e instanceof PrimaryKey pk && pk.columns().size() == 2);
        assertThat(bookTag.referencedTables()).hasSize(2);

        Table item = table(md, "item");
        assertThat(type(item, "price")).isIn("NUMERIC", "DECIMAL");
        assertThat(item.column("price").type().arguments()).containsExactly("12", "2");

        // The declared index, and the unique label of tag.
        List<String> indexes = new ArrayList<>();
        for (Statement s : md.createAll()) {
            if (s instanceof CreateIndex ci) {
                indexes.add((ci.kind() == null ? "" : ci.kind() + " ") + ci.name().text().toLowerCase(Locale.ROOT) + " on "
                        + ci.table().last().text().toLowerCase(Locale.ROOT));
            }
        }
        assertThat(indexes).anyMatch(i -> i.contains("ix_item_name on item"))
                .anyMatch(i -> i.startsWith("UNIQUE") && i.endsWith("on tag"));

        f.schema().dropAll();
        assertThat(Schema.reflect(db.dataSource()).tables()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aCycleOfForeignKeysIsCreatedAndDropped(String kind) throws Exception {
        TestDb db = db(kind);
        SessionFactory f = db.factory(Department.class, Employee.class);
        f.schema().dropAll();
        List<String> ddl = f.schema().createStatements();
        if (!kind.equals("sqlite")) {
            assertThat(ddl.get(ddl.size() - 1)).startsWith("ALTER TABLE department ADD");
        }
        f.schema().createAll();
        MetaData md = Schema.reflect(db.dataSource());
        assertThat(table(md, "department").referencedTables()).extracting(n -> n.last().text().toLowerCase(Locale.ROOT))
                .containsExactly("employee");
        assertThat(table(md, "employee").referencedTables()).extracting(n -> n.last().text().toLowerCase(Locale.ROOT))
                .containsExactly("department");
        f.schema().dropAll();
        assertThat(Schema.reflect(db.dataSource()).tables()).isEmpty();
    }
}
