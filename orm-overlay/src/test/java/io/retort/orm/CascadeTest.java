package io.retort.orm;

import static io.retort.orm.Orm.select;
import static org.assertj.core.api.Assertions.assertThat;

import io.retort.orm.model.Author;
import io.retort.orm.model.Author_;
import io.retort.orm.model.Book;
import io.retort.orm.model.Book_;
import io.retort.orm.model.Chapter;
import io.retort.orm.model.Tag;
import io.retort.orm.model.Tag_;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Cascades, orphans, many-to-many rows and the two sides of bidirectional relationships, on every database. */
class CascadeTest extends DatabaseTest {

    private static SessionFactory factory(String kind) throws Exception {
        return fresh(kind, Author.class, Book.class, Chapter.class, Tag.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void saveUpdateReachesEveryNewObject(String kind) throws Exception {
        SessionFactory f = factory(kind);
        TestDb db = db(kind);
        try (Session s = f.openSession()) {
            Author a = new Author("austen");
            Book book = a.write("emma");
            book.chapter(1, "one");
            book.tags.add(new Tag("novel"));
            s.add(a);
            assertThat(s.newObjects()).hasSize(4);
            s.commit();
            assertThat(book.author).isSameAs(a); // set by the collection when the book was added
        }
        assertThat(db.count("chapter")).isEqualTo(1);
        assertThat(db.count("book_tag")).isEqualTo(1);
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deleteCascadesAndOrphansAreDeleted(String kind) throws Exception {
        SessionFactory f = factory(kind);
        TestDb db = db(kind);
        try (Session s = f.openSession()) {
            Author a = new Author("bronte");
            for (String t : List.of("jane eyre", "villette", "shirley")) {
                Book b = a.write(t);
                b.chapter(1, "one");
                b.chapter(2, "two");
            }
            s.add(a);
            s.commit();
        }
        try (Session s = f.openSession()) {
            Author a = s.scalars(select(Author.class)).one();
            Book villette = a.books.stream().filter(b -> b.title.equals("villette")).findFirst().orElseThrow();
            a.books.remove(villette); // an orphan: deleted with its chapters
            assertThat(villette.author).isNull();
            s.commit();
        }
        assertThat(db.count("book")).isEqualTo(2);
        assertThat(db.count("chapter")).isEqualTo(4);
        try (Session s = f.openSession()) {
            s.delete(s.scalars(select(Author.class)).one()); // books and chapters go first
            s.commit();
        }
        assertThat(db.count("author")).isZero();
        assertThat(db.count("book")).isZero();
        assertThat(db.count("chapter")).isZero();
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void movingAChildBetweenParentsKeepsBothSidesInStep(String kind) throws Exception {
        SessionFactory f = factory(kind);
        try (Session s = f.openSession()) {
            Author a = new Author("a");
            a.write("wandering");
            s.addAll(List.of(a, new Author("b")));
            s.commit();
        }
        try (Session s = f.openSession()) {
            Author a = s.scalars(select(Author.class).where(Author_.name.eq("a"))).one();
            Author b = s.scalars(select(Author.class).where(Author_.name.eq("b"))).one();
            Book book = a.books.get(0);
            assertThat(b.books).isEmpty();
            b.books.add(book); // the collection moves the book: a's list loses it, book.author is b
            assertThat(book.author).isSameAs(b);
            assertThat(a.books).isEmpty();
            s.commit();
            // the reference side: setting the many-to-one moves it back at the next flush
            book.author = a;
            s.flush();
            assertThat(a.books).containsExactly(book);
            assertThat(b.books).isEmpty();
            s.commit();
        }
        assertThat(db(kind).value("SELECT a.name FROM book b JOIN author a ON a.id = b.author_id")).isEqualTo("a");
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void removingWithoutOrphanDeletionClearsTheForeignKey(String kind) throws Exception {
        SessionFactory f = factory(kind);
        TestDb db = db(kind);
        try (Session s = f.openSession()) {
            Tag t = new Tag("keep");
            Author a = new Author("eliot");
            Book b = a.write("middlemarch");
            b.tags.add(t);
            s.add(a);
            s.commit();
            // Tag has no delete cascade on books: deleting the tag removes only its association rows.
            s.delete(t);
            s.commit();
            assertThat(b.tags).isEmpty();
        }
        assertThat(db.count("tag")).isZero();
        assertThat(db.count("book_tag")).isZero();
        assertThat(db.count("book")).isEqualTo(1);
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void manyToManyFromEitherSide(String kind) throws Exception {
        SessionFactory f = factory(kind);
        TestDb db = db(kind);
        try (Session s = f.openSession()) {
            Author a = new Author("woolf");
            Book orlando = a.write("orlando");
            Book waves = a.write("the waves");
            Tag modern = new Tag("modern");
            Tag poetic = new Tag("poetic");
            orlando.tags.add(modern);
            modern.books.add(waves); // the inverse side adds the row too
            s.addAll(List.of(a, poetic));
            s.commit();
            assertThat(waves.tags).containsExactly(modern); // kept in step in memory
        }
        assertThat(db.count("book_tag")).isEqualTo(2);
        try (Session s = f.openSession()) {
            Tag modern = s.scalars(select(Tag.class).where(Tag_.label.eq("modern"))).one();
            Tag poetic = s.scalars(select(Tag.class).where(Tag_.label.eq("poetic"))).one();
            Book waves = s.scalars(select(Book.class).where(Book_.title.eq("the waves"))).one();
            assertThat(modern.books).extracting(b -> b.title).containsExactlyInAnyOrder("orlando", "the waves");
            waves.tags.remove(modern);
            waves.tags.add(poetic);
            assertThat(modern.books).extracting(b -> b.title).containsExactly("orlando");
            s.commit();
        }
        assertThat(db.value("SELECT t.label FROM book_tag bt JOIN tag t ON t.id = bt.tag_id JOIN book b ON b.id = bt.book_id"
                + " WHERE b.title = 'the waves'")).isEqualTo("poetic");
        assertThat(db.count("book_tag")).isEqualTo(2);
        try (Session s = f.openSession()) {
            s.delete(s.scalars(select(Book.class).where(Book_.title.eq("orlando"))).one());
            s.commit();
        }
        assertThat(db.count("book_tag")).isEqualTo(1);
        f.schema().dropAll();
    }
}
