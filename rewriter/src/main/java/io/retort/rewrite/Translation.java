package io.retort.rewrite;

import io.retort.dialect.Capability;
import io.retort.dialect.Dialect;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;

/**
 * The context of one translation, shared by the passes: the source dialect (what the statement
 * means), the target (what it must be written as), and type information.
 */
final class Translation {

    final SqlDialect sourceFamily;
    /** The source as a dialect: its semantic traits ({@link Capability#INTEGER_DIVISION}, ...). */
    final Dialect source;
    final Dialect target;
    final SchemaInfo schema;
    final TypeInference types;

    Translation(Statement statement, SqlDialect sourceFamily, Dialect target, SchemaInfo schema) {
        this.sourceFamily = sourceFamily;
        this.source = Dialect.of(sourceFamily);
        this.target = target;
        this.schema = schema;
        this.types = new TypeInference(statement, schema, sourceFamily);
    }

    boolean source(Capability c) {
        return source.supports(c);
    }

    boolean target(Capability c) {
        return target.supports(c);
    }

    SqlDialect targetFamily() {
        return target.family();
    }

    boolean targetIs(SqlDialect d) {
        return target.family() == d;
    }

    boolean targetIsMySql() {
        return target.family().isMySqlFamily();
    }

    /** MySQL to MariaDB or back: the same SQL, apart from a few features. */
    boolean withinMySqlFamily() {
        return sourceFamily.isMySqlFamily() && target.family().isMySqlFamily();
    }

    boolean sourceIsMySql() {
        return sourceFamily.isMySqlFamily();
    }
}
