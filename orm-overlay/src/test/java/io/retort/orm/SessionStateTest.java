package io.retort.orm;

import static io.retort.orm.Orm.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.orm.model.Author;
import io.retort.orm.model.Author_;
import io.retort.orm.model.Book;
import io.retort.orm.model.Chapter;
import io.retort.orm.model.Country;
import io.retort.orm.model.Country_;
import io.retort.orm.model.Currency;
import io.retort.orm.model.Item;
import io.retort.orm.model.Item_;
import io.retort.orm.model.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The identity map, get, merge, refresh, expire, expunge, dirty checking, records and column types, on every database. */
class SessionStateTest extends DatabaseTest {

    private static SessionFactory library(String kind) throws Exception {
        return fresh(kind, Author.class, Book.class, Chapter.class, Tag.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void oneObjectPerRow(String kind) throws Exception {
        SessionFactory f = library(kind);
        TestDb db = db(kind);
        Long id;
        try (Session s = f.openSession()) {
            Author a = new Author("one");
            s.add(a);
            s.commit();
            id = a.id;
            db.log.clear();
            assertThat(s.get(Author.class, id)).isSameAs(a);
            assertThat(s.get(Author.class, id.intValue())).isSameAs(a); // the key is converted to the key's type
            assertThat(db.log.count()).as("get from the identity map runs no SQL").isZero();
            assertThat(s.scalars(select(Author.class).where(Author_.id.eq(id))).one()).isSameAs(a);
            assertThat(s.get(Author.class, 999_999L)).isNull();
        }
        try (Session s = f.openSession()) {
            Author a1 = s.get(Author.class, id);
            Author a2 = s.scalars(select(Author.class)).one();
            assertThat(a2).isSameAs(a1);
            assertThatThrownBy(() -> s.add(new AuthorWithKey(id).author)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("another Author with key " + id).hasMessageContaining("merge");
        }
        f.schema().dropAll();
    }

    /** Builds a detached author with a given key (as if deserialized). */
    private record AuthorWithKey(Author author) {
        AuthorWithKey(Long id) {
            this(withKey(id));
        }

        private static Author withKey(Long id) {
            Author a = new Author("detached");
            a.id = id;
            a.version = 1;
            return a;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void dirtyCheckingWritesOnlyChangedColumns(String kind) throws Exception {
        SessionFactory f = library(kind);
        TestDb db = db(kind);
        try (Session s = f.openSession()) {
            Author a = new Author("before");
            s.add(a);
            s.commit();
            assertThat(s.isModified(a)).isFalse();
            db.log.clear();
            s.commit();
            assertThat(db.log.count()).as("nothing changed, nothing written").isZero();
            a.name = "after";
            assertThat(s.isModified(a)).isTrue();
            assertThat(s.dirtyObjects()).containsExactly(a);
            s.commit();
            assertThat(db.log.starting("UPDATE")).hasSize(1).allSatisfy(sql -> assertThat(sql).contains("name")
                    .doesNotContain("books"));
            assertThat(a.version).isEqualTo(2);
        }
        assertThat(db.value("SELECT name FROM author")).isEqualTo("after");
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void mergeRefreshExpireExpunge(String kind) throws Exception {
        SessionFactory f = library(kind);
        TestDb db = db(kind);
        Author detached;
        try (Session s = f.openSession()) {
            detached = new Author("original");
            detached.write("book one");
            s.add(detached);
            s.commit();
        }
        detached.name = "merged";
        try (Session s = f.openSession()) {
            Author merged = s.merge(detached);
            assertThat(merged).isNotSameAs(detached);
            assertThat(merged.name).isEqualTo("merged");
            assertThat(merged.books).extracting(b -> b.title).containsExactly("book one");
            s.commit();
            assertThat(db.value("SELECT name FROM author")).isEqualTo("merged");

            db.execute("UPDATE author SET name = 'outside', version = version + 1");
            assertThat(merged.name).isEqualTo("merged");
            s.refresh(merged);
            assertThat(merged.name).isEqualTo("outside");

            merged.name = "unflushed";
            s.expire(merged);
            assertThat(merged.name).isEqualTo("outside"); // the unflushed change is discarded
            s.commit(); // end the transaction: under REPEATABLE READ (MariaDB) or a SQLite snapshot it would not see the next write
            db.execute("UPDATE author SET name = 'again', version = version + 1");
            assertThat(s.get(Author.class, merged.id).name).isEqualTo("again"); // expired: read again

            s.expunge(merged);
            assertThat(s.contains(merged)).isFalse();
            Author fresh = s.get(Author.class, merged.id);
            assertThat(fresh).isNotSameAs(merged);
        }
        try (Session s = f.openSession()) {
            Author brandNew = new Author("new by merge");
            Author m = s.merge(brandNew);
            assertThat(s.newObjects()).containsExactly(m);
            s.commit();
            assertThat(m.id).isNotNull();
        }
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void recordsAreReplacedOrReadOnly(String kind) throws Exception {
        SessionFactory f = fresh(kind, Country.class, Currency.class);
        TestDb db = db(kind);
        db.execute("INSERT INTO currency (code, name) VALUES ('EUR', 'Euro')");
        try (Session s = f.openSession()) {
            s.add(new Country("NL", "Netherlands", 17_000_000));
            s.commit();
            Country nl = s.get(Country.class, "NL");
            Country renamed = s.replace(nl, new Country("NL", "The Netherlands", 17_900_000));
            assertThat(s.contains(nl)).isFalse();
            assertThat(s.get(Country.class, "NL")).isSameAs(renamed);
            s.commit();
            assertThatThrownBy(() -> s.replace(renamed, new Country("BE", "Belgium", 1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another key");
            Currency euro = s.get(Currency.class, "EUR");
            assertThat(euro.name()).isEqualTo("Euro");
            assertThatThrownBy(() -> s.add(new Currency("USD", "Dollar"))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("read-only");
            assertThatThrownBy(() -> s.delete(euro)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("read-only");
            assertThat(s.scalars(select(Country.class).where(Country_.population.gt(1_000_000))).one().name())
                    .isEqualTo("The Netherlands");
        }
        assertThat(db.value("SELECT name FROM country")).isEqualTo("The Netherlands");
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void everyColumnTypeRoundTrips(String kind) throws Exception {
        SessionFactory f = fresh(kind, Item.class);
        UUID ref = UUID.randomUUID();
        Instant seen = Instant.parse("2024-05-06T07:08:09.123456Z");
        try (Session s = f.openSession()) {
            Item it = new Item("typed");
            it.price = new BigDecimal("1234.50");
            it.added = LocalDate.of(2024, 2, 29);
            it.updated = LocalDateTime.of(2024, 3, 1, 12, 30, 45, 123_456_000);
            it.seen = seen;
            it.active = true;
            it.quantity = 7;
            it.weight = 2.5;
            it.status = Item.Status.SHIPPED;
            it.data = new byte[] {1, 2, 3, (byte) 255};
            it.reference = ref;
            it.notes = "x".repeat(5000);
            s.add(it);
            // More rows in the same multi-row INSERT: later VALUES rows take their types from the first (and NULLs).
            Item sparse = new Item("sparse");
            Item other = new Item("other");
            other.price = new BigDecimal("0.01");
            other.seen = seen.plusSeconds(60);
            other.reference = UUID.randomUUID();
            other.updated = LocalDateTime.of(2000, 1, 1, 0, 0);
            other.data = new byte[0];
            other.status = Item.Status.NEW;
            s.addAll(java.util.List.of(sparse, other));
            s.commit();
        }
        try (Session s = f.openSession()) {
            Item it = s.scalars(select(Item.class).where(Item_.reference.eq(ref))).one();
            assertThat(it.price).isEqualByComparingTo("1234.50");
            assertThat(it.added).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(it.updated).isEqualTo(LocalDateTime.of(2024, 3, 1, 12, 30, 45, 123_456_000));
            assertThat(it.seen.truncatedTo(ChronoUnit.MICROS)).isEqualTo(seen);
            assertThat(it.active).isTrue();
            assertThat(it.quantity).isEqualTo(7);
            assertThat(it.weight).isEqualTo(2.5);
            assertThat(it.status).isEqualTo(Item.Status.SHIPPED);
            assertThat(it.data).containsExactly(1, 2, 3, 255);
            assertThat(it.notes).hasSize(5000);
            assertThat(s.isModified(it)).as("values read back compare equal to the snapshot").isFalse();
            Item sparse = s.scalars(select(Item.class).where(Item_.name.eq("sparse"))).one();
            assertThat(sparse.price).isNull();
            assertThat(sparse.seen).isNull();
            assertThat(sparse.reference).isNull();
            assertThat(sparse.active).isFalse();
            Item other = s.scalars(select(Item.class).where(Item_.name.eq("other"))).one();
            assertThat(other.price).isEqualByComparingTo("0.01");
            assertThat(other.seen.truncatedTo(ChronoUnit.MICROS)).isEqualTo(seen.plusSeconds(60));
            assertThat(other.status).isEqualTo(Item.Status.NEW);
            assertThat(s.scalars(select(Item.class).where(Item_.status.eq(Item.Status.SHIPPED),
                    Item_.added.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))).all()).hasSize(1);
        }
        f.schema().dropAll();
    }
}
