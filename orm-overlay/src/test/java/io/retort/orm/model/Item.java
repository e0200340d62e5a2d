package io.retort.orm.model;

import io.retort.orm.annotation.Column;
import io.retort.orm.annotation.Entity;
import io.retort.orm.annotation.GeneratedValue;
import io.retort.orm.annotation.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** One column of every supported type. */
@Entity
public class Item {
    public enum Status { NEW, SHIPPED }

    @Id @GeneratedValue public Long id;
    @Column(nullable = false, index = true) public String name;
    @Column(precision = 12, scale = 2) public BigDecimal price;
    public LocalDate added;
    public LocalDateTime updated;
    public Instant seen;
    public boolean active;
    public Integer quantity;
    public Double weight;
    public Status status;
    public byte[] data;
    public UUID reference;
    @Column(type = "TEXT") public String notes;

    public Item() {
    }

    public Item(String name) {
        this.name = name;
    }
}
