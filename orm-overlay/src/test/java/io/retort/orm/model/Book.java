package io.retort.orm.model;

import io.retort.orm.annotation.Cascade;
import io.retort.orm.annotation.Entity;
import io.retort.orm.annotation.GeneratedValue;
import io.retort.orm.annotation.Id;
import io.retort.orm.annotation.JoinColumn;
import io.retort.orm.annotation.JoinTable;
import io.retort.orm.annotation.ManyToMany;
import io.retort.orm.annotation.ManyToOne;
import io.retort.orm.annotation.OneToMany;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Entity
public class Book {
    @Id @GeneratedValue public Long id;
    public String title;
    @ManyToOne @JoinColumn(index = true) public Author author;
    @OneToMany(mappedBy = "book", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}, orderBy = "number")
    public List<Chapter> chapters = new ArrayList<>();
    @ManyToMany(joinTable = @JoinTable(name = "book_tag", joinColumn = "book_id", inverseJoinColumn = "tag_id"))
    public Set<Tag> tags = new LinkedHashSet<>();

    protected Book() {
    }

    public Book(String title) {
        this.title = title;
    }

    public Chapter chapter(int number, String title) {
        Chapter c = new Chapter(number, title);
        chapters.add(c);
        return c;
    }

    @Override
    public String toString() {
        return "Book(" + id + ", " + title + ")";
    }
}
