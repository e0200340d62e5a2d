package io.retort.orm;

import static io.retort.orm.Orm.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.orm.model.Author;
import io.retort.orm.model.Author_;
import io.retort.orm.model.Book;
import io.retort.orm.model.Book_;
import io.retort.orm.model.Chapter;
import io.retort.orm.model.Node;
import io.retort.orm.model.Node_;
import io.retort.orm.model.Tag;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each loading strategy, counted in statements, on every database. */
class LoadingStrategyTest extends DatabaseTest {

    private static SessionFactory library(String kind) throws Exception {
        SessionFactory f = fresh(kind, Author.class, Book.class, Chapter.class, Tag.class);
        try (Session s = f.openSession()) {
            for (int a = 0; a < 100; a++) {
                Author author = new Author(String.format("author-%03d", a));
                for (int b = 0; b < 3; b++) {
                    Book book = author.write("book-" + a + "-" + b);
                    book.chapter(1, "first");
                    book.chapter(2, "second");
                }
                s.add(author);
            }
            s.commit();
        }
        db(kind).log.clear();
        return f;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void selectinLoadsAHundredParentsChildrenInOneMoreStatement(String kind) throws Exception {
        SessionFactory f = library(kind);
        TestDb db = db(kind);
        try (Session s = f.openSession()) {
            List<Author> authors = s.scalars(select(Author.class).orderBy(Author_.name)
                    .options(Load.selectin(Author_.books))).all();
            assertThat(db.log.count()).as(db.log.statements().toString()).isEqualTo(2);
            assertThat(authors).hasSize(100);
            int books = 0;
            for (Author a : authors) {
                assertThat(a.books).hasSize(3);
                for (Book b : a.books) {
                    assertThat(b.author).isSameAs(a); // from the identity map, no SQL
                }
                books += a.books.size();
            }
            assertThat(books).isEqualTo(300);
            assertThat(db.log.count()).isEqualTo(2);
        }
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void selectinIsOneStatementPerLevel(String kind) throws Exception {
        SessionFactory f = library(kind);
        TestDb db = db(kind);
        try (Session s = f.openSession()) {
            List<Author> authors = s.scalars(select(Author.class)
                    .options(Load.selectin(Author_.books).then(Load.selectin(Book_.chapters)))).all();
            assertThat(db.log.count()).isEqualTo(3);
            assertThat(authors.get(0).books.get(0).chapters).extracting(c -> c.number).containsExactly(1, 2);
            assertThat(authors.stream().mapToInt(a -> a.books.stream().mapToInt(b -> b.chapters.size()).sum()).sum())
                    .isEqualTo(600);
            assertThat(db.log.count()).isEqualTo(3);
        }
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void lazyLoadsOnAccessAndFailsClearlyAfterClose(String kind) throws Exception {
        SessionFactory f = library(kind);
        TestDb db = db(kind);
        Author first;
        Author second;
        try (Session s = f.openSession()) {
            List<Author> authors = s.scalars(select(Author.class).orderBy(Author_.name).limit(2)).all();
            assertThat(db.log.count()).isEqualTo(1);
            first = authors.get(0);
            second = authors.get(1);
            assertThat(first.books).hasSize(3); // one SELECT on first access
            assertThat(db.log.count()).isEqualTo(2);
            assertThat(first.books.get(2).title).isEqualTo("book-0-2");
            assertThat(db.log.count()).isEqualTo(2);
        }
        assertThat(first.books).hasSize(3);
        assertThatThrownBy(() -> second.books.size()).isInstanceOf(DetachedInstanceException.class)
                .hasMessageContaining("Author.books of Author#" + second.id)
                .hasMessageContaining("session is closed")
                .hasMessageContaining("Load.selectin(Author_.books)");
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void joinedLoadsInTheSameStatement(String kind) throws Exception {
        SessionFactory f = library(kind);
        TestDb db = db(kind);
        try (Session s = f.openSession()) {
            List<Author> authors = s.scalars(select(Author.class).where(Author_.name.lt("author-010"))
                    .options(Load.joined(Author_.books))).all();
            assertThat(db.log.count()).isEqualTo(1);
            assertThat(db.log.statements().get(0)).containsIgnoringCase("LEFT JOIN");
            assertThat(authors).hasSize(10); // one per author, not one per joined row
            assertThat(authors).allSatisfy(a -> assertThat(a.books).hasSize(3));
            assertThat(db.log.count()).isEqualTo(1);
        }
        try (Session s = f.openSession()) {
            db.log.clear();
            // A many-to-one by join: the chapters' books come with the chapters.
            List<Chapter> chapters = s.scalars(select(Chapter.class).options(Load.joined(io.retort.orm.model.Chapter_.book))
                    .where(io.retort.orm.model.Chapter_.number.eq(2))).all();
            assertThat(chapters).hasSize(300).allSatisfy(c -> assertThat(c.book.title).startsWith("book-"));
            // The books' own many-to-one (Book.author, selectin by default) takes one more statement.
            assertThat(db.log.count()).isEqualTo(2);
            assertThat(db.log.statements().get(1)).containsIgnoringCase("FROM author");
            assertThat(chapters.get(0).book.author.name).startsWith("author-");
        }
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void raiseRefusesToLoad(String kind) throws Exception {
        SessionFactory f = library(kind);
        TestDb db = db(kind);
        try (Session s = f.openSession()) {
            Author a = s.scalars(select(Author.class).options(Load.raise(Author_.books)).limit(1)).one();
            assertThatThrownBy(() -> a.books.size()).isInstanceOf(RaiseLoadException.class)
                    .hasMessageContaining("Author.books").hasMessageContaining("configured to raise");
            assertThat(db.log.count()).isEqualTo(1);
        }
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void lazyManyToOneThroughLazyField(String kind) throws Exception {
        SessionFactory f = fresh(kind, Node.class);
        TestDb db = db(kind);
        try (Session s = f.openSession()) {
            Node root = new Node("root");
            root.child("leaf");
            s.add(root);
            s.commit();
        }
        db.log.clear();
        Node leaf;
        try (Session s = f.openSession()) {
            leaf = s.scalars(select(Node.class).where(Node_.name.eq("leaf"))).one();
            assertThat(leaf.parent.isLoaded()).isFalse();
            assertThat(db.log.count()).isEqualTo(1);
            assertThat(leaf.parent.get().name).isEqualTo("root");
            assertThat(db.log.count()).isEqualTo(2);
            assertThat(leaf.parent.get().children).containsExactly(leaf);
        }
        try (Session s = f.openSession()) {
            Node other = s.scalars(select(Node.class).where(Node_.name.eq("leaf"))).one();
            s.close();
            assertThatThrownBy(() -> other.parent.get()).isInstanceOf(DetachedInstanceException.class)
                    .hasMessageContaining("Node.parent").hasMessageContaining("session is closed");
        }
        try (Session s = f.openSession()) {
            Node raised = s.scalars(select(Node.class).where(Node_.name.eq("leaf")).options(Load.raise(Node_.parent))).one();
            assertThatThrownBy(() -> raised.parent.get()).isInstanceOf(RaiseLoadException.class);
            Node eager = s.scalars(select(Node.class).where(Node_.name.eq("root"))
                    .options(Load.selectin(Node_.children))).one();
            assertThat(eager.children).hasSize(1);
        }
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void streamingReadsInChunksWithSelectinPerChunk(String kind) throws Exception {
        SessionFactory f = library(kind);
        TestDb db = db(kind);
        try (Session s = f.openSession();
                Stream<Author> authors = s.scalars(select(Author.class).options(Load.selectin(Author_.books))).stream()) {
            assertThat(authors.mapToInt(a -> a.books.size()).sum()).isEqualTo(300);
            // 100 rows fit one chunk: the query and one IN query for the books.
            assertThat(db.log.count()).isEqualTo(2);
        }
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aTreeLoadsEachNodeOnceThoughEveryLevelMeetsItAgain(String kind) throws Exception {
        SessionFactory f = fresh(kind, Node.class);
        try (Session s = f.openSession()) {
            Node root = new Node("root");
            Node a = root.child("a");
            a.child("a1");
            a.child("a2");
            root.child("b").child("b1");
            s.add(root);
            s.commit();
        }
        TestDb db = db(kind);
        db.log.clear();
        try (Session s = f.openSession()) {
            // The children's query returns the nodes again (every one but the root): each is loaded and linked once.
            List<Node> nodes = s.scalars(select(Node.class).options(Load.selectin(Node_.children))).all();
            assertThat(nodes).extracting(n -> n.name).containsExactlyInAnyOrder("root", "a", "a1", "a2", "b", "b1");
            java.util.Map<String, List<String>> children = new java.util.HashMap<>();
            for (Node n : nodes) {
                children.put(n.name, n.children.stream().map(c -> c.name).toList());
                assertThat(n.children).allSatisfy(c -> assertThat(nodes).containsOnlyOnce(c));
            }
            assertThat(children).containsOnly(java.util.Map.entry("root", List.of("a", "b")),
                    java.util.Map.entry("a", List.of("a1", "a2")), java.util.Map.entry("a1", List.of()),
                    java.util.Map.entry("a2", List.of()), java.util.Map.entry("b", List.of("b1")),
                    java.util.Map.entry("b1", List.of()));
            assertThat(db.log.count()).as(db.log.statements().toString()).isEqualTo(2);
        }
        f.schema().dropAll();
    }
}
