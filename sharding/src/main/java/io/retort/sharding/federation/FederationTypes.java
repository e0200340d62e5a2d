package io.retort.sharding.federation;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;

/**
 * Calcite's types for federated queries, closer to what the databases answer: DECIMAL up to 38
 * digits (Calcite's default is 19); SUM of integers as BIGINT and of BIGINT as DECIMAL, so it does
 * not overflow where the databases do not; AVG of exact numbers as DECIMAL with 16 decimals
 * (PostgreSQL's avg of integers keeps its fraction; Calcite's would be an integer).
 */
public final class FederationTypes extends RelDataTypeSystemImpl {

    /** Read by Calcite through the {@code typeSystem} connection property. */
    public static final FederationTypes INSTANCE = new FederationTypes();

    private static final int MAX_DECIMAL = 38;
    private static final int AVG_SCALE = 16;

    private FederationTypes() {}

    @Override
    public int getMaxPrecision(SqlTypeName type) {
        return type == SqlTypeName.DECIMAL ? MAX_DECIMAL : super.getMaxPrecision(type);
    }

    @Override
    public int getMaxScale(SqlTypeName type) {
        return type == SqlTypeName.DECIMAL ? MAX_DECIMAL : super.getMaxScale(type);
    }

    @Override
    public RelDataType deriveSumType(RelDataTypeFactory factory, RelDataType argument) {
        RelDataType sum = switch (argument.getSqlTypeName()) {
            case TINYINT, SMALLINT, INTEGER -> factory.createSqlType(SqlTypeName.BIGINT);
            case BIGINT -> factory.createSqlType(SqlTypeName.DECIMAL, MAX_DECIMAL, 0);
            case DECIMAL -> factory.createSqlType(SqlTypeName.DECIMAL, MAX_DECIMAL, argument.getScale());
            default -> null;
        };
        return sum == null ? super.deriveSumType(factory, argument)
                : factory.createTypeWithNullability(sum, argument.isNullable());
    }

    @Override
    public RelDataType deriveAvgAggType(RelDataTypeFactory factory, RelDataType argument) {
        if (!SqlTypeUtil.isExactNumeric(argument)) {
            return super.deriveAvgAggType(factory, argument);
        }
        int scale = Math.max(AVG_SCALE, argument.getScale());
        return factory.createTypeWithNullability(factory.createSqlType(SqlTypeName.DECIMAL, MAX_DECIMAL, scale),
                argument.isNullable());
    }
}
