package io.retort.orm;

import static io.retort.orm.Orm.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.events.Listeners;
import io.retort.events.StatementObserver;
import io.retort.orm.model.Account;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ORM events through the events module's listeners. */
class EventsTest extends DatabaseTest {

    static final class Recorder implements OrmObserver {
        final List<String> calls = new ArrayList<>();
        private final int priority;

        Recorder(int priority) {
            this.priority = priority;
        }

        @Override
        public int priority() {
            return priority;
        }

        @Override
        public void beforeFlush(FlushEvent e) {
            calls.add("beforeFlush " + e.inserted() + "/" + e.updated() + "/" + e.deleted());
        }

        @Override
        public void afterFlush(FlushEvent e) {
            calls.add("afterFlush" + (e.error() == null ? "" : " failed"));
        }

        @Override
        public void beforeInsert(EntityEvent e) {
            Account a = (Account) e.entity();
            calls.add("beforeInsert " + a.owner + " id=" + a.id);
            a.balance += 1; // written by this INSERT
        }

        @Override
        public void afterInsert(EntityEvent e) {
            calls.add("afterInsert " + ((Account) e.entity()).owner + " id set=" + (((Account) e.entity()).id != null));
        }

        @Override
        public void beforeUpdate(EntityEvent e) {
            calls.add("beforeUpdate " + ((Account) e.entity()).owner);
        }

        @Override
        public void afterUpdate(EntityEvent e) {
            calls.add("afterUpdate " + ((Account) e.entity()).owner);
        }

        @Override
        public void beforeDelete(EntityEvent e) {
            calls.add("beforeDelete " + e.table());
        }

        @Override
        public void afterDelete(EntityEvent e) {
            calls.add("afterDelete " + e.table());
        }

        @Override
        public void onLoad(EntityEvent e) {
            calls.add("load " + ((Account) e.entity()).owner);
        }
    }

    /** A statement observer in the same Listeners: it receives no ORM event. */
    static final class Other implements StatementObserver {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void eventsArriveInOrder(String kind) throws Exception {
        TestDb db = db(kind);
        Recorder first = new Recorder(10);
        Recorder second = new Recorder(0);
        SessionFactory f = SessionFactory.builder(db.dataSource()).entities(Account.class)
                .listeners(Listeners.of(List.of(second, new Other()))).listen(first).build();
        f.schema().dropAll();
        f.schema().createAll();
        try (Session s = f.openSession()) {
            Account a = new Account("ann", 10);
            s.add(a);
            s.commit();
            a.balance = 20;
            s.commit();
            s.delete(a);
            s.commit();
        }
        assertThat(first.calls).containsExactly("beforeFlush 1/0/0", "beforeInsert ann id=null", "afterInsert ann id set=true",
                "afterFlush", "beforeFlush 0/1/0", "beforeUpdate ann", "afterUpdate ann", "afterFlush",
                "beforeFlush 0/0/1", "beforeDelete account", "afterDelete account", "afterFlush");
        assertThat(second.calls).isEqualTo(first.calls);
        try (Session s = f.openSession()) {
            s.add(new Account("bea", 5));
            s.commit();
        }
        assertThat(((Number) db.value("SELECT balance FROM account")).longValue()).as("each listener's beforeInsert added one").isEqualTo(7);
        try (Session s = f.openSession()) {
            first.calls.clear();
            s.scalars(select(Account.class)).all();
            assertThat(first.calls).containsExactly("load bea");
        }
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2"})
    void aFailingListenerStopsTheFlushAndNamesItself(String kind) throws Exception {
        TestDb db = db(kind);
        OrmObserver failing = new OrmObserver() {
            @Override
            public void beforeInsert(EntityEvent e) {
                throw new IllegalStateException("no inserts today");
            }
        };
        SessionFactory f = SessionFactory.builder(db.dataSource()).entities(Account.class).listen(failing).build();
        f.schema().dropAll();
        f.schema().createAll();
        try (Session s = f.openSession()) {
            s.add(new Account("cid", 1));
            assertThatThrownBy(s::commit).isInstanceOf(SQLException.class).hasMessageContaining("(beforeInsert)")
                    .hasMessageContaining("no inserts today").hasMessageContaining(failing.getClass().getName());
        }
        assertThat(db.count("account")).isZero();
        f.schema().dropAll();
    }
}
