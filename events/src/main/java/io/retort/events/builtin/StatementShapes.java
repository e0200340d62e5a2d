package io.retort.events.builtin;

import io.retort.sql.Comments;
import io.retort.sql.Expression;
import io.retort.sql.InList;
import io.retort.sql.Keyword;
import io.retort.sql.Literal;
import io.retort.sql.Parameter;
import io.retort.sql.Passthrough;
import io.retort.sql.RowValue;
import io.retort.sql.Statement;
import io.retort.sql.Values;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The shape of a statement: what stays when literal values, parameter positions, the length of
 * constant IN lists and VALUES rows, and comments are taken away. {@code WHERE id = 5} and
 * {@code WHERE id = 6} have one shape, as do {@code IN (1, 2)} and {@code IN (1, 2, 3)};
 * {@code WHERE id = ?} has another (a parameter is not a literal). The key is a normalized tree,
 * compared by value. A statement the parser could not read has its text as its shape.
 */
final class StatementShapes {

    /** Stands for any literal. The NUL character keeps it from ever equalling a keyword a parser made. */
    static final Keyword LITERAL = new Keyword("\u0000literal");
    /** Stands for any parameter marker. */
    static final Keyword PARAMETER = new Keyword("\u0000parameter");

    private StatementShapes() {}

    /** The shape key of {@code statement}: equal keys for statements of the same shape. */
    static Object of(Statement statement) {
        if (statement instanceof Passthrough p) {
            return p.sql();
        }
        return statement.transform(n -> switch (n) {
            case Literal l -> LITERAL;
            case Parameter p -> PARAMETER;
            case InList in when allPlaceholders(in.values()) -> in.values().size() == 1 ? in
                    : new InList(in.operand(), List.copyOf(new LinkedHashSet<>(in.values())), in.negated());
            case Values v when v.rows().size() > 1 -> new Values(v.with(), distinctRows(v.rows()), v.orderBy(), v.limit(),
                    Comments.NONE);
            case Statement s when !s.comments().isEmpty() -> s.withComments(Comments.NONE);
            default -> n;
        });
    }

    private static boolean allPlaceholders(List<Expression> values) {
        for (Expression e : values) {
            if (e != LITERAL && e != PARAMETER) {
                return false;
            }
        }
        return true;
    }

    private static List<RowValue> distinctRows(List<RowValue> rows) {
        return new ArrayList<>(new LinkedHashSet<>(rows));
    }
}
