package io.retort.jmh.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * {@code bench_item} for Hibernate with keys from {@code bench_item_seq} ({@code INCREMENT BY 1000}), reserved
 * 1,000 at a time by Hibernate's pooled optimizer, so that the inserts can go out in JDBC batches.
 */
@Entity
@Table(name = "bench_item")
public class SequenceItem {

    /** The sequence's INCREMENT BY and Hibernate's allocation size. */
    public static final int ALLOCATION_SIZE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_item_seq")
    @SequenceGenerator(name = "bench_item_seq", sequenceName = "bench_item_seq", allocationSize = ALLOCATION_SIZE)
    private Long id;

    @Column(length = 60)
    private String name;

    private int qty;

    @Column(precision = 12, scale = 2)
    private BigDecimal price;

    protected SequenceItem() {}

    public SequenceItem(String name, int qty, BigDecimal price) {
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
