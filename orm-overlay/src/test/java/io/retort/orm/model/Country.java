package io.retort.orm.model;

import io.retort.orm.annotation.Column;
import io.retort.orm.annotation.Entity;
import io.retort.orm.annotation.Id;

/** A record entity changed by explicit replacement. */
@Entity
public record Country(@Id @Column(length = 2) String code, String name, int population) {
}
