package io.retort.orm.model;

import io.retort.orm.annotation.Cascade;
import io.retort.orm.annotation.Entity;
import io.retort.orm.annotation.GeneratedValue;
import io.retort.orm.annotation.Id;
import io.retort.orm.annotation.OneToMany;
import io.retort.orm.annotation.Version;
import java.util.ArrayList;
import java.util.List;

@Entity
public class Author {
    @Id @GeneratedValue public Long id;
    public String name;
    @Version public int version;
    @OneToMany(mappedBy = "author", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}, orderBy = "title")
    public List<Book> books = new ArrayList<>();

    protected Author() {
    }

    public Author(String name) {
        this.name = name;
    }

    public Book write(String title) {
        Book b = new Book(title);
        books.add(b);
        return b;
    }

    @Override
    public String toString() {
        return "Author(" + id + ", " + name + ")";
    }
}
