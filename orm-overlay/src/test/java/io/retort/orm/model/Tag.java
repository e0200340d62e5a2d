package io.retort.orm.model;

import io.retort.orm.annotation.Column;
import io.retort.orm.annotation.Entity;
import io.retort.orm.annotation.GeneratedValue;
import io.retort.orm.annotation.Id;
import io.retort.orm.annotation.ManyToMany;
import java.util.LinkedHashSet;
import java.util.Set;

@Entity
public class Tag {
    @Id @GeneratedValue public Long id;
    @Column(length = 40, nullable = false, unique = true) public String label;
    @ManyToMany(mappedBy = "tags") public Set<Book> books = new LinkedHashSet<>();

    protected Tag() {
    }

    public Tag(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return "Tag(" + label + ")";
    }
}
