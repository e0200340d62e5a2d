package io.retort.jmh.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** {@code bench_item} for Hibernate with the key from the identity column: one INSERT per object, never batched. */
@Entity
@Table(name = "bench_item")
public class IdentityItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 60)
    private String name;

    private int qty;

    @Column(precision = 12, scale = 2)
    private BigDecimal price;

    protected IdentityItem() {}

    public IdentityItem(String name, int qty, BigDecimal price) {
        this.name = name;
        this.qty = qty;
        this.price = price;
    }

    public Long getId() {
        return id;
    }

    public int getQty() {
        return qty;
    }
}
