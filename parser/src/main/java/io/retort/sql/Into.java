package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * {@code SELECT ... INTO}: MySQL variables or a file ({@code OUTFILE 'f'} with its options), or PostgreSQL's {@code
 * INTO [TEMP|UNLOGGED] [TABLE] t}; {@code tableKind} is e.g. TEMPORARY.
 */
public record Into(IntoKind kind, List<Expression> variables, Name table, String tableKind, Expression file,
        List<Option> fileOptions) implements Clause {

    public Into {
        Objects.requireNonNull(kind, "kind");
        variables = List.copyOf(variables);
        fileOptions = List.copyOf(fileOptions);
    }
}
