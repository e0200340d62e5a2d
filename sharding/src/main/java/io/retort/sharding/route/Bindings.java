package io.retort.sharding.route;

import java.sql.SQLException;
import java.util.List;

/** The application's parameter values for one execution, 1-based like JDBC. */
final class Bindings {
    static final Bindings NONE = new Bindings(List.of());

    private final List<?> values;

    Bindings(List<?> values) {
        this.values = values;
    }

    Object get(int index) throws SQLException {
        if (index < 1 || index > values.size()) {
            throw RouteErrors.missingParameter(index, values.size());
        }
        return values.get(index - 1);
    }
}
