package io.retort.dialect;

import java.util.Locale;

/**
 * What a database does with an unquoted identifier: PostgreSQL folds it to lower case, H2 and Oracle
 * to upper case, MySQL keeps it (and compares table names case-sensitively on Linux), SQLite and SQL
 * Server keep it and compare without case.
 */
public enum IdentifierFolding {
    LOWER, UPPER, PRESERVE_CASE_SENSITIVE, PRESERVE_CASE_INSENSITIVE;

    /** The name an unquoted identifier written as {@code text} really has. */
    public String fold(String text) {
        return switch (this) {
            case LOWER -> text.toLowerCase(Locale.ROOT);
            case UPPER -> text.toUpperCase(Locale.ROOT);
            case PRESERVE_CASE_SENSITIVE, PRESERVE_CASE_INSENSITIVE -> text;
        };
    }
}
