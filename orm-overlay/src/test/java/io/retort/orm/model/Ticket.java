package io.retort.orm.model;

import io.retort.orm.annotation.Entity;
import io.retort.orm.annotation.GeneratedValue;
import io.retort.orm.annotation.GenerationType;
import io.retort.orm.annotation.Id;

@Entity
public class Ticket {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, sequence = "ticket_seq", allocationSize = 5) public Long id;
    public String subject;

    protected Ticket() {
    }

    public Ticket(String subject) {
        this.subject = subject;
    }
}
