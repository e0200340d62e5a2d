package io.retort.rewrite;

import io.retort.sql.*;

/**
 * Data type names: each type of a CAST, a column definition, an ALTER COLUMN ... TYPE and a typed
 * literal is read in the source dialect ({@link TypeMapping#read}) and spelled for the target
 * ({@link TypeMapping#write}). Types Retort does not classify stay as written.
 */
final class TypeTranslation implements RewritePass {

    @Override
    public Statement apply(Statement statement, Translation t) {
        if (t.withinMySqlFamily()) {
            return statement;
        }
        return statement.transform(n -> switch (n) {
            case Cast c when t.types.isSpelled(c) -> c; // written for the target by a pass
            case Cast c -> {
                DataType mapped = map(c.type(), t, true);
                if (mapped == c.type()) {
                    yield c;
                }
                Cast spelled = new Cast(c.operand(), mapped, c.syntax());
                t.types.spelled(spelled, TypeMapping.read(c.type(), t.sourceFamily, true));
                yield spelled;
            }
            case TypedLiteral l -> {
                String name = l.type().name();
                // DATE/TIME/TIMESTAMP literals are standard; the printer writes them per database.
                if (name.equals("DATE") || name.equals("TIME") || name.equals("TIMESTAMP")) {
                    yield l;
                }
                DataType mapped = map(l.type(), t, true);
                yield mapped == l.type() ? l : new TypedLiteral(mapped, l.value());
            }
            case ColumnDefinition d when d.type() != null -> {
                DataType mapped = map(d.type(), t, false);
                yield mapped == d.type() ? d : new ColumnDefinition(d.name(), mapped, d.constraints());
            }
            case AlterColumn a when a.type() != null -> {
                DataType mapped = map(a.type(), t, false);
                yield mapped == a.type() ? a : new AlterColumn(a.column(), a.kind(), mapped, a.expression());
            }
            default -> n;
        });
    }

    private static DataType map(DataType type, Translation t, boolean inCast) {
        SqlType meaning = TypeMapping.read(type, t.sourceFamily, inCast);
        if (meaning == null) {
            return type;
        }
        DataType mapped = TypeMapping.write(meaning, t.target, inCast);
        return mapped.equals(type) ? type : mapped;
    }
}
