package io.retort.orm.tutorial;

import io.retort.orm.annotation.Entity;
import io.retort.orm.annotation.GeneratedValue;
import io.retort.orm.annotation.Id;
import io.retort.orm.annotation.JoinColumn;
import io.retort.orm.annotation.ManyToOne;

// tutorial:address
@Entity(table = "address")
public class Address {
    @Id @GeneratedValue Long id;
    String emailAddress;
    @ManyToOne @JoinColumn(name = "user_id", nullable = false) User user;

    protected Address() {
    }

    public Address(String emailAddress) {
        this.emailAddress = emailAddress;
    }

    public String getEmailAddress() { return emailAddress; }
    public void setEmailAddress(String emailAddress) { this.emailAddress = emailAddress; }
    public User getUser() { return user; }

    @Override
    public String toString() {
        return "Address(id=" + id + ", emailAddress=" + emailAddress + ")";
    }
}
// end
