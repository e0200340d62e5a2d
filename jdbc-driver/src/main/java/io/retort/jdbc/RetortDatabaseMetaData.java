package io.retort.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.RowIdLifetime;
import java.sql.SQLException;

/**
 * Database metadata through Retort: the real database's answers (product name, version,
 * capabilities, catalogs), except that {@code getConnection()} returns the Retort connection and
 * {@code getURL()} the URL the application connected with. Result sets come back wrapped.
 */
public final class RetortDatabaseMetaData implements DatabaseMetaData {

    final DatabaseMetaData real;
    private final RetortConnection connection;

    RetortDatabaseMetaData(RetortConnection connection, DatabaseMetaData real) {
        this.connection = connection;
        this.real = real;
    }

    private ResultSet results(ResultSet rs) {
        return rs == null ? null : new RetortResultSet(rs, connection, null);
    }

    @Override
    public Connection getConnection() {
        return connection;
    }

    /** The {@code jdbc:retort:} URL the application connected with, as it gave it. */
    @Override
    public String getURL() {
        return connection.retortUrl();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        if (iface.isInstance(real)) {
            return iface.cast(real);
        }
        return real.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || iface.isInstance(real) || real.isWrapperFor(iface);
    }

    // Plain delegation.
    @Override public boolean allProceduresAreCallable() throws SQLException { return real.allProceduresAreCallable(); }
    @Override public boolean allTablesAreSelectable() throws SQLException { return real.allTablesAreSelectable(); }
    @Override public String getUserName() throws SQLException { return real.getUserName(); }
    @Override public boolean isReadOnly() throws SQLException { return real.isReadOnly(); }
    @Override public boolean nullsAreSortedHigh() throws SQLException { return real.nullsAreSortedHigh(); }
    @Override public boolean nullsAreSortedLow() throws SQLException { return real.nullsAreSortedLow(); }
    @Override public boolean nullsAreSortedAtStart() throws SQLException { return real.nullsAreSortedAtStart(); }
    @Override public boolean nullsAreSortedAtEnd() throws SQLException { return real.nullsAreSortedAtEnd(); }
    @Override public String getDatabaseProductName() throws SQLException { return real.getDatabaseProductName(); }
    @Override public String getDatabaseProductVersion() throws SQLException { return real.getDatabaseProductVersion(); }
    @Override public String getDriverName() throws SQLException { return real.getDriverName(); }
    @Override public String getDriverVersion() throws SQLException { return real.getDriverVersion(); }
    @Override public int getDriverMajorVersion() { return real.getDriverMajorVersion(); }
    @Override public int getDriverMinorVersion() { return real.getDriverMinorVersion(); }
    @Override public boolean usesLocalFiles() throws SQLException { return real.usesLocalFiles(); }
    @Override public boolean usesLocalFilePerTable() throws SQLException { return real.usesLocalFilePerTable(); }
    @Override public boolean supportsMixedCaseIdentifiers() throws SQLException { return real.supportsMixedCaseIdentifiers(); }
    @Override public boolean storesUpperCaseIdentifiers() throws SQLException { return real.storesUpperCaseIdentifiers(); }
    @Override public boolean storesLowerCaseIdentifiers() throws SQLException { return real.storesLowerCaseIdentifiers(); }
    @Override public boolean storesMixedCaseIdentifiers() throws SQLException { return real.storesMixedCaseIdentifiers(); }
    @Override public boolean supportsMixedCaseQuotedIdentifiers() throws SQLException { return real.supportsMixedCaseQuotedIdentifiers(); }
    @Override public boolean storesUpperCaseQuotedIdentifiers() throws SQLException { return real.storesUpperCaseQuotedIdentifiers(); }
    @Override public boolean storesLowerCaseQuotedIdentifiers() throws SQLException { return real.storesLowerCaseQuotedIdentifiers(); }
    @Override public boolean storesMixedCaseQuotedIdentifiers() throws SQLException { return real.storesMixedCaseQuotedIdentifiers(); }
    @Override public String getIdentifierQuoteString() throws SQLException { return real.getIdentifierQuoteString(); }
    @Override public String getSQLKeywords() throws SQLException { return real.getSQLKeywords(); }
    @Override public String getNumericFunctions() throws SQLException { return real.getNumericFunctions(); }
    @Override public String getStringFunctions() throws SQLException { return real.getStringFunctions(); }
    @Override public String getSystemFunctions() throws SQLException { return real.getSystemFunctions(); }
    @Override public String getTimeDateFunctions() throws SQLException { return real.getTimeDateFunctions(); }
    @Override public String getSearchStringEscape() throws SQLException { return real.getSearchStringEscape(); }
    @Override public String getExtraNameCharacters() throws SQLException { return real.getExtraNameCharacters(); }
    @Override public boolean supportsAlterTableWithAddColumn() throws SQLException { return real.supportsAlterTableWithAddColumn(); }
    @Override public boolean supportsAlterTableWithDropColumn() throws SQLException { return real.supportsAlterTableWithDropColumn(); }
    @Override public boolean supportsColumnAliasing() throws SQLException { return real.supportsColumnAliasing(); }
    @Override public boolean nullPlusNonNullIsNull() throws SQLException { return real.nullPlusNonNullIsNull(); }
    @Override public boolean supportsConvert() throws SQLException { return real.supportsConvert(); }
    @Override public boolean supportsConvert(int fromType, int toType) throws SQLException {
        return real.supportsConvert(fromType, toType);
    }
    @Override public boolean supportsTableCorrelationNames() throws SQLException { return real.supportsTableCorrelationNames(); }
    @Override public boolean supportsDifferentTableCorrelationNames() throws SQLException {
        return real.supportsDifferentTableCorrelationNames();
    }
    @Override public boolean supportsExpressionsInOrderBy() throws SQLException { return real.supportsExpressionsInOrderBy(); }
    @Override public boolean supportsOrderByUnrelated() throws SQLException { return real.supportsOrderByUnrelated(); }
    @Override public boolean supportsGroupBy() throws SQLException { return real.supportsGroupBy(); }
    @Override public boolean supportsGroupByUnrelated() throws SQLException { return real.supportsGroupByUnrelated(); }
    @Override public boolean supportsGroupByBeyondSelect() throws SQLException { return real.supportsGroupByBeyondSelect(); }
    @Override public boolean supportsLikeEscapeClause() throws SQLException { return real.supportsLikeEscapeClause(); }
    @Override public boolean supportsMultipleResultSets() throws SQLException { return real.supportsMultipleResultSets(); }
    @Override public boolean supportsMultipleTransactions() throws SQLException { return real.supportsMultipleTransactions(); }
    @Override public boolean supportsNonNullableColumns() throws SQLException { return real.supportsNonNullableColumns(); }
    @Override public boolean supportsMinimumSQLGrammar() throws SQLException { return real.supportsMinimumSQLGrammar(); }
    @Override public boolean supportsCoreSQLGrammar() throws SQLException { return real.supportsCoreSQLGrammar(); }
    @Override public boolean supportsExtendedSQLGrammar() throws SQLException { return real.supportsExtendedSQLGrammar(); }
    @Override public boolean supportsANSI92EntryLevelSQL() throws SQLException { return real.supportsANSI92EntryLevelSQL(); }
    @Override public boolean supportsANSI92IntermediateSQL() throws SQLException { return real.supportsANSI92IntermediateSQL(); }
    @Override public boolean supportsANSI92FullSQL() throws SQLException { return real.supportsANSI92FullSQL(); }
    @Override public boolean supportsIntegrityEnhancementFacility() throws SQLException {
        return real.supportsIntegrityEnhancementFacility();
    }
    @Override public boolean supportsOuterJoins() throws SQLException { return real.supportsOuterJoins(); }
    @Override public boolean supportsFullOuterJoins() throws SQLException { return real.supportsFullOuterJoins(); }
    @Override public boolean supportsLimitedOuterJoins() throws SQLException { return real.supportsLimitedOuterJoins(); }
    @Override public String getSchemaTerm() throws SQLException { return real.getSchemaTerm(); }
    @Override public String getProcedureTerm() throws SQLException { return real.getProcedureTerm(); }
    @Override public String getCatalogTerm() throws SQLException { return real.getCatalogTerm(); }
    @Override public boolean isCatalogAtStart() throws SQLException { return real.isCatalogAtStart(); }
    @Override public String getCatalogSeparator() throws SQLException { return real.getCatalogSeparator(); }
    @Override public boolean supportsSchemasInDataManipulation() throws SQLException { return real.supportsSchemasInDataManipulation(); }
    @Override public boolean supportsSchemasInProcedureCalls() throws SQLException { return real.supportsSchemasInProcedureCalls(); }
    @Override public boolean supportsSchemasInTableDefinitions() throws SQLException { return real.supportsSchemasInTableDefinitions(); }
    @Override public boolean supportsSchemasInIndexDefinitions() throws SQLException { return real.supportsSchemasInIndexDefinitions(); }
    @Override public boolean supportsSchemasInPrivilegeDefinitions() throws SQLException {
        return real.supportsSchemasInPrivilegeDefinitions();
    }
    @Override public boolean supportsCatalogsInDataManipulation() throws SQLException { return real.supportsCatalogsInDataManipulation(); }
    @Override public boolean supportsCatalogsInProcedureCalls() throws SQLException { return real.supportsCatalogsInProcedureCalls(); }
    @Override public boolean supportsCatalogsInTableDefinitions() throws SQLException { return real.supportsCatalogsInTableDefinitions(); }
    @Override public boolean supportsCatalogsInIndexDefinitions() throws SQLException { return real.supportsCatalogsInIndexDefinitions(); }
    @Override public boolean supportsCatalogsInPrivilegeDefinitions() throws SQLException {
        return real.supportsCatalogsInPrivilegeDefinitions();
    }
    @Override public boolean supportsPositionedDelete() throws SQLException { return real.supportsPositionedDelete(); }
    @Override public boolean supportsPositionedUpdate() throws SQLException { return real.supportsPositionedUpdate(); }
    @Override public boolean supportsSelectForUpdate() throws SQLException { return real.supportsSelectForUpdate(); }
    @Override public boolean supportsStoredProcedures() throws SQLException { return real.supportsStoredProcedures(); }
    @Override public boolean supportsSubqueriesInComparisons() throws SQLException { return real.supportsSubqueriesInComparisons(); }
    @Override public boolean supportsSubqueriesInExists() throws SQLException { return real.supportsSubqueriesInExists(); }
    @Override public boolean supportsSubqueriesInIns() throws SQLException { return real.supportsSubqueriesInIns(); }
    @Override public boolean supportsSubqueriesInQuantifieds() throws SQLException { return real.supportsSubqueriesInQuantifieds(); }
    @Override public boolean supportsCorrelatedSubqueries() throws SQLException { return real.supportsCorrelatedSubqueries(); }
    @Override public boolean supportsUnion() throws SQLException { return real.supportsUnion(); }
    @Override public boolean supportsUnionAll() throws SQLException { return real.supportsUnionAll(); }
    @Override public boolean supportsOpenCursorsAcrossCommit() throws SQLException { return real.supportsOpenCursorsAcrossCommit(); }
    @Override public boolean supportsOpenCursorsAcrossRollback() throws SQLException { return real.supportsOpenCursorsAcrossRollback(); }
    @Override public boolean supportsOpenStatementsAcrossCommit() throws SQLException { return real.supportsOpenStatementsAcrossCommit(); }
    @Override public boolean supportsOpenStatementsAcrossRollback() throws SQLException {
        return real.supportsOpenStatementsAcrossRollback();
    }
    @Override public int getMaxBinaryLiteralLength() throws SQLException { return real.getMaxBinaryLiteralLength(); }
    @Override public int getMaxCharLiteralLength() throws SQLException { return real.getMaxCharLiteralLength(); }
    @Override public int getMaxColumnNameLength() throws SQLException { return real.getMaxColumnNameLength(); }
    @Override public int getMaxColumnsInGroupBy() throws SQLException { return real.getMaxColumnsInGroupBy(); }
    @Override public int getMaxColumnsInIndex() throws SQLException { return real.getMaxColumnsInIndex(); }
    @Override public int getMaxColumnsInOrderBy() throws SQLException { return real.getMaxColumnsInOrderBy(); }
    @Override public int getMaxColumnsInSelect() throws SQLException { return real.getMaxColumnsInSelect(); }
    @Override public int getMaxColumnsInTable() throws SQLException { return real.getMaxColumnsInTable(); }
    @Override public int getMaxConnections() throws SQLException { return real.getMaxConnections(); }
    @Override public int getMaxCursorNameLength() throws SQLException { return real.getMaxCursorNameLength(); }
    @Override public int getMaxIndexLength() throws SQLException { return real.getMaxIndexLength(); }
    @Override public int getMaxSchemaNameLength() throws SQLException { return real.getMaxSchemaNameLength(); }
    @Override public int getMaxProcedureNameLength() throws SQLException { return real.getMaxProcedureNameLength(); }
    @Override public int getMaxCatalogNameLength() throws SQLException { return real.getMaxCatalogNameLength(); }
    @Override public int getMaxRowSize() throws SQLException { return real.getMaxRowSize(); }
    @Override public boolean doesMaxRowSizeIncludeBlobs() throws SQLException { return real.doesMaxRowSizeIncludeBlobs(); }
    @Override public int getMaxStatementLength() throws SQLException { return real.getMaxStatementLength(); }
    @Override public int getMaxStatements() throws SQLException { return real.getMaxStatements(); }
    @Override public int getMaxTableNameLength() throws SQLException { return real.getMaxTableNameLength(); }
    @Override public int getMaxTablesInSelect() throws SQLException { return real.getMaxTablesInSelect(); }
    @Override public int getMaxUserNameLength() throws SQLException { return real.getMaxUserNameLength(); }
    @Override public int getDefaultTransactionIsolation() throws SQLException { return real.getDefaultTransactionIsolation(); }
    @Override public boolean supportsTransactions() throws SQLException { return real.supportsTransactions(); }
    @Override public boolean supportsTransactionIsolationLevel(int level) throws SQLException {
        return real.supportsTransactionIsolationLevel(level);
    }
    @Override public boolean supportsDataDefinitionAndDataManipulationTransactions() throws SQLException {
        return real.supportsDataDefinitionAndDataManipulationTransactions();
    }
    @Override public boolean supportsDataManipulationTransactionsOnly() throws SQLException {
        return real.supportsDataManipulationTransactionsOnly();
    }
    @Override public boolean dataDefinitionCausesTransactionCommit() throws SQLException {
        return real.dataDefinitionCausesTransactionCommit();
    }
    @Override public boolean dataDefinitionIgnoredInTransactions() throws SQLException {
        return real.dataDefinitionIgnoredInTransactions();
    }
    @Override public ResultSet getProcedures(String catalog, String schemaPattern, String procedureNamePattern) throws SQLException {
        return results(real.getProcedures(catalog, schemaPattern, procedureNamePattern));
    }
    @Override public ResultSet getProcedureColumns(String catalog, String schemaPattern, String procedureNamePattern,
            String columnNamePattern) throws SQLException {
        return results(real.getProcedureColumns(catalog, schemaPattern, procedureNamePattern, columnNamePattern));
    }
    @Override public ResultSet getTables(String catalog, String schemaPattern, String tableNamePattern,
            String[] types) throws SQLException {
        return results(real.getTables(catalog, schemaPattern, tableNamePattern, types));
    }
    @Override public ResultSet getSchemas() throws SQLException { return results(real.getSchemas()); }
    @Override public ResultSet getCatalogs() throws SQLException { return results(real.getCatalogs()); }
    @Override public ResultSet getTableTypes() throws SQLException { return results(real.getTableTypes()); }
    @Override public ResultSet getColumns(String catalog, String schemaPattern, String tableNamePattern,
            String columnNamePattern) throws SQLException {
        return results(real.getColumns(catalog, schemaPattern, tableNamePattern, columnNamePattern));
    }
    @Override public ResultSet getColumnPrivileges(String catalog, String schema, String table,
            String columnNamePattern) throws SQLException {
        return results(real.getColumnPrivileges(catalog, schema, table, columnNamePattern));
    }
    @Override public ResultSet getTablePrivileges(String catalog, String schemaPattern, String tableNamePattern) throws SQLException {
        return results(real.getTablePrivileges(catalog, schemaPattern, tableNamePattern));
    }
    @Override public ResultSet getBestRowIdentifier(String catalog, String schema, String table, int scope,
            boolean nullable) throws SQLException {
        return results(real.getBestRowIdentifier(catalog, schema, table, scope, nullable));
    }
    @Override public ResultSet getVersionColumns(String catalog, String schema, String table) throws SQLException {
        return results(real.getVersionColumns(catalog, schema, table));
    }
    @Override public ResultSet getPrimaryKeys(String catalog, String schema, String table) throws SQLException {
        return results(real.getPrimaryKeys(catalog, schema, table));
    }
    @Override public ResultSet getImportedKeys(String catalog, String schema, String table) throws SQLException {
        return results(real.getImportedKeys(catalog, schema, table));
    }
    @Override public ResultSet getExportedKeys(String catalog, String schema, String table) throws SQLException {
        return results(real.getExportedKeys(catalog, schema, table));
    }
    @Override public ResultSet getCrossReference(String parentCatalog, String parentSchema, String parentTable,
            String foreignCatalog, String foreignSchema, String foreignTable) throws SQLException {
        return results(real.getCrossReference(parentCatalog, parentSchema, parentTable, foreignCatalog, foreignSchema, foreignTable));
    }
    @Override public ResultSet getTypeInfo() throws SQLException { return results(real.getTypeInfo()); }
    @Override public ResultSet getIndexInfo(String catalog, String schema, String table, boolean unique,
            boolean approximate) throws SQLException {
        return results(real.getIndexInfo(catalog, schema, table, unique, approximate));
    }
    @Override public boolean supportsResultSetType(int type) throws SQLException { return real.supportsResultSetType(type); }
    @Override public boolean supportsResultSetConcurrency(int type, int concurrency) throws SQLException {
        return real.supportsResultSetConcurrency(type, concurrency);
    }
    @Override public boolean ownUpdatesAreVisible(int type) throws SQLException { return real.ownUpdatesAreVisible(type); }
    @Override public boolean ownDeletesAreVisible(int type) throws SQLException { return real.ownDeletesAreVisible(type); }
    @Override public boolean ownInsertsAreVisible(int type) throws SQLException { return real.ownInsertsAreVisible(type); }
    @Override public boolean othersUpdatesAreVisible(int type) throws SQLException { return real.othersUpdatesAreVisible(type); }
    @Override public boolean othersDeletesAreVisible(int type) throws SQLException { return real.othersDeletesAreVisible(type); }
    @Override public boolean othersInsertsAreVisible(int type) throws SQLException { return real.othersInsertsAreVisible(type); }
    @Override public boolean updatesAreDetected(int type) throws SQLException { return real.updatesAreDetected(type); }
    @Override public boolean deletesAreDetected(int type) throws SQLException { return real.deletesAreDetected(type); }
    @Override public boolean insertsAreDetected(int type) throws SQLException { return real.insertsAreDetected(type); }
    @Override public boolean supportsBatchUpdates() throws SQLException { return real.supportsBatchUpdates(); }
    @Override public ResultSet getUDTs(String catalog, String schemaPattern, String typeNamePattern, int[] types) throws SQLException {
        return results(real.getUDTs(catalog, schemaPattern, typeNamePattern, types));
    }
    @Override public boolean supportsSavepoints() throws SQLException { return real.supportsSavepoints(); }
    @Override public boolean supportsNamedParameters() throws SQLException { return real.supportsNamedParameters(); }
    @Override public boolean supportsMultipleOpenResults() throws SQLException { return real.supportsMultipleOpenResults(); }
    @Override public boolean supportsGetGeneratedKeys() throws SQLException { return real.supportsGetGeneratedKeys(); }
    @Override public ResultSet getSuperTypes(String catalog, String schemaPattern, String typeNamePattern) throws SQLException {
        return results(real.getSuperTypes(catalog, schemaPattern, typeNamePattern));
    }
    @Override public ResultSet getSuperTables(String catalog, String schemaPattern, String tableNamePattern) throws SQLException {
        return results(real.getSuperTables(catalog, schemaPattern, tableNamePattern));
    }
    @Override public ResultSet getAttributes(String catalog, String schemaPattern, String typeNamePattern,
            String attributeNamePattern) throws SQLException {
        return results(real.getAttributes(catalog, schemaPattern, typeNamePattern, attributeNamePattern));
    }
    @Override public boolean supportsResultSetHoldability(int holdability) throws SQLException {
        return real.supportsResultSetHoldability(holdability);
    }
    @Override public int getResultSetHoldability() throws SQLException { return real.getResultSetHoldability(); }
    @Override public int getDatabaseMajorVersion() throws SQLException { return real.getDatabaseMajorVersion(); }
    @Override public int getDatabaseMinorVersion() throws SQLException { return real.getDatabaseMinorVersion(); }
    @Override public int getJDBCMajorVersion() throws SQLException { return real.getJDBCMajorVersion(); }
    @Override public int getJDBCMinorVersion() throws SQLException { return real.getJDBCMinorVersion(); }
    @Override public int getSQLStateType() throws SQLException { return real.getSQLStateType(); }
    @Override public boolean locatorsUpdateCopy() throws SQLException { return real.locatorsUpdateCopy(); }
    @Override public boolean supportsStatementPooling() throws SQLException { return real.supportsStatementPooling(); }
    @Override public RowIdLifetime getRowIdLifetime() throws SQLException { return real.getRowIdLifetime(); }
    @Override public ResultSet getSchemas(String catalog, String schemaPattern) throws SQLException {
        return results(real.getSchemas(catalog, schemaPattern));
    }
    @Override public boolean supportsStoredFunctionsUsingCallSyntax() throws SQLException {
        return real.supportsStoredFunctionsUsingCallSyntax();
    }
    @Override public boolean autoCommitFailureClosesAllResultSets() throws SQLException {
        return real.autoCommitFailureClosesAllResultSets();
    }
    @Override public ResultSet getClientInfoProperties() throws SQLException { return results(real.getClientInfoProperties()); }
    @Override public ResultSet getFunctions(String catalog, String schemaPattern, String functionNamePattern) throws SQLException {
        return results(real.getFunctions(catalog, schemaPattern, functionNamePattern));
    }
    @Override public ResultSet getFunctionColumns(String catalog, String schemaPattern, String functionNamePattern,
            String columnNamePattern) throws SQLException {
        return results(real.getFunctionColumns(catalog, schemaPattern, functionNamePattern, columnNamePattern));
    }
    @Override public ResultSet getPseudoColumns(String catalog, String schemaPattern, String tableNamePattern,
            String columnNamePattern) throws SQLException {
        return results(real.getPseudoColumns(catalog, schemaPattern, tableNamePattern, columnNamePattern));
    }
    @Override public boolean generatedKeyAlwaysReturned() throws SQLException { return real.generatedKeyAlwaysReturned(); }
    @Override public long getMaxLogicalLobSize() throws SQLException { return real.getMaxLogicalLobSize(); }
    @Override public boolean supportsRefCursors() throws SQLException { return real.supportsRefCursors(); }
    @Override public boolean supportsSharding() throws SQLException { return real.supportsSharding(); }

    @Override
    public String toString() {
        return "RetortDatabaseMetaData[" + connection.maskedUrl() + "]";
    }
}
