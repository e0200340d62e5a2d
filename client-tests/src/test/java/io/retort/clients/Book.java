package io.retort.clients;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A plain JPA entity for the Hibernate test. Its id comes from a sequence (a table on SQLite):
 * Hibernate's community SQLite dialect declares IDENTITY ids as {@code bigint}, which SQLite does
 * not treat as its rowid, so they stay NULL there, with or without Retort.
 */
@Entity
@Table(name = "book")
public class Book {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    private int pages;

    protected Book() {}

    Book(String title, int pages) {
        this.title = title;
        this.pages = pages;
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    int getPages() {
        return pages;
    }

    void setPages(int pages) {
        this.pages = pages;
    }
}
