package io.retort.orm.shop;

import io.retort.orm.annotation.Entity;
import io.retort.orm.annotation.GeneratedValue;
import io.retort.orm.annotation.Id;

/** Not sharded: lives on the default data source. */
@Entity(table = "regions")
public class Region {
    @Id @GeneratedValue public Long id;
    public String name;

    protected Region() {
    }

    public Region(String name) {
        this.name = name;
    }
}
