package io.retort.rewrite;

import java.util.Objects;

/**
 * Options of a translation: what is known about the schema, and how parameters are rendered.
 *
 * <pre>{@code
 * TranslationOptions options = TranslationOptions.DEFAULT.withSchema(JdbcSchemaInfo.of(connection));
 * }</pre>
 *
 * @param schema what is known about the tables (column types, nullability, unique keys)
 * @param jdbcParameters true (the default) to render every parameter as {@code ?}; false to keep
 *     {@code $1} and {@code :name} as written (for display)
 */
public record TranslationOptions(SchemaInfo schema, boolean jdbcParameters) {

    /** No schema information; JDBC parameters. */
    public static final TranslationOptions DEFAULT = new TranslationOptions(SchemaInfo.NONE, true);

    public TranslationOptions {
        Objects.requireNonNull(schema, "schema");
    }

    /** Options with schema information. */
    public static TranslationOptions of(SchemaInfo schema) {
        return new TranslationOptions(schema, true);
    }

    public TranslationOptions withSchema(SchemaInfo schema) {
        return new TranslationOptions(schema, jdbcParameters);
    }

    public TranslationOptions withJdbcParameters(boolean jdbc) {
        return new TranslationOptions(schema, jdbc);
    }
}
