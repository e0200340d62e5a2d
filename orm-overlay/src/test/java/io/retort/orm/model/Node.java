package io.retort.orm.model;

import io.retort.orm.Lazy;
import io.retort.orm.annotation.Entity;
import io.retort.orm.annotation.Fetch;
import io.retort.orm.annotation.GeneratedValue;
import io.retort.orm.annotation.Id;
import io.retort.orm.annotation.ManyToOne;
import io.retort.orm.annotation.OneToMany;
import java.util.ArrayList;
import java.util.List;

/** A self-referential tree. */
@Entity
public class Node {
    @Id @GeneratedValue public Long id;
    public String name;
    @ManyToOne(fetch = Fetch.LAZY) public Lazy<Node> parent = Lazy.empty();
    @OneToMany(mappedBy = "parent", orderBy = "name") public List<Node> children = new ArrayList<>();

    protected Node() {
    }

    public Node(String name) {
        this.name = name;
    }

    public Node child(String name) {
        Node n = new Node(name);
        children.add(n);
        return n;
    }

    @Override
    public String toString() {
        return "Node(" + name + ")";
    }
}
