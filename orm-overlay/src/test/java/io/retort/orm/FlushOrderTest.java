package io.retort.orm;

import static io.retort.orm.Orm.select;
import static org.assertj.core.api.Assertions.assertThat;

import io.retort.orm.model.Author;
import io.retort.orm.model.Book;
import io.retort.orm.model.Chapter;
import io.retort.orm.model.Department;
import io.retort.orm.model.Employee;
import io.retort.orm.model.Item;
import io.retort.orm.model.Node;
import io.retort.orm.model.Person;
import io.retort.orm.model.Tag;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Flush order with foreign keys, batching, self-references and cycles, on every database. */
class FlushOrderTest extends DatabaseTest {

    private static long statementsFor(TestDb db, String table, String verb) {
        return db.log.statements().stream()
                .filter(s -> s.toUpperCase().contains(verb + " " + (verb.equals("DELETE") ? "FROM " : verb.equals("INSERT") ? "INTO " : "") + table.toUpperCase() + " ")
                        || s.toUpperCase().contains(verb + " " + (verb.equals("DELETE") ? "FROM " : verb.equals("INSERT") ? "INTO " : "") + table.toUpperCase() + "\n"))
                .count();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void parentsBeforeChildrenOneStatementPerTable(String kind) throws Exception {
        SessionFactory f = fresh(kind, Author.class, Book.class, Chapter.class, Tag.class);
        TestDb db = db(kind);
        Tag classic = new Tag("classic");
        Tag drama = new Tag("drama");
        try (Session s = f.openSession()) {
            for (String name : List.of("Austen", "Bronte", "Eliot")) {
                Author a = new Author(name);
                for (int b = 1; b <= 2; b++) {
                    Book book = a.write(name + " " + b);
                    book.chapter(1, "One");
                    book.chapter(2, "Two");
                    book.tags.add(classic);
                    if (b == 2) {
                        book.tags.add(drama);
                    }
                }
                s.add(a);
            }
            s.commit();
        }
        // One multi-row INSERT per table, parents first: no foreign key could be violated.
        assertThat(statementsFor(db, "author", "INSERT")).isEqualTo(1);
        assertThat(statementsFor(db, "book", "INSERT")).isEqualTo(1);
        assertThat(statementsFor(db, "chapter", "INSERT")).isEqualTo(1);
        assertThat(statementsFor(db, "tag", "INSERT")).isEqualTo(1);
        assertThat(statementsFor(db, "book_tag", "INSERT")).isEqualTo(1);
        assertThat(db.count("author")).isEqualTo(3);
        assertThat(db.count("book")).isEqualTo(6);
        assertThat(db.count("chapter")).isEqualTo(12);
        assertThat(db.count("book_tag")).isEqualTo(9);
        assertThat(db.value("SELECT COUNT(*) FROM book b JOIN author a ON a.id = b.author_id WHERE b.title LIKE "
                + "CONCAT(a.name, '%')").toString()).isEqualTo("6");
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void selfReferentialRowsGoInLevels(String kind) throws Exception {
        SessionFactory f = fresh(kind, Node.class);
        TestDb db = db(kind);
        try (Session s = f.openSession()) {
            Node root = new Node("root");
            for (String c : List.of("a", "b", "c")) {
                Node child = root.child(c);
                child.child(c + "1");
                child.child(c + "2");
            }
            s.add(root);
            s.commit();
        }
        assertThat(statementsFor(db, "node", "INSERT")).as("one statement per level").isEqualTo(3);
        assertThat(db.count("node")).isEqualTo(10);
        assertThat(db.value("SELECT COUNT(*) FROM node c JOIN node p ON c.parent_id = p.id WHERE c.name LIKE "
                + "CONCAT(p.name, '%') OR p.name = 'root'").toString()).isEqualTo("9");
        // Deleting the whole tree deletes children before their parents.
        try (Session s = f.openSession()) {
            for (Node n : s.scalars(select(Node.class)).all()) {
                s.delete(n);
            }
            s.commit();
        }
        assertThat(db.count("node")).isZero();
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void cycleBetweenTablesIsBrokenWithPostUpdate(String kind) throws Exception {
        SessionFactory f = fresh(kind, Department.class, Employee.class);
        TestDb db = db(kind);
        try (Session s = f.openSession()) {
            Department d = new Department("research");
            Employee e = new Employee("ada", d);
            d.manager = e;
            s.add(d);
            s.commit();
        }
        // department is inserted with manager_id NULL, then employee, then the manager is written.
        assertThat(db.log.starting("UPDATE").stream().filter(x -> x.toLowerCase().contains("update department")).count())
                .isEqualTo(1);
        assertThat(db.value("SELECT e.name FROM department d JOIN employee e ON d.manager_id = e.id")).isEqualTo("ada");
        assertThat(db.value("SELECT d.name FROM employee e JOIN department d ON e.department_id = d.id")).isEqualTo("research");
        try (Session s = f.openSession()) {
            Department d = s.scalars(select(Department.class)).one();
            s.delete(d.manager);
            s.delete(d);
            s.commit();
        }
        assertThat(db.count("department")).isZero();
        assertThat(db.count("employee")).isZero();
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void rowsPointingAtEachOther(String kind) throws Exception {
        SessionFactory f = fresh(kind, Person.class);
        TestDb db = db(kind);
        try (Session s = f.openSession()) {
            Person romeo = new Person("romeo");
            Person juliet = new Person("juliet");
            romeo.partner = juliet;
            juliet.partner = romeo;
            Person solo = new Person("solo");
            solo.partner = solo;
            s.addAll(List.of(romeo, juliet, solo));
            s.commit();
        }
        assertThat(db.value("SELECT q.name FROM person p JOIN person q ON p.partner_id = q.id WHERE p.name = 'romeo'"))
                .isEqualTo("juliet");
        assertThat(db.value("SELECT q.name FROM person p JOIN person q ON p.partner_id = q.id WHERE p.name = 'juliet'"))
                .isEqualTo("romeo");
        assertThat(db.value("SELECT q.name FROM person p JOIN person q ON p.partner_id = q.id WHERE p.name = 'solo'"))
                .isEqualTo("solo");
        try (Session s = f.openSession()) {
            List<Person> all = s.scalars(select(Person.class)).all();
            Person romeo = all.stream().filter(p -> p.name.equals("romeo")).findFirst().orElseThrow();
            assertThat(romeo.partner.name).isEqualTo("juliet");
            assertThat(romeo.partner.partner).isSameAs(romeo);
            for (Person p : all) {
                s.delete(p);
            }
            s.commit();
        }
        assertThat(db.count("person")).isZero();
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void thousandsOfRowsGoOutInStatementsOfAThousand(String kind) throws Exception {
        SessionFactory f = fresh(kind, Item.class);
        TestDb db = db(kind);
        List<Item> items = new ArrayList<>();
        try (Session s = f.openSession()) {
            for (int i = 0; i < 2500; i++) {
                Item it = new Item("item-" + i);
                it.quantity = i;
                items.add(it);
            }
            s.addAll(items);
            s.flush();
            assertThat(statementsFor(db, "item", "INSERT")).isEqualTo(3);
            s.commit();
        }
        Set<Long> ids = new HashSet<>();
        for (Item it : items) {
            assertThat(it.id).isNotNull();
            ids.add(it.id);
        }
        assertThat(ids).hasSize(2500);
        assertThat(db.count("item")).isEqualTo(2500);
        // Every object got the key of its own row.
        try (Session s = f.openSession()) {
            for (Item it : s.scalars(select(Item.class)).all()) {
                assertThat(it.name).isEqualTo("item-" + it.quantity);
            }
        }
        for (Item it : items.subList(0, 50)) {
            assertThat(db.value("SELECT name FROM item WHERE id = " + it.id)).isEqualTo(it.name);
        }
        f.schema().dropAll();
    }
}
