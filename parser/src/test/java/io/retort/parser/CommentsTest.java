package io.retort.parser;

import static io.retort.sql.Sql.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.retort.sql.Comments;
import io.retort.sql.Insert;
import io.retort.sql.Passthrough;
import io.retort.sql.Select;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import io.retort.sql.Subquery;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comments and optimizer hints are kept in their slots, never dropped. */
class CommentsTest {

    @Test
    void leadingHintsAndInnerComments() {
        Statement s = SqlParser.parse("/* retort: shard=ds1 */ -- why\nSELECT /*+ BKA(t1) */ a /* inline */ FROM t -- end",
                SqlDialect.MYSQL);
        assertThat(s.comments()).isEqualTo(new Comments(List.of("/* retort: shard=ds1 */", "-- why"),
                List.of("/*+ BKA(t1) */"), List.of("/* inline */", "-- end")));
        // apart from comments, the tree is the plain query
        assertThat(s.withComments(Comments.NONE)).isEqualTo(select(column("a")).from(table("t")));
    }

    @Test
    void hintsOnSubqueriesStayThere() {
        Select s = (Select) SqlParser.parse("SELECT (SELECT /*+ NO_INDEX(u) */ max(x) FROM u) FROM t", SqlDialect.MYSQL);
        Select inner = (Select) ((Subquery) s.items().get(0).expression()).query();
        assertThat(inner.comments().hints()).containsExactly("/*+ NO_INDEX(u) */");
        assertThat(s.comments().isEmpty()).isTrue();
    }

    @Test
    void dmlHints() {
        Insert i = (Insert) SqlParser.parse("INSERT /*+ SET_VAR(foreign_key_checks=OFF) */ INTO t VALUES (1)", SqlDialect.MYSQL);
        assertThat(i.comments().hints()).containsExactly("/*+ SET_VAR(foreign_key_checks=OFF) */");
    }

    @Test
    void postgresNestedCommentsAndHashComments() {
        Statement pg = SqlParser.parse("/* outer /* inner */ still */ SELECT 1", SqlDialect.POSTGRESQL);
        assertThat(pg.comments().leading()).containsExactly("/* outer /* inner */ still */");
        Statement my = SqlParser.parse("# hash comment\nSELECT 1", SqlDialect.MYSQL);
        assertThat(my.comments().leading()).containsExactly("# hash comment");
    }

    @Test
    void mysqlExecutableCommentsAreCode() {
        Statement s = SqlParser.parse("SELECT /*!40001 SQL_NO_CACHE */ a FROM t", SqlDialect.MYSQL);
        assertThat(((Select) s).modifiers()).containsExactly("SQL_NO_CACHE");
        // elsewhere it is just a comment
        Statement pg = SqlParser.parse("SELECT /*!40001 x */ a FROM t", SqlDialect.POSTGRESQL);
        assertThat(pg.comments().inner()).containsExactly("/*!40001 x */");
    }

    @Test
    void mysqlDoubleDashNeedsASpace() {
        assertThat(SqlParser.parse("SELECT 1--1", SqlDialect.MYSQL)).isEqualTo(select(number(1).minus(number("-1"))));
        assertThat(SqlParser.parse("SELECT 1 -- 1", SqlDialect.MYSQL).comments().inner()).containsExactly("-- 1");
    }

    @Test
    void passthroughKeepsLeadingComments() {
        Statement s = SqlParser.parse("/* retort: shard=ds2 */ VACUUM FULL", SqlDialect.POSTGRESQL);
        assertThat(s).isInstanceOf(Passthrough.class);
        assertThat(s.comments().leading()).containsExactly("/* retort: shard=ds2 */");
    }
}
