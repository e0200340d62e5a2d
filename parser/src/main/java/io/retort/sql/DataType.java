package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * A data type as written: {@code name} upper case with single spaces for unquoted names
 * ({@code INT}, {@code VARCHAR}, {@code DOUBLE PRECISION}, {@code TIMESTAMP WITH TIME ZONE},
 * {@code PUBLIC.MYTYPE}); a quoted type name keeps its case between double quotes. {@code arguments}
 * are the parenthesised parameters as written ({@code 10}, {@code 2}, {@code MAX}, or {@code 'a'} for
 * ENUM values); {@code attributes} are upper-case trailing words ({@code UNSIGNED}, {@code ZEROFILL},
 * {@code SIGNED}, {@code BINARY}, {@code CHARACTER SET utf8}, {@code ARRAY}); {@code arrayDimensions}
 * counts PostgreSQL's {@code []}.
 *
 * <pre>{@code
 * DataType.of("NUMERIC", 10, 2);          // NUMERIC(10, 2)
 * }</pre>
 */
public record DataType(String name, List<String> arguments, List<String> attributes, int arrayDimensions) {

    public DataType {
        Objects.requireNonNull(name, "name");
        arguments = List.copyOf(arguments);
        attributes = List.copyOf(attributes);
    }

    public static final DataType INTEGER = of("INTEGER");
    public static final DataType INT = of("INT");
    public static final DataType BIGINT = of("BIGINT");
    public static final DataType SMALLINT = of("SMALLINT");
    public static final DataType BOOLEAN = of("BOOLEAN");
    public static final DataType TEXT = of("TEXT");
    public static final DataType DATE = of("DATE");
    public static final DataType TIMESTAMP = of("TIMESTAMP");
    public static final DataType TIMESTAMP_WITH_TIME_ZONE = of("TIMESTAMP WITH TIME ZONE");
    public static final DataType DOUBLE_PRECISION = of("DOUBLE PRECISION");
    public static final DataType UUID = of("UUID");
    public static final DataType JSON = of("JSON");
    public static final DataType JSONB = of("JSONB");

    /** A type without attributes; numeric arguments, e.g. {@code of("VARCHAR", 20)}. */
    public static DataType of(String name, Object... arguments) {
        String[] args = new String[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            args[i] = String.valueOf(arguments[i]);
        }
        return new DataType(name, List.of(args), List.of(), 0);
    }

    public static DataType varchar(int length) {
        return of("VARCHAR", length);
    }

    public static DataType numeric(int precision, int scale) {
        return of("NUMERIC", precision, scale);
    }

    /** This type with one more attribute, e.g. {@code INT.withAttribute("UNSIGNED")}. */
    public DataType withAttribute(String attribute) {
        List<String> list = new java.util.ArrayList<>(attributes);
        list.add(attribute);
        return new DataType(name, arguments, list, arrayDimensions);
    }
}
