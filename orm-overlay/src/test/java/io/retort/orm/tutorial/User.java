package io.retort.orm.tutorial;

import io.retort.orm.annotation.Cascade;
import io.retort.orm.annotation.Column;
import io.retort.orm.annotation.Entity;
import io.retort.orm.annotation.GeneratedValue;
import io.retort.orm.annotation.Id;
import io.retort.orm.annotation.OneToMany;
import java.util.ArrayList;
import java.util.List;

// tutorial:user
@Entity(table = "user_account")
public class User {
    @Id @GeneratedValue Long id;
    @Column(length = 30, nullable = false) String name;
    String fullname;
    @OneToMany(mappedBy = "user", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
    List<Address> addresses = new ArrayList<>();

    protected User() {
    }

    public User(String name, String fullname, Address... addresses) {
        this.name = name;
        this.fullname = fullname;
        this.addresses.addAll(List.of(addresses));
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public List<Address> getAddresses() { return addresses; }

    @Override
    public String toString() {
        return "User(id=" + id + ", name=" + name + ", fullname=" + fullname + ")";
    }
}
// end
