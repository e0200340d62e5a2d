package io.retort.orm.model;

import io.retort.orm.annotation.Entity;
import io.retort.orm.annotation.GeneratedValue;
import io.retort.orm.annotation.Id;
import io.retort.orm.annotation.JoinColumn;
import io.retort.orm.annotation.ManyToOne;

@Entity
public class Chapter {
    @Id @GeneratedValue public Long id;
    public int number;
    public String title;
    @ManyToOne @JoinColumn(nullable = false) public Book book;

    protected Chapter() {
    }

    public Chapter(int number, String title) {
        this.number = number;
        this.title = title;
    }

    @Override
    public String toString() {
        return "Chapter(" + number + ", " + title + ")";
    }
}
