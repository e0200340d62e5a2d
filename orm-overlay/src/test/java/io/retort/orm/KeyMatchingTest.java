package io.retort.orm;

import static io.retort.orm.Orm.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.orm.model.Event;
import io.retort.orm.model.Item;
import io.retort.orm.model.Ticket;
import io.retort.orm.model.Token;
import io.retort.sharding.keygen.SnowflakeKeyGenerator;
import io.retort.sharding.keygen.UuidV7KeyGenerator;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated keys reach the right objects. The database does not promise the order of RETURNING rows,
 * so the tests make it differ from VALUES order: the returned keys are shuffled before matching, and the
 * rows' ordering keys are reversed against their VALUES positions. Each object must then still carry
 * the key of the row holding its own values.
 */
class KeyMatchingTest extends DatabaseTest {

    @AfterEach
    void removeHooks() {
        InsertBatcher.testOrdinals = null;
        InsertBatcher.testReturnedKeys = null;
    }

    private static List<Item> insert(SessionFactory f, int n) throws SQLException {
        List<Item> items = new ArrayList<>();
        try (Session s = f.openSession()) {
            for (int i = 0; i < n; i++) {
                Item it = new Item("item-" + i);
                it.quantity = i;
                items.add(it);
            }
            s.addAll(items);
            s.commit();
        }
        return items;
    }

    /** Each object's key selects the row with its own name. */
    private static void assertEveryKeyMatches(TestDb db, List<Item> items) throws Exception {
        for (Item it : items) {
            assertThat(db.value("SELECT name FROM item WHERE id = " + it.id)).as("row of key %s", it.id).isEqualTo(it.name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void returnedKeysInAnyOrderReachTheirObjects(String kind) throws Exception {
        SessionFactory f = fresh(kind, Item.class);
        List<List<Object>> seen = new ArrayList<>();
        Random random = new Random(42);
        InsertBatcher.testReturnedKeys = keys -> {
            List<Object> before = new ArrayList<>(keys);
            Collections.shuffle(keys, random);
            seen.add(before);
            seen.add(new ArrayList<>(keys));
        };
        List<Item> items = insert(f, 40);
        assertThat(seen).hasSize(2);
        assertThat(seen.get(1)).as("the shuffle changed the order").isNotEqualTo(seen.get(0));
        assertEveryKeyMatches(db(kind), items);
        f.schema().dropAll();
    }

    /**
     * The ordering key decides the insertion order (and so the order of identity values), not the
     * position in VALUES: with the keys reversed, the first object listed is inserted last.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "sqlite", "postgresql"})
    void orderingKeyDecidesWhichRowGetsWhichKey(String kind) throws Exception {
        SessionFactory f = fresh(kind, Item.class);
        InsertBatcher.testOrdinals = (position, rows) -> rows - 1 - position;
        InsertBatcher.testReturnedKeys = keys -> Collections.shuffle(keys, new Random(7));
        List<Item> items = insert(f, 30);
        assertEveryKeyMatches(db(kind), items);
        assertThat(items.get(0).id).as("listed first, ordered last").isGreaterThan(items.get(29).id);
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void snowflakeAndUuidV7KeysAreAssignedBeforeTheInsert(String kind) throws Exception {
        SessionFactory f = fresh(kind, Event.class, Token.class);
        List<Event> events = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        try (Session s = f.openSession()) {
            for (int i = 0; i < 20; i++) {
                events.add(new Event("e" + i));
                tokens.add(new Token("t" + i));
            }
            s.addAll(events);
            s.addAll(tokens);
            s.commit();
        }
        HashSet<Object> keys = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            assertThat(SnowflakeKeyGenerator.workerIdOf(events.get(i).id)).isZero();
            assertThat(tokens.get(i).id.version()).isEqualTo(7);
            assertThat(UuidV7KeyGenerator.timestampOf(tokens.get(i).id)).isPositive();
            keys.add(events.get(i).id);
            keys.add(tokens.get(i).id);
            if (i > 0) {
                assertThat(events.get(i).id).isGreaterThan(events.get(i - 1).id);
            }
        }
        assertThat(keys).hasSize(40);
        try (Session s = f.openSession()) {
            assertThat(s.get(Token.class, tokens.get(3).id).owner).isEqualTo("t3");
            assertThat(s.get(Event.class, events.get(5).id).name).isEqualTo("e5");
        }
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void sequenceKeysComeInBlocks(String kind) throws Exception {
        SessionFactory f = fresh(kind, Ticket.class);
        TestDb db = db(kind);
        List<Ticket> tickets = new ArrayList<>();
        try (Session s = f.openSession()) {
            for (int i = 0; i < 12; i++) {
                tickets.add(new Ticket("t" + i));
            }
            s.addAll(tickets);
            s.commit();
        }
        for (int i = 0; i < 12; i++) {
            assertThat(tickets.get(i).id).isEqualTo(i + 1L);
        }
        // Twelve keys from blocks of five: three sequence calls.
        assertThat(db.log.statements().stream().filter(x -> x.toLowerCase().contains("ticket_seq")).count()).isEqualTo(3);
        assertThat(db.value("SELECT subject FROM ticket WHERE id = 12")).isEqualTo("t11");
        f.schema().dropAll();
    }

    /**
     * A dialect without INSERT ... RETURNING (MySQL's, spoken to the MariaDB server): a JDBC batch with
     * getGeneratedKeys, whose keys come in batch order.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mariadb"})
    void jdbcBatchWithGeneratedKeysWhereThereIsNoReturning(String kind) throws Exception {
        TestDb db = db(kind);
        SessionFactory f = SessionFactory.builder(db.dataSource()).entities(Item.class)
                .dialect(io.retort.dialect.Dialect.of(io.retort.sql.SqlDialect.MYSQL)).build();
        f.schema().dropAll();
        f.schema().createAll();
        db.log.clear();
        List<Item> items = insert(f, 25);
        assertThat(db.log.statements()).noneMatch(x -> x.toUpperCase().contains("RETURNING"));
        assertThat(db.log.starting("INSERT")).as("one executeBatch").hasSize(1);
        assertEveryKeyMatches(db, items);
        f.schema().dropAll();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite"})
    void sequencesAreRefusedWhereTheDatabaseHasNone(String kind) throws Exception {
        SessionFactory f = db(kind).factory(Ticket.class);
        assertThatThrownBy(() -> f.schema().createAll()).isInstanceOf(SQLException.class)
                .hasMessageContaining("SQLite").hasMessageContaining("has no sequences").hasMessageContaining("ticket_seq");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keysTheApplicationAssignsNeedNoReturning(String kind) throws Exception {
        SessionFactory f = fresh(kind, Item.class);
        TestDb db = db(kind);
        try (Session s = f.openSession()) {
            for (long i = 1; i <= 5; i++) {
                Item it = new Item("own-" + i);
                it.id = 100 + i;
                s.add(it);
            }
            s.commit();
        }
        assertThat(db.log.statements()).noneMatch(x -> x.toUpperCase().contains("RETURNING") || x.contains("FINAL TABLE"));
        assertThat(db.value("SELECT name FROM item WHERE id = 103")).isEqualTo("own-3");
        try (Session s = f.openSession()) {
            assertThat(s.scalars(select(Item.class)).all()).hasSize(5);
        }
        f.schema().dropAll();
    }
}
