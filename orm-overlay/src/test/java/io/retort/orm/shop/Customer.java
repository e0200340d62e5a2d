package io.retort.orm.shop;

import io.retort.orm.annotation.Cascade;
import io.retort.orm.annotation.Entity;
import io.retort.orm.annotation.GeneratedValue;
import io.retort.orm.annotation.GenerationType;
import io.retort.orm.annotation.Id;
import io.retort.orm.annotation.OneToMany;
import java.util.ArrayList;
import java.util.List;

/** Sharded by its key. */
@Entity(table = "customers")
public class Customer {
    @Id @GeneratedValue(strategy = GenerationType.SNOWFLAKE) public Long id;
    public String name;
    @OneToMany(mappedBy = "customer", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
    public List<Purchase> purchases = new ArrayList<>();

    protected Customer() {
    }

    public Customer(Long id, String name) {
        this.id = id;
        this.name = name;
    }

    public Purchase buy(String item) {
        Purchase p = new Purchase(item);
        purchases.add(p);
        return p;
    }
}
