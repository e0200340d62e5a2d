package io.retort.events.builtin;

import static io.retort.sql.Sql.column;
import static io.retort.sql.Sql.insertInto;
import static io.retort.sql.Sql.param;
import static io.retort.sql.Sql.select;
import static io.retort.sql.Sql.star;
import static io.retort.sql.Sql.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.retort.sql.Comments;
import io.retort.sql.Passthrough;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import org.junit.jupiter.api.Test;

class StatementShapesTest {

    private static Object shape(Statement s) {
        return StatementShapes.of(s);
    }

    @Test
    void literalsDoNotChangeTheShape() {
        assertThat(shape(select(star()).from(table("t")).where(column("id").eq(5))))
                .isEqualTo(shape(select(star()).from(table("t")).where(column("id").eq("x"))));
    }

    @Test
    void parametersDifferFromLiteralsButNotByPosition() {
        Statement literal = select(star()).from(table("t")).where(column("id").eq(5));
        Statement p1 = select(star()).from(table("t")).where(column("id").eq(param(1)));
        Statement p2 = select(star()).from(table("t")).where(column("id").eq(param(2)));
        assertThat(shape(p1)).isNotEqualTo(shape(literal)).isEqualTo(shape(p2));
    }

    @Test
    void inListLengthsAndValuesRowsCollapse() {
        assertThat(shape(select(star()).from(table("t")).where(column("id").in(1, 2, 3))))
                .isEqualTo(shape(select(star()).from(table("t")).where(column("id").in(7))));
        assertThat(shape(select(star()).from(table("t")).where(column("id").in(param(1), param(2), param(3)))))
                .isEqualTo(shape(select(star()).from(table("t")).where(column("id").in(param(1)))));
        assertThat(shape(insertInto("t").columns("a", "b").values(1, "x").values(2, "y")))
                .isEqualTo(shape(insertInto("t").columns("a", "b").values(3, "z")));
    }

    @Test
    void commentsDoNotChangeTheShape() {
        Statement plain = select(star()).from(table("t"));
        assertThat(shape(plain.withComments(Comments.leading("/* app: checkout */")))).isEqualTo(shape(plain));
    }

    @Test
    void structureDoes() {
        assertThat(shape(select(star()).from(table("t")))).isNotEqualTo(shape(select(star()).from(table("u"))));
        assertThat(shape(select(star()).from(table("t")).where(column("a").eq(1))))
                .isNotEqualTo(shape(select(star()).from(table("t")).where(column("b").eq(1))));
    }

    @Test
    void anUnparsedStatementsShapeIsItsText() {
        assertThat(shape(new Passthrough("VACUUM t", "not supported", SqlDialect.POSTGRESQL, Comments.NONE)))
                .isEqualTo("VACUUM t");
    }
}
