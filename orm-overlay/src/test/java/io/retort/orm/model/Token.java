package io.retort.orm.model;

import io.retort.orm.annotation.Entity;
import io.retort.orm.annotation.GeneratedValue;
import io.retort.orm.annotation.GenerationType;
import io.retort.orm.annotation.Id;
import java.util.UUID;

@Entity
public class Token {
    @Id @GeneratedValue(strategy = GenerationType.UUID_V7) public UUID id;
    public String owner;

    protected Token() {
    }

    public Token(String owner) {
        this.owner = owner;
    }
}
