package io.retort.orm.tutorial;

import static io.retort.orm.Orm.select;

import io.retort.orm.Session;
import io.retort.orm.SessionFactory;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The code of {@code docs/orm-tutorial.md}, step by step (the test checks that every code block of the
 * document appears here verbatim, and runs it on every database).
 */
public final class QuickStart {

    private final PrintStream out;

    public QuickStart(PrintStream out) {
        this.out = out;
    }

    public SessionFactory createTables(DataSource dataSource) throws SQLException {
        // tutorial:create
        SessionFactory factory = SessionFactory.builder(dataSource)
                .entities(User.class, Address.class)
                .build();
        factory.schema().createAll();
        // end
        return factory;
    }

    public void add(SessionFactory factory) throws SQLException {
        // tutorial:add
        try (Session session = factory.openSession()) {
            User spongebob = new User("spongebob", "Spongebob Squarepants",
                    new Address("spongebob@sqlalchemy.org"));
            User sandy = new User("sandy", "Sandy Cheeks",
                    new Address("sandy@sqlalchemy.org"),
                    new Address("sandy@squirrelpower.org"));
            User patrick = new User("patrick", "Patrick Star");
            session.addAll(List.of(spongebob, sandy, patrick));
            session.commit();
        }
        // end
    }

    public void queryAndChange(SessionFactory factory) throws SQLException {
        // tutorial:select
        Session session = factory.openSession();
        for (User user : session.scalars(select(User.class).where(User_.name.in("spongebob", "sandy")))) {
            out.println(user);
        }
        // end

        // tutorial:join
        Address sandyAddress = session.scalars(select(Address.class)
                .join(Address_.user)
                .where(User_.name.eq("sandy"))
                .where(Address_.emailAddress.eq("sandy@sqlalchemy.org"))).one();
        // end

        // tutorial:update
        User patrick = session.scalars(select(User.class).where(User_.name.eq("patrick"))).one();
        patrick.getAddresses().add(new Address("patrickstar@sqlalchemy.org"));
        sandyAddress.setEmailAddress("sandy_cheeks@sqlalchemy.org");
        session.commit();
        // end

        // tutorial:delete
        User sandy = session.get(User.class, 2L);
        sandy.getAddresses().remove(sandyAddress);
        session.flush();
        session.delete(patrick);
        session.commit();
        session.close();
        // end
    }
}
