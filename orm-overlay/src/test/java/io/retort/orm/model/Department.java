package io.retort.orm.model;

import io.retort.orm.annotation.Entity;
import io.retort.orm.annotation.GeneratedValue;
import io.retort.orm.annotation.Id;
import io.retort.orm.annotation.ManyToOne;

/** With {@link Employee}: a cycle of foreign keys between two tables. */
@Entity
public class Department {
    @Id @GeneratedValue public Long id;
    public String name;
    @ManyToOne public Employee manager;

    protected Department() {
    }

    public Department(String name) {
        this.name = name;
    }
}
