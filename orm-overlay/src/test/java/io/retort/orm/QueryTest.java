package io.retort.orm;

import static io.retort.orm.Orm.aliased;
import static io.retort.orm.Orm.delete;
import static io.retort.orm.Orm.insert;
import static io.retort.orm.Orm.select;
import static io.retort.orm.Orm.update;
import static io.retort.orm.metamodel.Functions.count;
import static io.retort.orm.metamodel.Functions.max;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.orm.metamodel.EntityAlias;
import io.retort.orm.model.Author;
import io.retort.orm.model.Author_;
import io.retort.orm.model.Book;
import io.retort.orm.model.Book_;
import io.retort.orm.model.Chapter;
import io.retort.orm.model.Chapter_;
import io.retort.orm.model.Node;
import io.retort.orm.model.Node_;
import io.retort.orm.model.Tag;
import io.retort.orm.model.Tag_;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** ORM queries and bulk statements on every database. */
class QueryTest extends DatabaseTest {

    private static SessionFactory library(String kind) throws Exception {
        SessionFactory f = fresh(kind, Author.class, Book.class, Chapter.class, Tag.class, Node.class);
        try (Session s = f.openSession()) {
            Tag classic = new Tag("classic");
            Tag gothic = new Tag("gothic");
            Author austen = new Author("Austen");
            austen.write("Emma").tags.add(classic);
            austen.write("Persuasion").tags.add(classic);
            Author bronte = new Author("Bronte");
            Book jane = bronte.write("Jane Eyre");
            jane.tags.add(classic);
            jane.tags.add(gothic);
            jane.chapter(1, "Gateshead");
            jane.chapter(2, "Red room");
            Author nobody = new Author("Nobody");
            Node root = new Node("root");
            root.child("left").child("left-leaf");
            root.child("right");
            s.addAll(List.of(austen, bronte, nobody, root));
            s.commit();
        }
        return f;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void scalarsRowsAndResults(String kind) throws Exception {
        SessionFactory f = library(kind);
        try (Session s = f.openSession()) {
            assertThat(s.scalars(select(Author_.name).orderBy(Author_.name.desc())).all())
                    .containsExactly("Nobody", "Bronte", "Austen");
            assertThat(s.scalar(select(count()).where(Author_.name.like("%o%")))).isEqualTo(2L);
            List<Row> rows = s.execute(select(Author_.name, Book_.title).join(Author_.books)
                    .orderBy(Author_.name, Book_.title)).all();
            assertThat(rows).extracting(r -> r.get(Author_.name) + "/" + r.get(Book_.title))
                    .containsExactly("Austen/Emma", "Austen/Persuasion", "Bronte/Jane Eyre");
            List<Row> pairs = s.execute(select(Author.class, Book.class).join(Author_.books).where(Book_.title.eq("Emma")))
                    .all();
            assertThat(pairs).hasSize(1);
            assertThat(pairs.get(0).get(Book.class).author).isSameAs(pairs.get(0).get(Author.class));
            assertThat(s.scalars(select(Author.class).orderBy(Author_.name).offset(1).limit(1)).one().name).isEqualTo("Bronte");
            assertThat(s.scalars(select(Author.class).where(Author_.name.eq("nobody at all"))).first()).isNull();
            assertThatThrownBy(() -> s.scalars(select(Author.class)).one()).isInstanceOf(SQLException.class)
                    .hasFieldOrPropertyWithValue("SQLState", "21000").hasMessageContaining("returned 3 rows");
            assertThatThrownBy(() -> s.scalars(select(Author.class).where(Author_.name.eq("x"))).one())
                    .isInstanceOf(SQLException.class).hasFieldOrPropertyWithValue("SQLState", "02000");
            assertThat(s.scalars(select(Author.class).where(Author_.name.ilike("AUS%"))).one().name).isEqualTo("Austen");
            assertThat(s.scalars(select(Author.class).where(Author_.name.in("Austen", "Bronte").not())).one().name)
                    .isEqualTo("Nobody");
        }
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void relationshipConditionsAndAggregates(String kind) throws Exception {
        SessionFactory f = library(kind);
        try (Session s = f.openSession()) {
            assertThat(s.scalars(select(Author.class).where(Author_.books.any(Book_.title.like("Jane%")))).one().name)
                    .isEqualTo("Bronte");
            assertThat(s.scalars(select(Author.class).where(Author_.books.any().not())).one().name).isEqualTo("Nobody");
            assertThat(s.scalars(select(Book.class).where(Book_.author.has(Author_.name.eq("Austen")))
                    .orderBy(Book_.title)).all()).extracting(b -> b.title).containsExactly("Emma", "Persuasion");
            assertThat(s.scalars(select(Book.class).where(Book_.tags.any(Tag_.label.eq("gothic")))).one().title)
                    .isEqualTo("Jane Eyre");
            Author austen = s.scalars(select(Author.class).where(Author_.name.eq("Austen"))).one();
            assertThat(s.scalars(select(Book.class).where(Book_.author.eq(austen))).all()).hasSize(2);
            List<Row> perAuthor = s.execute(select(Author_.name, count(Book_.id)).join(Author_.books)
                    .groupBy(Author_.name).having(count(Book_.id).gt(1))).all();
            assertThat(perAuthor).hasSize(1);
            assertThat(perAuthor.get(0).get(Author_.name)).isEqualTo("Austen");
            assertThat(perAuthor.get(0).get(1, Long.class)).isEqualTo(2L);
            assertThat(s.scalar(select(max(Chapter_.number)))).isEqualTo(2);
            assertThat(s.scalars(select(Tag_.label).join(Tag_.books).join(Book_.author).where(Author_.name.eq("Bronte"))
                    .orderBy(Tag_.label)).all()).containsExactly("classic", "gothic");
            assertThat(s.scalars(select(Author_.name).join(Author_.books).distinct().orderBy(Author_.name)).all())
                    .containsExactly("Austen", "Bronte");
        }
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void selfJoinsWithAliases(String kind) throws Exception {
        SessionFactory f = library(kind);
        try (Session s = f.openSession()) {
            EntityAlias<Node> parent = aliased(Node.class, "parent");
            List<Row> rows = s.execute(select(Node_.name, Node_.name.of(parent)).join(Node_.parent, parent)
                    .orderBy(Node_.name)).all();
            assertThat(rows).extracting(r -> r.get(0) + "<" + r.get(1))
                    .containsExactly("left<root", "left-leaf<left", "right<root");
            List<Node> leaves = s.scalars(select(Node.class).where(Node_.children.any().not()).orderBy(Node_.name)).all();
            assertThat(leaves).extracting(n -> n.name).containsExactly("left-leaf", "right");
            Node root = s.scalars(select(parent).where(Node_.name.of(parent).eq("root"))).one();
            assertThat(root.children).extracting(n -> n.name).containsExactly("left", "right");
        }
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void bulkStatementsKeepTheSessionTrue(String kind) throws Exception {
        SessionFactory f = library(kind);
        TestDb db = db(kind);
        try (Session s = f.openSession()) {
            int inserted = s.execute(insert(Tag.class).row(Tag_.label.set("romance")).row(Tag_.label.set("satire")));
            assertThat(inserted).isEqualTo(2);
            Author austen = s.scalars(select(Author.class).where(Author_.name.eq("Austen"))).one();
            int updated = s.execute(update(Author.class).set(Author_.name.set("Jane Austen")).where(Author_.name.eq("Austen")));
            assertThat(updated).isEqualTo(1);
            assertThat(austen.name).isEqualTo("Jane Austen"); // read again after the bulk UPDATE
            assertThat(austen.version).isEqualTo(2); // the version counter moved with it
            Tag satire = s.scalars(select(Tag.class).where(Tag_.label.eq("satire"))).one();
            int deleted = s.execute(delete(Tag.class).where(Tag_.label.in("romance", "satire")));
            assertThat(deleted).isEqualTo(2);
            assertThat(s.contains(satire)).isFalse();
            assertThat(s.get(Tag.class, satire.id)).isNull();
            List<Tag> many = List.of(new Tag("a"), new Tag("b"), new Tag("c"));
            assertThat(s.execute(insert(Tag.class).objects(many))).isEqualTo(3);
            assertThat(many).allSatisfy(t -> assertThat(t.id).isNotNull());
            assertThat(s.contains(many.get(0))).isFalse(); // bulk rows are not tracked
            s.commit();
        }
        assertThat(db.value("SELECT name FROM author WHERE name LIKE 'Jane%'")).isEqualTo("Jane Austen");
        assertThat(db.count("tag")).isEqualTo(5);
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void autoflushBeforeQueries(String kind) throws Exception {
        SessionFactory f = library(kind);
        try (Session s = f.openSession()) {
            s.add(new Author("Eliot"));
            assertThat(s.scalars(select(Author_.name).where(Author_.name.eq("Eliot"))).all()).containsExactly("Eliot");
            s.setAutoflush(false);
            s.add(new Author("Woolf"));
            assertThat(s.scalars(select(Author_.name).where(Author_.name.eq("Woolf"))).all()).isEmpty();
            s.rollback();
        }
        assertThat(db(kind).count("author")).isEqualTo(3);
        f.schema().dropAll();
    }
}
