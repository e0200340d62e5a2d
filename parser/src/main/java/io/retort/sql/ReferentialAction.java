package io.retort.sql;

/** A foreign key's {@code ON DELETE} / {@code ON UPDATE} action. */
public enum ReferentialAction {
    CASCADE, SET_NULL, SET_DEFAULT, RESTRICT, NO_ACTION
}
