package io.retort.orm.model;

import io.retort.orm.annotation.Column;
import io.retort.orm.annotation.Entity;
import io.retort.orm.annotation.Id;

/** A read-only record entity. */
@Entity(readOnly = true)
public record Currency(@Id @Column(length = 3) String code, String name) {
}
