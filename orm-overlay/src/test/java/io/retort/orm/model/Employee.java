package io.retort.orm.model;

import io.retort.orm.annotation.Entity;
import io.retort.orm.annotation.GeneratedValue;
import io.retort.orm.annotation.Id;
import io.retort.orm.annotation.JoinColumn;
import io.retort.orm.annotation.ManyToOne;

@Entity
public class Employee {
    @Id @GeneratedValue public Long id;
    public String name;
    @ManyToOne @JoinColumn(nullable = false) public Department department;

    protected Employee() {
    }

    public Employee(String name, Department department) {
        this.name = name;
        this.department = department;
    }
}
