package io.retort.testkit.stub;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.RowIdLifetime;
import java.sql.SQLException;
import java.util.List;

/**
 * Metadata of a {@link StubConnection}: records every call; {@code getURL()} is the URL the driver
 * was given, {@code getConnection()} the stub connection, and result sets come from an internal
 * statement (as in real drivers), never from one the application created.
 */
public final class StubDatabaseMetaData implements DatabaseMetaData {

    private final StubConnection connection;
    private final StubStatement internal;
    private final CallLog log = new CallLog();

    StubDatabaseMetaData(StubConnection connection) {
        this.connection = connection;
        this.internal = new StubStatement(connection);
    }

    public CallLog log() {
        return log;
    }

    /** The internal statement behind the metadata result sets. */
    public StubStatement internalStatement() {
        return internal;
    }

    private ResultSet results() {
        return new StubResultSet(internal, List.of("c1"), List.of());
    }

    @Override public Connection getConnection() throws SQLException { log.record("getConnection"); return connection; }
    @Override public String getURL() throws SQLException { log.record("getURL"); return connection.url(); }
    @Override public String getDatabaseProductName() throws SQLException { log.record("getDatabaseProductName"); return "StubDB"; }

    @Override public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("StubDatabaseMetaData is not a wrapper for " + iface.getName());
    }
    @Override public boolean isWrapperFor(Class<?> iface) { return iface.isInstance(this); }

    // Plain recording methods.
    @Override public boolean allProceduresAreCallable() throws SQLException { log.record("allProceduresAreCallable"); return false; }
    @Override public boolean allTablesAreSelectable() throws SQLException { log.record("allTablesAreSelectable"); return false; }
    @Override public String getUserName() throws SQLException { log.record("getUserName"); return "getUserName"; }
    @Override public boolean isReadOnly() throws SQLException { log.record("isReadOnly"); return false; }
    @Override public boolean nullsAreSortedHigh() throws SQLException { log.record("nullsAreSortedHigh"); return false; }
    @Override public boolean nullsAreSortedLow() throws SQLException { log.record("nullsAreSortedLow"); return false; }
    @Override public boolean nullsAreSortedAtStart() throws SQLException { log.record("nullsAreSortedAtStart"); return false; }
    @Override public boolean nullsAreSortedAtEnd() throws SQLException { log.record("nullsAreSortedAtEnd"); return false; }
    @Override public String getDatabaseProductVersion() throws SQLException {
        log.record("getDatabaseProductVersion");
        return "getDatabaseProductVersion";
    }
    @Override public String getDriverName() throws SQLException { log.record("getDriverName"); return "getDriverName"; }
    @Override public String getDriverVersion() throws SQLException { log.record("getDriverVersion"); return "getDriverVersion"; }
    @Override public int getDriverMajorVersion() { log.note("getDriverMajorVersion"); return 0; }
    @Override public int getDriverMinorVersion() { log.note("getDriverMinorVersion"); return 0; }
    @Override public boolean usesLocalFiles() throws SQLException { log.record("usesLocalFiles"); return false; }
    @Override public boolean usesLocalFilePerTable() throws SQLException { log.record("usesLocalFilePerTable"); return false; }
    @Override public boolean supportsMixedCaseIdentifiers() throws SQLException {
        log.record("supportsMixedCaseIdentifiers");
        return false;
    }
    @Override public boolean storesUpperCaseIdentifiers() throws SQLException { log.record("storesUpperCaseIdentifiers"); return false; }
    @Override public boolean storesLowerCaseIdentifiers() throws SQLException { log.record("storesLowerCaseIdentifiers"); return false; }
    @Override public boolean storesMixedCaseIdentifiers() throws SQLException { log.record("storesMixedCaseIdentifiers"); return false; }
    @Override public boolean supportsMixedCaseQuotedIdentifiers() throws SQLException {
        log.record("supportsMixedCaseQuotedIdentifiers");
        return false;
    }
    @Override public boolean storesUpperCaseQuotedIdentifiers() throws SQLException {
        log.record("storesUpperCaseQuotedIdentifiers");
        return false;
    }
    @Override public boolean storesLowerCaseQuotedIdentifiers() throws SQLException {
        log.record("storesLowerCaseQuotedIdentifiers");
        return false;
    }
    @Override public boolean storesMixedCaseQuotedIdentifiers() throws SQLException {
        log.record("storesMixedCaseQuotedIdentifiers");
        return false;
    }
    @Override public String getIdentifierQuoteString() throws SQLException {
        log.record("getIdentifierQuoteString");
        return "getIdentifierQuoteString";
    }
    @Override public String getSQLKeywords() throws SQLException { log.record("getSQLKeywords"); return "getSQLKeywords"; }
    @Override public String getNumericFunctions() throws SQLException { log.record("getNumericFunctions"); return "getNumericFunctions"; }
    @Override public String getStringFunctions() throws SQLException { log.record("getStringFunctions"); return "getStringFunctions"; }
    @Override public String getSystemFunctions() throws SQLException { log.record("getSystemFunctions"); return "getSystemFunctions"; }
    @Override public String getTimeDateFunctions() throws SQLException {
        log.record("getTimeDateFunctions");
        return "getTimeDateFunctions";
    }
    @Override public String getSearchStringEscape() throws SQLException {
        log.record("getSearchStringEscape");
        return "getSearchStringEscape";
    }
    @Override public String getExtraNameCharacters() throws SQLException {
        log.record("getExtraNameCharacters");
        return "getExtraNameCharacters";
    }
    @Override public boolean supportsAlterTableWithAddColumn() throws SQLException {
        log.record("supportsAlterTableWithAddColumn");
        return false;
    }
    @Override public boolean supportsAlterTableWithDropColumn() throws SQLException {
        log.record("supportsAlterTableWithDropColumn");
        return false;
    }
    @Override public boolean supportsColumnAliasing() throws SQLException { log.record("supportsColumnAliasing"); return false; }
    @Override public boolean nullPlusNonNullIsNull() throws SQLException { log.record("nullPlusNonNullIsNull"); return false; }
    @Override public boolean supportsConvert() throws SQLException { log.record("supportsConvert"); return false; }
    @Override public boolean supportsConvert(int fromType, int toType) throws SQLException {
        log.record("supportsConvert", fromType, toType);
        return false;
    }
    @Override public boolean supportsTableCorrelationNames() throws SQLException {
        log.record("supportsTableCorrelationNames");
        return false;
    }
    @Override public boolean supportsDifferentTableCorrelationNames() throws SQLException {
        log.record("supportsDifferentTableCorrelationNames");
        return false;
    }
    @Override public boolean supportsExpressionsInOrderBy() throws SQLException {
        log.record("supportsExpressionsInOrderBy");
        return false;
    }
    @Override public boolean supportsOrderByUnrelated() throws SQLException { log.record("supportsOrderByUnrelated"); return false; }
    @Override public boolean supportsGroupBy() throws SQLException { log.record("supportsGroupBy"); return false; }
    @Override public boolean supportsGroupByUnrelated() throws SQLException { log.record("supportsGroupByUnrelated"); return false; }
    @Override public boolean supportsGroupByBeyondSelect() throws SQLException { log.record("supportsGroupByBeyondSelect"); return false; }
    @Override public boolean supportsLikeEscapeClause() throws SQLException { log.record("supportsLikeEscapeClause"); return false; }
    @Override public boolean supportsMultipleResultSets() throws SQLException { log.record("supportsMultipleResultSets"); return false; }
    @Override public boolean supportsMultipleTransactions() throws SQLException {
        log.record("supportsMultipleTransactions");
        return false;
    }
    @Override public boolean supportsNonNullableColumns() throws SQLException { log.record("supportsNonNullableColumns"); return false; }
    @Override public boolean supportsMinimumSQLGrammar() throws SQLException { log.record("supportsMinimumSQLGrammar"); return false; }
    @Override public boolean supportsCoreSQLGrammar() throws SQLException { log.record("supportsCoreSQLGrammar"); return false; }
    @Override public boolean supportsExtendedSQLGrammar() throws SQLException { log.record("supportsExtendedSQLGrammar"); return false; }
    @Override public boolean supportsANSI92EntryLevelSQL() throws SQLException { log.record("supportsANSI92EntryLevelSQL"); return false; }
    @Override public boolean supportsANSI92IntermediateSQL() throws SQLException {
        log.record("supportsANSI92IntermediateSQL");
        return false;
    }
    @Override public boolean supportsANSI92FullSQL() throws SQLException { log.record("supportsANSI92FullSQL"); return false; }
    @Override public boolean supportsIntegrityEnhancementFacility() throws SQLException {
        log.record("supportsIntegrityEnhancementFacility");
        return false;
    }
    @Override public boolean supportsOuterJoins() throws SQLException { log.record("supportsOuterJoins"); return false; }
    @Override public boolean supportsFullOuterJoins() throws SQLException { log.record("supportsFullOuterJoins"); return false; }
    @Override public boolean supportsLimitedOuterJoins() throws SQLException { log.record("supportsLimitedOuterJoins"); return false; }
    @Override public String getSchemaTerm() throws SQLException { log.record("getSchemaTerm"); return "getSchemaTerm"; }
    @Override public String getProcedureTerm() throws SQLException { log.record("getProcedureTerm"); return "getProcedureTerm"; }
    @Override public String getCatalogTerm() throws SQLException { log.record("getCatalogTerm"); return "getCatalogTerm"; }
    @Override public boolean isCatalogAtStart() throws SQLException { log.record("isCatalogAtStart"); return false; }
    @Override public String getCatalogSeparator() throws SQLException { log.record("getCatalogSeparator"); return "getCatalogSeparator"; }
    @Override public boolean supportsSchemasInDataManipulation() throws SQLException {
        log.record("supportsSchemasInDataManipulation");
        return false;
    }
    @Override public boolean supportsSchemasInProcedureCalls() throws SQLException {
        log.record("supportsSchemasInProcedureCalls");
        return false;
    }
    @Override public boolean supportsSchemasInTableDefinitions() throws SQLException {
        log.record("supportsSchemasInTableDefinitions");
        return false;
    }
    @Override public boolean supportsSchemasInIndexDefinitions() throws SQLException {
        log.record("supportsSchemasInIndexDefinitions");
        return false;
    }
    @Override public boolean supportsSchemasInPrivilegeDefinitions() throws SQLException {
        log.record("supportsSchemasInPrivilegeDefinitions");
        return false;
    }
    @Override public boolean supportsCatalogsInDataManipulation() throws SQLException {
        log.record("supportsCatalogsInDataManipulation");
        return false;
    }
    @Override public boolean supportsCatalogsInProcedureCalls() throws SQLException {
        log.record("supportsCatalogsInProcedureCalls");
        return false;
    }
    @Override public boolean supportsCatalogsInTableDefinitions() throws SQLException {
        log.record("supportsCatalogsInTableDefinitions");
        return false;
    }
    @Override public boolean supportsCatalogsInIndexDefinitions() throws SQLException {
        log.record("supportsCatalogsInIndexDefinitions");
        return false;
    }
    @Override public boolean supportsCatalogsInPrivilegeDefinitions() throws SQLException {
        log.record("supportsCatalogsInPrivilegeDefinitions");
        return false;
    }
    @Override public boolean supportsPositionedDelete() throws SQLException { log.record("supportsPositionedDelete"); return false; }
    @Override public boolean supportsPositionedUpdate() throws SQLException { log.record("supportsPositionedUpdate"); return false; }
    @Override public boolean supportsSelectForUpdate() throws SQLException { log.record("supportsSelectForUpdate"); return false; }
    @Override public boolean supportsStoredProcedures() throws SQLException { log.record("supportsStoredProcedures"); return false; }
    @Override public boolean supportsSubqueriesInComparisons() throws SQLException {
        log.record("supportsSubqueriesInComparisons");
        return false;
    }
    @Override public boolean supportsSubqueriesInExists() throws SQLException { log.record("supportsSubqueriesInExists"); return false; }
    @Override public boolean supportsSubqueriesInIns() throws SQLException { log.record("supportsSubqueriesInIns"); return false; }
    @Override public boolean supportsSubqueriesInQuantifieds() throws SQLException {
        log.record("supportsSubqueriesInQuantifieds");
        return false;
    }
    @Override public boolean supportsCorrelatedSubqueries() throws SQLException {
        log.record("supportsCorrelatedSubqueries");
        return false;
    }
    @Override public boolean supportsUnion() throws SQLException { log.record("supportsUnion"); return false; }
    @Override public boolean supportsUnionAll() throws SQLException { log.record("supportsUnionAll"); return false; }
    @Override public boolean supportsOpenCursorsAcrossCommit() throws SQLException {
        log.record("supportsOpenCursorsAcrossCommit");
        return false;
    }
    @Override public boolean supportsOpenCursorsAcrossRollback() throws SQLException {
        log.record("supportsOpenCursorsAcrossRollback");
        return false;
    }
    @Override public boolean supportsOpenStatementsAcrossCommit() throws SQLException {
        log.record("supportsOpenStatementsAcrossCommit");
        return false;
    }
    @Override public boolean supportsOpenStatementsAcrossRollback() throws SQLException {
        log.record("supportsOpenStatementsAcrossRollback");
        return false;
    }
    @Override public int getMaxBinaryLiteralLength() throws SQLException { log.record("getMaxBinaryLiteralLength"); return 0; }
    @Override public int getMaxCharLiteralLength() throws SQLException { log.record("getMaxCharLiteralLength"); return 0; }
    @Override public int getMaxColumnNameLength() throws SQLException { log.record("getMaxColumnNameLength"); return 0; }
    @Override public int getMaxColumnsInGroupBy() throws SQLException { log.record("getMaxColumnsInGroupBy"); return 0; }
    @Override public int getMaxColumnsInIndex() throws SQLException { log.record("getMaxColumnsInIndex"); return 0; }
    @Override public int getMaxColumnsInOrderBy() throws SQLException { log.record("getMaxColumnsInOrderBy"); return 0; }
    @Override public int getMaxColumnsInSelect() throws SQLException { log.record("getMaxColumnsInSelect"); return 0; }
    @Override public int getMaxColumnsInTable() throws SQLException { log.record("getMaxColumnsInTable"); return 0; }
    @Override public int getMaxConnections() throws SQLException { log.record("getMaxConnections"); return 0; }
    @Override public int getMaxCursorNameLength() throws SQLException { log.record("getMaxCursorNameLength"); return 0; }
    @Override public int getMaxIndexLength() throws SQLException { log.record("getMaxIndexLength"); return 0; }
    @Override public int getMaxSchemaNameLength() throws SQLException { log.record("getMaxSchemaNameLength"); return 0; }
    @Override public int getMaxProcedureNameLength() throws SQLException { log.record("getMaxProcedureNameLength"); return 0; }
    @Override public int getMaxCatalogNameLength() throws SQLException { log.record("getMaxCatalogNameLength"); return 0; }
    @Override public int getMaxRowSize() throws SQLException { log.record("getMaxRowSize"); return 0; }
    @Override public boolean doesMaxRowSizeIncludeBlobs() throws SQLException { log.record("doesMaxRowSizeIncludeBlobs"); return false; }
    @Override public int getMaxStatementLength() throws SQLException { log.record("getMaxStatementLength"); return 0; }
    @Override public int getMaxStatements() throws SQLException { log.record("getMaxStatements"); return 0; }
    @Override public int getMaxTableNameLength() throws SQLException { log.record("getMaxTableNameLength"); return 0; }
    @Override public int getMaxTablesInSelect() throws SQLException { log.record("getMaxTablesInSelect"); return 0; }
    @Override public int getMaxUserNameLength() throws SQLException { log.record("getMaxUserNameLength"); return 0; }
    @Override public int getDefaultTransactionIsolation() throws SQLException { log.record("getDefaultTransactionIsolation"); return 0; }
    @Override public boolean supportsTransactions() throws SQLException { log.record("supportsTransactions"); return false; }
    @Override public boolean supportsTransactionIsolationLevel(int level) throws SQLException {
        log.record("supportsTransactionIsolationLevel", level);
        return false;
    }
    @Override public boolean supportsDataDefinitionAndDataManipulationTransactions() throws SQLException {
        log.record("supportsDataDefinitionAndDataManipulationTransactions");
        return false;
    }
    @Override public boolean supportsDataManipulationTransactionsOnly() throws SQLException {
        log.record("supportsDataManipulationTransactionsOnly");
        return false;
    }
    @Override public boolean dataDefinitionCausesTransactionCommit() throws SQLException {
        log.record("dataDefinitionCausesTransactionCommit");
        return false;
    }
    @Override public boolean dataDefinitionIgnoredInTransactions() throws SQLException {
        log.record("dataDefinitionIgnoredInTransactions");
        return false;
    }
    @Override public ResultSet getProcedures(String catalog, String schemaPattern, String procedureNamePattern) throws SQLException {
        log.record("getProcedures", catalog, schemaPattern, procedureNamePattern);
        return results();
    }
    @Override public ResultSet getProcedureColumns(String catalog, String schemaPattern, String procedureNamePattern,
            String columnNamePattern) throws SQLException {
        log.record("getProcedureColumns", catalog, schemaPattern, procedureNamePattern, columnNamePattern);
        return results();
    }
    @Override public ResultSet getTables(String catalog, String schemaPattern, String tableNamePattern,
            String[] types) throws SQLException {
        log.record("getTables", catalog, schemaPattern, tableNamePattern, types);
        return results();
    }
    @Override public ResultSet getSchemas() throws SQLException { log.record("getSchemas"); return results(); }
    @Override public ResultSet getCatalogs() throws SQLException { log.record("getCatalogs"); return results(); }
    @Override public ResultSet getTableTypes() throws SQLException { log.record("getTableTypes"); return results(); }
    @Override public ResultSet getColumns(String catalog, String schemaPattern, String tableNamePattern,
            String columnNamePattern) throws SQLException {
        log.record("getColumns", catalog, schemaPattern, tableNamePattern, columnNamePattern);
        return results();
    }
    @Override public ResultSet getColumnPrivileges(String catalog, String schema, String table,
            String columnNamePattern) throws SQLException {
        log.record("getColumnPrivileges", catalog, schema, table, columnNamePattern);
        return results();
    }
    @Override public ResultSet getTablePrivileges(String catalog, String schemaPattern, String tableNamePattern) throws SQLException {
        log.record("getTablePrivileges", catalog, schemaPattern, tableNamePattern);
        return results();
    }
    @Override public ResultSet getBestRowIdentifier(String catalog, String schema, String table, int scope,
            boolean nullable) throws SQLException {
        log.record("getBestRowIdentifier", catalog, schema, table, scope, nullable);
        return results();
    }
    @Override public ResultSet getVersionColumns(String catalog, String schema, String table) throws SQLException {
        log.record("getVersionColumns", catalog, schema, table);
        return results();
    }
    @Override public ResultSet getPrimaryKeys(String catalog, String schema, String table) throws SQLException {
        log.record("getPrimaryKeys", catalog, schema, table);
        return results();
    }
    @Override public ResultSet getImportedKeys(String catalog, String schema, String table) throws SQLException {
        log.record("getImportedKeys", catalog, schema, table);
        return results();
    }
    @Override public ResultSet getExportedKeys(String catalog, String schema, String table) throws SQLException {
        log.record("getExportedKeys", catalog, schema, table);
        return results();
    }
    @Override public ResultSet getCrossReference(String parentCatalog, String parentSchema, String parentTable,
            String foreignCatalog, String foreignSchema, String foreignTable) throws SQLException {
        log.record("getCrossReference", parentCatalog, parentSchema, parentTable, foreignCatalog, foreignSchema, foreignTable);
        return results();
    }
    @Override public ResultSet getTypeInfo() throws SQLException { log.record("getTypeInfo"); return results(); }
    @Override public ResultSet getIndexInfo(String catalog, String schema, String table, boolean unique,
            boolean approximate) throws SQLException {
        log.record("getIndexInfo", catalog, schema, table, unique, approximate);
        return results();
    }
    @Override public boolean supportsResultSetType(int type) throws SQLException {
        log.record("supportsResultSetType", type);
        return false;
    }
    @Override public boolean supportsResultSetConcurrency(int type, int concurrency) throws SQLException {
        log.record("supportsResultSetConcurrency", type, concurrency);
        return false;
    }
    @Override public boolean ownUpdatesAreVisible(int type) throws SQLException { log.record("ownUpdatesAreVisible", type); return false; }
    @Override public boolean ownDeletesAreVisible(int type) throws SQLException { log.record("ownDeletesAreVisible", type); return false; }
    @Override public boolean ownInsertsAreVisible(int type) throws SQLException { log.record("ownInsertsAreVisible", type); return false; }
    @Override public boolean othersUpdatesAreVisible(int type) throws SQLException {
        log.record("othersUpdatesAreVisible", type);
        return false;
    }
    @Override public boolean othersDeletesAreVisible(int type) throws SQLException {
        log.record("othersDeletesAreVisible", type);
        return false;
    }
    @Override public boolean othersInsertsAreVisible(int type) throws SQLException {
        log.record("othersInsertsAreVisible", type);
        return false;
    }
    @Override public boolean updatesAreDetected(int type) throws SQLException { log.record("updatesAreDetected", type); return false; }
    @Override public boolean deletesAreDetected(int type) throws SQLException { log.record("deletesAreDetected", type); return false; }
    @Override public boolean insertsAreDetected(int type) throws SQLException { log.record("insertsAreDetected", type); return false; }
    @Override public boolean supportsBatchUpdates() throws SQLException { log.record("supportsBatchUpdates"); return false; }
    @Override public ResultSet getUDTs(String catalog, String schemaPattern, String typeNamePattern, int[] types) throws SQLException {
        log.record("getUDTs", catalog, schemaPattern, typeNamePattern, types);
        return results();
    }
    @Override public boolean supportsSavepoints() throws SQLException { log.record("supportsSavepoints"); return false; }
    @Override public boolean supportsNamedParameters() throws SQLException { log.record("supportsNamedParameters"); return false; }
    @Override public boolean supportsMultipleOpenResults() throws SQLException { log.record("supportsMultipleOpenResults"); return false; }
    @Override public boolean supportsGetGeneratedKeys() throws SQLException { log.record("supportsGetGeneratedKeys"); return false; }
    @Override public ResultSet getSuperTypes(String catalog, String schemaPattern, String typeNamePattern) throws SQLException {
        log.record("getSuperTypes", catalog, schemaPattern, typeNamePattern);
        return results();
    }
    @Override public ResultSet getSuperTables(String catalog, String schemaPattern, String tableNamePattern) throws SQLException {
        log.record("getSuperTables", catalog, schemaPattern, tableNamePattern);
        return results();
    }
    @Override public ResultSet getAttributes(String catalog, String schemaPattern, String typeNamePattern,
            String attributeNamePattern) throws SQLException {
        log.record("getAttributes", catalog, schemaPattern, typeNamePattern, attributeNamePattern);
        return results();
    }
    @Override public boolean supportsResultSetHoldability(int holdability) throws SQLException {
        log.record("supportsResultSetHoldability", holdability);
        return false;
    }
    @Override public int getResultSetHoldability() throws SQLException { log.record("getResultSetHoldability"); return 0; }
    @Override public int getDatabaseMajorVersion() throws SQLException { log.record("getDatabaseMajorVersion"); return 0; }
    @Override public int getDatabaseMinorVersion() throws SQLException { log.record("getDatabaseMinorVersion"); return 0; }
    @Override public int getJDBCMajorVersion() throws SQLException { log.record("getJDBCMajorVersion"); return 0; }
    @Override public int getJDBCMinorVersion() throws SQLException { log.record("getJDBCMinorVersion"); return 0; }
    @Override public int getSQLStateType() throws SQLException { log.record("getSQLStateType"); return 0; }
    @Override public boolean locatorsUpdateCopy() throws SQLException { log.record("locatorsUpdateCopy"); return false; }
    @Override public boolean supportsStatementPooling() throws SQLException { log.record("supportsStatementPooling"); return false; }
    @Override public RowIdLifetime getRowIdLifetime() throws SQLException { log.record("getRowIdLifetime"); return null; }
    @Override public ResultSet getSchemas(String catalog, String schemaPattern) throws SQLException {
        log.record("getSchemas", catalog, schemaPattern);
        return results();
    }
    @Override public boolean supportsStoredFunctionsUsingCallSyntax() throws SQLException {
        log.record("supportsStoredFunctionsUsingCallSyntax");
        return false;
    }
    @Override public boolean autoCommitFailureClosesAllResultSets() throws SQLException {
        log.record("autoCommitFailureClosesAllResultSets");
        return false;
    }
    @Override public ResultSet getClientInfoProperties() throws SQLException { log.record("getClientInfoProperties"); return results(); }
    @Override public ResultSet getFunctions(String catalog, String schemaPattern, String functionNamePattern) throws SQLException {
        log.record("getFunctions", catalog, schemaPattern, functionNamePattern);
        return results();
    }
    @Override public ResultSet getFunctionColumns(String catalog, String schemaPattern, String functionNamePattern,
            String columnNamePattern) throws SQLException {
        log.record("getFunctionColumns", catalog, schemaPattern, functionNamePattern, columnNamePattern);
        return results();
    }
    @Override public ResultSet getPseudoColumns(String catalog, String schemaPattern, String tableNamePattern,
            String columnNamePattern) throws SQLException {
        log.record("getPseudoColumns", catalog, schemaPattern, tableNamePattern, columnNamePattern);
        return results();
    }
    @Override public boolean generatedKeyAlwaysReturned() throws SQLException { log.record("generatedKeyAlwaysReturned"); return false; }
    @Override public long getMaxLogicalLobSize() throws SQLException { log.record("getMaxLogicalLobSize"); return 0L; }
    @Override public boolean supportsRefCursors() throws SQLException { log.record("supportsRefCursors"); return false; }
    @Override public boolean supportsSharding() throws SQLException { log.record("supportsSharding"); return false; }
}
