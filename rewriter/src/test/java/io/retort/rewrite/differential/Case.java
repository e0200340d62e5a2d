package io.retort.rewrite.differential;

import java.util.Arrays;
import java.util.List;

/**
 * One differential case: the same statement written for PostgreSQL and for MySQL, its parameters, and
 * for DML and DDL a query (written for PostgreSQL) that reads the state it leaves.
 *
 * @param name what the case shows
 * @param kind query, DML or DDL
 * @param postgres the statement in PostgreSQL's dialect
 * @param mysql the statement in MySQL's dialect
 * @param params the values of its parameters, in source order
 * @param after statements (written for PostgreSQL) run after it, before the check: e.g. inserts into a new table
 * @param check a query (written for PostgreSQL) whose result must also be the same everywhere, or null
 * @param drops for DDL, the objects to drop afterwards ({@code TABLE t}, {@code VIEW v})
 * @param countsDiffer true where MySQL's update count means something else (an upsert's updated row
 *     counts 2): then only the resulting state is compared
 */
record Case(String name, Kind kind, String postgres, String mysql, List<Object> params, List<String> after, String check,
        List<String> drops, boolean countsDiffer) {

    enum Kind { QUERY, DML, DDL }

    static Case query(String name, String postgres, String mysql, Object... params) {
        return new Case(name, Kind.QUERY, postgres, mysql, Arrays.asList(params), List.of(), null, List.of(), false);
    }

    /** A query written the same way in both dialects. */
    static Case same(String name, String both, Object... params) {
        return query(name, both, both, params);
    }

    static Case dml(String name, String postgres, String mysql, String check, Object... params) {
        return new Case(name, Kind.DML, postgres, mysql, Arrays.asList(params), List.of(), check, List.of(), false);
    }

    /** DDL creating {@code drops}, then {@code after} (PostgreSQL), then {@code check}. */
    static Case ddl(String name, String postgres, String mysql, List<String> after, String check, String... drops) {
        return new Case(name, Kind.DDL, postgres, mysql, List.of(), after, check, List.of(drops), false);
    }

    /** This case with MySQL's update count not compared (upserts). */
    Case withCountsDiffering() {
        return new Case(name, kind, postgres, mysql, params, after, check, drops, true);
    }

    @Override
    public String toString() {
        return name;
    }
}
