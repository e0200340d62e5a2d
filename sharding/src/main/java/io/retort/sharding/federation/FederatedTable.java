package io.retort.sharding.federation;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.ProjectableFilterableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * One logical table as Calcite sees it: its columns from the database, its rows from a scan
 * through the driver, with Calcite's projection and (some of) its filters in the scan's SQL.
 */
final class FederatedTable extends AbstractTable implements ProjectableFilterableTable {

    private final List<String> name;
    private final List<TableSource.Column> columns;
    private final List<String> columnNames = new ArrayList<>();
    private final List<SqlTypeName> types = new ArrayList<>();
    private final TableSource source;

    FederatedTable(List<String> name, List<TableSource.Column> columns, TableSource source) {
        this.name = name;
        this.columns = columns;
        this.source = source;
        for (TableSource.Column c : columns) {
            columnNames.add(c.name());
            types.add(CalciteValues.typeName(c.jdbcType()));
        }
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory factory) {
        RelDataTypeFactory.Builder row = factory.builder();
        for (TableSource.Column c : columns) {
            row.add(c.name(), CalciteValues.type(factory, c));
        }
        return row.build();
    }

    @Override
    public Enumerable<Object[]> scan(DataContext context, List<RexNode> filters, int[] projects) {
        int[] wanted = projects != null ? projects : allColumns();
        List<String> names = new ArrayList<>(wanted.length);
        SqlTypeName[] wantedTypes = new SqlTypeName[wanted.length];
        for (int i = 0; i < wanted.length; i++) {
            names.add(columnNames.get(wanted[i]));
            wantedTypes[i] = types.get(wanted[i]);
        }
        // Filters stay in the list: Calcite checks them all again after the scan.
        List<TableSource.Condition> conditions = Pushdown.conditions(filters, columnNames, types, context);
        return new AbstractEnumerable<>() {
            @Override
            public Enumerator<Object[]> enumerator() {
                return new ScanEnumerator(names, wantedTypes, conditions);
            }
        };
    }

    private int[] allColumns() {
        int[] all = new int[columns.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
    }

    /** Runs the scan on first move and converts each row to Calcite's values; SQL errors surface as {@link ScanFailure}. */
    private final class ScanEnumerator implements Enumerator<Object[]> {
        private final List<String> names;
        private final SqlTypeName[] wantedTypes;
        private final List<TableSource.Condition> conditions;
        private TableSource.Rows rows;
        private Object[] current;

        ScanEnumerator(List<String> names, SqlTypeName[] wantedTypes, List<TableSource.Condition> conditions) {
            this.names = names;
            this.wantedTypes = wantedTypes;
            this.conditions = conditions;
        }

        @Override
        public Object[] current() {
            return current;
        }

        @Override
        public boolean moveNext() {
            try {
                if (rows == null) {
                    rows = source.scan(name, names, conditions);
                }
                Object[] row = rows.next();
                if (row == null) {
                    current = null;
                    return false;
                }
                for (int i = 0; i < row.length; i++) {
                    row[i] = CalciteValues.internal(row[i], wantedTypes[i]);
                }
                current = row;
                return true;
            } catch (SQLException e) {
                throw new ScanFailure(e);
            }
        }

        @Override
        public void reset() {
            close();
        }

        @Override
        public void close() {
            if (rows != null) {
                try {
                    rows.close();
                } catch (SQLException e) {
                    throw new ScanFailure(e);
                } finally {
                    rows = null;
                }
            }
        }
    }

    /** A scan's SQLException on its way through Calcite, unwrapped again by {@link Federation}. */
    static final class ScanFailure extends RuntimeException {
        ScanFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        SQLException sqlException() {
            return (SQLException) getCause();
        }
    }
}
