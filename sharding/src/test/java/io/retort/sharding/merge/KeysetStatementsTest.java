package io.retort.sharding.merge;

import static io.retort.sharding.merge.Plans.col;
import static io.retort.sharding.merge.Plans.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.parser.SqlParser;
import io.retort.sharding.route.RouteUnit;
import io.retort.sql.SqlDialect;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The keyset conditions against H2's own ORDER BY: for every row of a table whose sort keys have
 * duplicates and NULLs, "before the row" must count exactly the rows H2 sorts before it, and "at or
 * after" the rest, in every combination of directions and NULL placements.
 */
class KeysetStatementsTest {

    private static H2Shards db;
    private static H2UnitExecutor executor;

    @BeforeAll
    static void load() throws SQLException {
        db = new H2Shards(1);
        db.everywhere("CREATE TABLE k (a INT, b VARCHAR(3), id INT PRIMARY KEY)");
        Random r = new Random(9);
        List<Object[]> rows = new ArrayList<>();
        for (int id = 0; id < 60; id++) {
            rows.add(new Object[] {r.nextInt(4) == 0 ? null : r.nextInt(4), r.nextInt(4) == 0 ? null : "b" + r.nextInt(3), id});
        }
        db.insert("k", rows, row -> 0);
        executor = new H2UnitExecutor(db, List.of());
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    /** bits: a DESC, a NULLS FIRST, b DESC, b NULLS FIRST, id DESC. */
    @ParameterizedTest(name = "order variant {0}")
    @ValueSource(ints = {0, 1, 2, 3, 5, 10, 13, 15, 16, 21, 26, 31})
    void conditionsSplitTheRowsWhereTheDatabaseSortsThem(int bits) throws Exception {
        boolean aDesc = (bits & 1) != 0;
        boolean aFirst = (bits & 2) != 0;
        boolean bDesc = (bits & 4) != 0;
        boolean bFirst = (bits & 8) != 0;
        boolean idDesc = (bits & 16) != 0;
        String orderBy = "a" + (aDesc ? " DESC" : " ASC") + (aFirst ? " NULLS FIRST" : " NULLS LAST") + ", b"
                + (bDesc ? " DESC" : " ASC") + (bFirst ? " NULLS FIRST" : " NULLS LAST") + ", id" + (idDesc ? " DESC" : "");
        List<SortKey> order = List.of(key(col(1), aDesc, aFirst), key(col(2), bDesc, bFirst), key(col(3), idDesc, idDesc));
        String sql = "SELECT a, b, id FROM k ORDER BY " + orderBy;
        KeysetStatements statements = KeysetStatements.of(new RouteUnit("ds0", SqlParser.parse(sql, SqlDialect.H2), List.of()),
                order);
        List<List<Object>> sorted = db.oracle(sql);
        for (int position = 0; position < sorted.size(); position++) {
            Object[] tuple = {sorted.get(position).get(0), sorted.get(position).get(1), sorted.get(position).get(2)};
            tuple[0] = tuple[0] == null ? null : ((Number) tuple[0]).intValue();
            tuple[2] = ((Number) tuple[2]).intValue();
            long before;
            try (ResultSet rs = executor.query(List.of(statements.countBefore(null, List.<Object[]>of(tuple)))).get(0)) {
                rs.next();
                before = rs.getLong(1);
            }
            assertThat(before).as("rows before %s under ORDER BY %s", java.util.Arrays.toString(tuple), orderBy)
                    .isEqualTo(position);
            try (ResultSet rs = executor.query(List.of(statements.page(tuple, -1))).get(0)) {
                List<List<Object>> rest = H2Shards.rows(rs);
                assertThat(rest).as("rows from %s on", java.util.Arrays.toString(tuple))
                        .isEqualTo(sorted.subList(position, sorted.size()));
            }
        }
    }

    @Test
    void theGeneratedSql() throws Exception {
        String sql = "SELECT a AS x, b, id FROM k WHERE id > ? ORDER BY x DESC NULLS LAST, 3 FETCH FIRST 50 ROWS ONLY";
        KeysetStatements s = KeysetStatements.of(new RouteUnit("ds0", SqlParser.parse(sql, SqlDialect.H2), List.of()),
                List.of(key(col(1), true, false), key(col(3), false, true)));
        RouteUnit sample = s.sample(new Object[] {3, 7}, 100);
        assertThat(TestSqlWriter.render(sample.statement()).sql()).isEqualTo("SELECT a AS retort_k1, id AS retort_k2 FROM k"
                + " WHERE ((id > ?) AND (((a <= ?) OR (a IS NULL)) AND (((a < ?) OR (a IS NULL)) OR ((a = ?) AND (id >= ?)))))"
                + " ORDER BY a DESC NULLS LAST, id OFFSET 100 ROWS FETCH FIRST 1 ROWS ONLY");
        assertThat(sample.extraParameters()).containsEntry("retort_keyset_b1", 3).containsEntry("retort_keyset_b2", 7);
        assertThat(TestSqlWriter.render(sample.statement()).parameters()).extracting(p -> p.name())
                .containsExactly(null, "retort_keyset_b1", "retort_keyset_b1", "retort_keyset_b1", "retort_keyset_b2");
        // a NULL in the bound compares by NULL placement alone (NULLS LAST: only NULLs follow it)
        RouteUnit page = s.page(new Object[] {null, 7}, 20);
        assertThat(TestSqlWriter.render(page.statement()).sql()).isEqualTo("SELECT a AS x, b, id FROM k"
                + " WHERE ((id > ?) AND ((a IS NULL) AND ((a IS NULL) AND (id >= ?))))"
                + " ORDER BY x DESC NULLS LAST, 3 FETCH FIRST 20 ROWS ONLY");
        RouteUnit count = s.countBefore(new Object[] {5, 1}, List.<Object[]>of(new Object[] {2, 0}));
        assertThat(TestSqlWriter.render(count.statement()).sql()).startsWith("SELECT SUM((CASE WHEN").contains("AS retort_n1")
                .doesNotContain("ORDER BY").doesNotContain("FETCH");
        assertThat(count.extraParameters()).containsKeys("retort_keyset_b1", "retort_keyset_b2", "retort_keyset_c1_1",
                "retort_keyset_c1_2");
    }

    @Test
    void statementsThatCannotBeNarrowed() {
        List<SortKey> one = List.of(key(col(1), false, true));
        for (String sql : List.of("SELECT DISTINCT a FROM k ORDER BY a", "SELECT a, COUNT(*) FROM k GROUP BY a ORDER BY a",
                "SELECT a FROM k ORDER BY a FOR UPDATE", "SELECT a, ROW_NUMBER() OVER (ORDER BY b) AS rn FROM k ORDER BY rn",
                "SELECT a FROM k ORDER BY a, b", "SELECT a FROM k UNION ALL SELECT a FROM k ORDER BY 1")) {
            assertThatThrownBy(() -> KeysetStatements.of(new RouteUnit("ds0", SqlParser.parse(sql, SqlDialect.H2), List.of()), one))
                    .as(sql).isInstanceOf(KeysetStatements.NotNarrowable.class);
        }
    }
}
