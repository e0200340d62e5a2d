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
    private final Statement statement;
    /** What the statement holds that some passes look for: found in one walk, when first asked. */
    private Features features;

    /**
     * Constructs a few passes need, found in the statement as written: a pass whose construct is absent
     * skips its walk over the tree (the passes before them add none).
     */
    record Features(boolean plusOrMinus, boolean arrayComparison, boolean groupByPosition) {
    }

    Translation(Statement statement, SqlDialect sourceFamily, Dialect target, SchemaInfo schema) {
        this.sourceFamily = sourceFamily;
        this.source = Dialect.of(sourceFamily);
        this.target = target;
        this.schema = schema;
        this.types = new TypeInference(statement, schema, sourceFamily);
        this.statement = statement;
    }

    Features features() {
        if (features == null) {
            boolean[] found = new boolean[3];
            statement.walk(n -> {
                switch (n) {
                    case io.retort.sql.BinaryOp b when b.operator() == io.retort.sql.BinaryOperator.PLUS
                            || b.operator() == io.retort.sql.BinaryOperator.MINUS -> found[0] = true;
                    case io.retort.sql.Quantified q when q.right() instanceof io.retort.sql.ArrayConstructor -> found[1] = true;
                    case io.retort.sql.Select s when s.groupBy().stream().anyMatch(e -> e instanceof io.retort.sql.NumberLiteral) ->
                            found[2] = true;
                    default -> {
                    }
                }
            });
            features = new Features(found[0], found[1], found[2]);
        }
        return features;
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
