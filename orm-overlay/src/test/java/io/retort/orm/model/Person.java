package io.retort.orm.model;

import io.retort.orm.annotation.Entity;
import io.retort.orm.annotation.GeneratedValue;
import io.retort.orm.annotation.Id;
import io.retort.orm.annotation.ManyToOne;

/** Rows that point at each other (a cycle of rows in one table). */
@Entity
public class Person {
    @Id @GeneratedValue public Long id;
    public String name;
    @ManyToOne public Person partner;

    protected Person() {
    }

    public Person(String name) {
        this.name = name;
    }
}
