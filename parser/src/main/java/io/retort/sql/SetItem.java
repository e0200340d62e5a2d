package io.retort.sql;

/** One item of a SET statement. */
public sealed interface SetItem extends Clause permits SetVariable, SetNames, SetTimeZone {
}
