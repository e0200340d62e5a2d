package io.retort.orm.shop;

import io.retort.orm.annotation.Entity;
import io.retort.orm.annotation.GeneratedValue;
import io.retort.orm.annotation.GenerationType;
import io.retort.orm.annotation.Id;
import io.retort.orm.annotation.JoinColumn;
import io.retort.orm.annotation.ManyToOne;

/** Bound to customers: sharded by customer_id, beside its customer. */
@Entity(table = "purchases")
public class Purchase {
    @Id @GeneratedValue(strategy = GenerationType.SNOWFLAKE) public Long id;
    public String item;
    @ManyToOne @JoinColumn(name = "customer_id", nullable = false) public Customer customer;

    protected Purchase() {
    }

    public Purchase(String item) {
        this.item = item;
    }
}
