package io.retort.orm;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.jdbc.RetortDataSource;
import io.retort.orm.tutorial.Address;
import io.retort.orm.tutorial.QuickStart;
import io.retort.orm.tutorial.User;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the ORM tutorial ({@code docs/orm-tutorial.md}, SQLAlchemy's ORM Quick Start in Java) on every
 * database, directly and through a Retort DataSource, and checks what it prints and leaves behind.
 */
class TutorialTest extends DatabaseTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void quickStartOnEveryDatabase(String kind) throws Exception {
        TestDb db = db(kind);
        db.factory(User.class, Address.class).schema().dropAll();
        run(db.dataSource(), db);
    }

    @ParameterizedTest(name = "{0} through RetortDataSource")
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void quickStartOverRetortDataSource(String kind) throws Exception {
        TestDb db = db(kind);
        db.factory(User.class, Address.class).schema().dropAll();
        RetortDataSource retort = new RetortDataSource();
        retort.setUrl(db.retortUrl());
        if (db.user() != null) {
            retort.setUser(db.user());
            retort.setPassword(db.password());
        }
        run(retort, db);
    }

    /**
     * Over a Retort connection that needs models (a listener reads them), the ORM hands over the
     * model of each statement it renders, so the driver parses none of them.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void theOrmHandsItsModelsToARetortConnection(String kind) throws Exception {
        TestDb db = db(kind);
        db.factory(User.class, Address.class).schema().dropAll();
        List<String> parsed = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger handed = new java.util.concurrent.atomic.AtomicInteger();
        RetortDataSource retort = new RetortDataSource();
        retort.setUrl(db.retortUrl());
        if (db.user() != null) {
            retort.setUser(db.user());
            retort.setPassword(db.password());
        }
        retort.listen(new io.retort.events.StatementObserver() {
            @Override
            public boolean needsModel() {
                return true;
            }

            @Override
            public void beforeExecute(io.retort.events.StatementEvent event) {
                io.retort.sql.Statement model = event.model(); // parses now unless the model was handed over
                if (model instanceof io.retort.sql.Select || model instanceof io.retort.sql.Insert
                        || model instanceof io.retort.sql.Update || model instanceof io.retort.sql.Delete) {
                    if (event.planInfo().parseNanos() == 0) {
                        handed.incrementAndGet();
                    } else {
                        parsed.add(event.sql());
                    }
                }
            }
        });
        run(retort, db);
        assertThat(handed.get()).as("statements whose model the ORM handed over").isGreaterThan(5);
        assertThat(parsed).as("statements the driver had to parse").isEmpty();
    }

    private static void run(DataSource dataSource, TestDb db) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        QuickStart tutorial = new QuickStart(new PrintStream(printed, true, StandardCharsets.UTF_8));
        SessionFactory factory = tutorial.createTables(dataSource);
        tutorial.add(factory);
        assertThat(db.count("user_account")).isEqualTo(3);
        assertThat(db.count("address")).isEqualTo(3);

        tutorial.queryAndChange(factory);

        assertThat(printed.toString(StandardCharsets.UTF_8).lines().sorted().toList()).containsExactly(
                "User(id=1, name=spongebob, fullname=Spongebob Squarepants)",
                "User(id=2, name=sandy, fullname=Sandy Cheeks)");
        // patrick was deleted with his address (cascade), sandy's first address as an orphan
        try (Session s = factory.openSession()) {
            List<String> users = new ArrayList<>();
            for (User u : s.scalars(Orm.select(User.class).orderBy(io.retort.orm.tutorial.User_.id))) {
                users.add(u.getName() + ":" + u.getAddresses().stream().map(Address::getEmailAddress).sorted().toList());
            }
            assertThat(users).containsExactly("spongebob:[spongebob@sqlalchemy.org]", "sandy:[sandy@squirrelpower.org]");
        }
        assertThat(db.count("address")).isEqualTo(2);
        factory.schema().dropAll();
    }

    /** Every code block of the tutorial document is code the test runs. */
    @Test
    void documentShowsTheCodeThatRuns() throws Exception {
        Path doc = Path.of("..", "docs", "orm-tutorial.md");
        String text = Files.readString(doc);
        StringBuilder sources = new StringBuilder();
        for (String f : List.of("QuickStart.java", "User.java", "Address.java")) {
            sources.append(Files.readString(Path.of("src/test/java/io/retort/orm/tutorial", f))).append('\n');
        }
        String code = normalize(sources.toString());
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(text);
        int blocks = 0;
        while (m.find()) {
            String block = m.group(1);
            if (block.contains("// (not run)")) {
                continue;
            }
            blocks++;
            assertThat(code).as("tutorial block %d must appear verbatim in the tutorial sources:%n%s", blocks, block)
                    .contains(normalize(block));
        }
        assertThat(blocks).isGreaterThanOrEqualTo(6);
    }

    private static String normalize(String s) {
        StringBuilder out = new StringBuilder();
        for (String line : s.lines().toList()) {
            String t = line.strip();
            if (!t.isEmpty()) {
                out.append(t).append('\n');
            }
        }
        return out.toString();
    }
}
