package io.retort.orm;

import static io.retort.orm.Orm.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.orm.model.Author;
import io.retort.orm.model.Book;
import io.retort.orm.model.Chapter;
import io.retort.orm.model.Tag;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Nested transactions (savepoints): in the database and in the session, on every database. */
class SavepointTest extends DatabaseTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void rollingBackASavepointUndoesOnlyItsChanges(String kind) throws Exception {
        SessionFactory f = fresh(kind, Author.class, Book.class, Chapter.class, Tag.class);
        TestDb db = db(kind);
        try (Session s = f.openSession()) {
            Author kept = new Author("kept");
            s.add(kept);
            Author renamed;
            try (SessionTransaction nested = s.beginNested()) {
                kept.name = "changed inside";
                renamed = new Author("inside");
                s.add(renamed);
                s.flush();
                assertThat(renamed.id).isNotNull();
                nested.rollback();
            }
            // In memory: the new object left the session with its key cleared, the change is undone.
            assertThat(s.contains(renamed)).isFalse();
            assertThat(renamed.id).isNull();
            assertThat(kept.name).isEqualTo("kept");
            try (SessionTransaction nested = s.beginNested()) {
                s.add(new Author("second"));
                nested.commit();
            }
            s.commit();
        }
        assertThat(db.count("author")).isEqualTo(2);
        assertThat(db.value("SELECT name FROM author WHERE name = 'kept'")).isEqualTo("kept");
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFailedFlushInsideASavepointRollsBackOnlyTheSavepoint(String kind) throws Exception {
        SessionFactory f = fresh(kind, Author.class, Book.class, Chapter.class, Tag.class);
        TestDb db = db(kind);
        try (Session s = f.openSession()) {
            s.add(new Tag("unique"));
            s.flush();
            Tag duplicate = new Tag("unique");
            try (SessionTransaction nested = s.beginNested()) {
                s.add(duplicate);
                assertThatThrownBy(s::flush).isInstanceOf(SQLException.class);
                assertThat(nested.isActive()).isFalse();
            }
            assertThat(s.contains(duplicate)).isFalse();
            s.add(new Tag("other"));
            s.commit();
        }
        assertThat(db.count("tag")).isEqualTo(2);
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deletesInsideARolledBackSavepointComeBack(String kind) throws Exception {
        SessionFactory f = fresh(kind, Author.class, Book.class, Chapter.class, Tag.class);
        TestDb db = db(kind);
        try (Session s = f.openSession()) {
            Author a = new Author("persistent");
            a.write("a book");
            s.add(a);
            s.commit();
            try (SessionTransaction nested = s.beginNested()) {
                s.delete(a);
                s.flush();
                assertThat(s.contains(a)).isFalse();
            } // closed without commit: rolled back
            assertThat(s.contains(a)).isTrue();
            assertThat(s.get(Author.class, a.id)).isSameAs(a);
            assertThat(a.books).hasSize(1); // reloaded
            s.commit();
        }
        assertThat(db.count("book")).isEqualTo(1);
        try (Session s = f.openSession()) {
            Author a = s.scalars(select(Author.class)).one();
            a.name = "edited";
            s.rollback(); // the whole transaction: unflushed edits are dropped too
            assertThat(a.name).isEqualTo("persistent");
        }
        f.schema().dropAll();
    }
}
