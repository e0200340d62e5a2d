package io.retort.orm.model;

import io.retort.orm.annotation.Entity;
import io.retort.orm.annotation.GeneratedValue;
import io.retort.orm.annotation.GenerationType;
import io.retort.orm.annotation.Id;

@Entity
public class Event {
    @Id @GeneratedValue(strategy = GenerationType.SNOWFLAKE) public Long id;
    public String name;

    protected Event() {
    }

    public Event(String name) {
        this.name = name;
    }
}
