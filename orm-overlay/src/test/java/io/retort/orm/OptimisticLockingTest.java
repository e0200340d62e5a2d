package io.retort.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.orm.model.Account;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Version counters under two sessions, on every database. */
class OptimisticLockingTest extends DatabaseTest {

    private static Long create(SessionFactory f, String owner) throws Exception {
        try (Session s = f.openSession()) {
            Account a = new Account(owner, 100);
            s.add(a);
            s.commit();
            assertThat(a.version).isEqualTo(1L);
            return a.id;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theSecondWriterGetsAClearStaleObjectException(String kind) throws Exception {
        SessionFactory f = fresh(kind, Account.class);
        Long id = create(f, "alice");
        try (Session first = f.openSession(); Session second = f.openSession()) {
            Account mine = first.get(Account.class, id);
            first.commit(); // the object stays loaded at version 1
            Account theirs = second.get(Account.class, id);
            theirs.balance += 50;
            second.commit();
            assertThat(theirs.version).isEqualTo(2L);

            mine.balance -= 30;
            assertThatThrownBy(first::commit).isInstanceOfSatisfying(StaleObjectException.class, e -> {
                assertThat(e.getSQLState()).isEqualTo("40001");
                assertThat(e.entity()).isSameAs(mine);
                assertThat(e.expectedVersion()).isEqualTo(1L);
                assertThat(e.actualVersion()).isEqualTo(2L);
            }).hasMessageContaining("UPDATE of Account#" + id).hasMessageContaining("expected version 1")
                    .hasMessageContaining("database has version 2");
            // The failed flush rolled back: the object is back to what the session knew, and refresh catches up.
            assertThat(mine.balance).isEqualTo(100);
            first.refresh(mine);
            assertThat(mine.balance).isEqualTo(150);
            assertThat(mine.version).isEqualTo(2L);
            mine.balance -= 30;
            first.commit();
        }
        assertThat(((Number) db(kind).value("SELECT balance FROM account")).longValue()).isEqualTo(120);
        assertThat(((Number) db(kind).value("SELECT version FROM account")).longValue()).isEqualTo(3);
        f.schema().dropAll();
    }

    /** Both transactions open at once (server databases, where readers do not block writers). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "mariadb", "h2"})
    void concurrentTransactions(String kind) throws Exception {
        SessionFactory f = fresh(kind, Account.class);
        Long id = create(f, "bob");
        try (Session first = f.openSession(); Session second = f.openSession()) {
            Account mine = first.get(Account.class, id); // first's transaction stays open
            Account theirs = second.get(Account.class, id);
            theirs.owner = "robert";
            second.commit();
            mine.owner = "bobby";
            assertThatThrownBy(first::flush).isInstanceOf(StaleObjectException.class)
                    .hasMessageContaining("expected version 1, but the database has version 2");
        }
        assertThat(db(kind).value("SELECT owner FROM account")).isEqualTo("robert");
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deletingARowSomeoneElseChanged(String kind) throws Exception {
        SessionFactory f = fresh(kind, Account.class);
        Long id = create(f, "carol");
        try (Session first = f.openSession(); Session second = f.openSession()) {
            Account mine = first.get(Account.class, id);
            first.commit();
            Account theirs = second.get(Account.class, id);
            second.delete(theirs);
            second.commit();
            mine.balance = 0;
            assertThatThrownBy(first::commit).isInstanceOf(StaleObjectException.class)
                    .hasMessageContaining("found no row").hasMessageContaining("deleted it");
        }
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void batchedUpdatesCheckEveryVersion(String kind) throws Exception {
        SessionFactory f = fresh(kind, Account.class);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(create(f, "p" + i));
        }
        try (Session first = f.openSession(); Session second = f.openSession()) {
            List<Account> mine = new ArrayList<>();
            for (Long id : ids) {
                mine.add(first.get(Account.class, id));
            }
            first.commit();
            second.get(Account.class, ids.get(3)).balance = 1;
            second.commit();
            for (Account a : mine) {
                a.balance = 7;
            }
            assertThatThrownBy(first::commit).isInstanceOfSatisfying(StaleObjectException.class,
                    e -> assertThat(e.entity()).isSameAs(mine.get(3)));
        }
        // The whole flush was rolled back: no account got 7.
        assertThat(db(kind).value("SELECT COUNT(*) FROM account WHERE balance = 7").toString()).isEqualTo("0");
        f.schema().dropAll();
    }
}
