package io.retort.orm.metamodel;

import java.util.Objects;

/**
 * A column set to a value in an ORM-enabled bulk INSERT or UPDATE; the compiler checks that the value
 * fits the column.
 *
 * <pre>{@code
 * session.execute(Orm.update(User.class).set(User_.fullname.set("Sandy Cheeks")).where(User_.name.eq("sandy")));
 * }</pre>
 */
public record Assignment<E>(ColumnAttribute<E, ?> column, Object value) {

    public Assignment {
        Objects.requireNonNull(column, "column");
    }
}
