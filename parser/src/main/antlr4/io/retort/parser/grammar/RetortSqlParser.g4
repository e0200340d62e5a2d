/*
 * Retort's SQL grammar: one grammar for PostgreSQL, MySQL/MariaDB, SQLite, H2 and standard SQL.
 *
 * There is no ANTLR lexer: io.retort.parser.SqlLexer (hand-written, dialect-aware) produces the tokens
 * declared below. Dialect differences that change the meaning of characters are settled in the lexer,
 * which picks the token type: MySQL's || is PipesOr (an OR) and elsewhere Concat; MySQL's "x" is a
 * StringLit and elsewhere a QuotedIdentifier; PostgreSQL's & | << >> # and other operators are PgOp
 * (one precedence level, as in PostgreSQL); MySQL's && is AmpAmp (an AND). The parser therefore needs
 * almost no predicates and builds the right tree for each dialect.
 *
 * Keywords are upper-case token names; every keyword that is not reserved is listed in
 * nonReservedKeyword so that it can still name a table, column or alias.
 */
parser grammar RetortSqlParser;

options { superClass = SqlParserBase; contextSuperClass = SqlRuleContext; }

tokens {
    // literals, names, parameters
    Identifier, QuotedIdentifier, StringLit, NationalString, CharsetString, EscapeString, DollarString,
    HexString, BitString, HexNumber, BitNumber, Integer, Decimal,
    QParam, NumberedParam, NamedParam, UserVar, SystemVar,
    // operators and punctuation
    Eq, NotEq, Lt, Le, Gt, Ge, NullSafeEq, Plus, Minus, Star, Slash, Percent, Concat, PipesOr, AmpAmp,
    Amp, Pipe, Caret, Tilde, Bang, Shl, Shr, DoubleColon, ColonEq, Colon, Arrow, DoubleArrow, PgOp,
    LParen, RParen, LBracket, RBracket, LBrace, RBrace, Comma, Semi, Dot,
    // keywords
    ABORT, ACCESS, ACTION, ADD, AFTER, AGAINST, ALGORITHM, ALL, ALTER, ALWAYS, ANALYZE, AND, ANY, ANYKEYWORD,
    ARRAY, AS, ASC, AT, ATTACH, AUTOINCREMENT, AUTO_INCREMENT, BEGIN, BETWEEN, BINARY, BIT, BOOLEAN, BOTH,
    BY, CALL, CASCADE, CASCADED, CASE, CAST, CHAIN, CHANGE, CHAR, CHARACTER, CHARACTERISTICS, CHARSET, CHECK,
    COLLATE, COLLATION, COLUMN, COLUMNS, COLUMN_FORMAT, COMMENT, COMMIT, COMMITTED, CONCURRENTLY, CONFLICT,
    CONSISTENT, CONSTRAINT, CONSTRAINTS, CONTINUE, CONVERT, CREATE, CROSS, CUBE, CURRENT, CURRENT_CATALOG,
    CURRENT_DATE, CURRENT_ROLE, CURRENT_SCHEMA, CURRENT_TIME, CURRENT_TIMESTAMP, CURRENT_USER, DATA,
    DATABASE, DATAFILE, DATE, DAY, DAY_HOUR, DAY_MICROSECOND, DAY_MINUTE, DAY_SECOND, DDL, DEFAULT,
    DEFERRABLE, DEFERRED, DEFINER, DELAYED, DELETE, DESC, DETACH, DISTINCT, DISTINCTROW, DIV, DO, DOUBLE,
    DROP, DUMPFILE, DUPLICATE, ELSE, EMPTY, ENCLOSED, END, ENFORCED, ERROR, ESCAPE, ESCAPED, EXCEPT, EXCLUDE,
    EXCLUSIVE, EXISTS, EXPANSION, EXPLAIN, EXPRESSION, EXTENDED, EXTRACT, FALSE, FETCH, FIELDS, FILTER,
    FINALIZE, FIRST, FOLLOWING, FOR, FORCE, FOREIGN, FORMAT, FROM, FULL, FULLTEXT, GENERATED, GLOBAL, GROUP,
    GROUPING, GROUPS, HASH, HAVING, HIGH_PRIORITY, HOUR, HOUR_MICROSECOND, HOUR_MINUTE, HOUR_SECOND,
    IDENTITY, IF, IGNORE, ILIKE, IMMEDIATE, IN, INCLUDE, INDEX, INHERITS, INNER, INSERT, INTERSECT, INTERVAL,
    INTO, INVISIBLE, INVOKER, IS, ISNULL, ISOLATION, JOIN, JSON_TABLE, KEY, LANGUAGE, LAST, LATERAL, LEADING,
    LEFT, LEVEL, LIKE, LIMIT, LINEAR, LINES, LIST, LOCAL, LOCALTIME, LOCALTIMESTAMP, LOCK, LOCKED, LOGFILE,
    LOW_PRIORITY, MATCH, MATERIALIZED, MEMBER, METHOD, MICROSECOND, MID, MIGRATE, MINUS, MINUTE,
    MINUTE_MICROSECOND, MINUTE_SECOND, MOD, MODE, MODIFY, MONTH, NAMES, NATIONAL, NATURAL, NCHAR, NESTED,
    NEXT, NO, NONRESERVED, NOT, NOTHING, NOTNULL, NOWAIT, NULL, NULLS, OF, OFFSET, ON, ONE, ONLY, OPTION,
    OPTIONALLY, OPTIONS, OR, ORDER, ORDINALITY, OTHERS, OUTER, OUTFILE, OVER, OVERLAY, OWNER, PARTITION,
    PARTITIONS, PATH, PERSIST, PERSIST_ONLY, PHASE, PLACING, POSITION, PRECEDING, PRECISION, PREPARE,
    PREPARED, PRESERVE, PRIMARY, QUARTER, QUERY, QUICK, RANGE, READ, RECOVER, RECURSIVE, REFERENCES, REGEXP,
    RELEASE, RENAME, REPEAT, REPEATABLE, REPLACE, RESET, RESTART, RESTRICT, RESUME, RETURNING, RIGHT, RLIKE,
    ROLLBACK, ROLLUP, ROUTE, ROW, ROWS, SAVEPOINT, SCHEMA, SECOND, SECOND_MICROSECOND, SECURITY, SELECT,
    SEPARATOR, SERIALIZABLE, SESSION, SESSION_USER, SET, SETS, SHARE, SIGNED, SIMILAR, SKIP, SNAPSHOT, SOME,
    SOUNDS, SPATIAL, SQL, SQL_BIG_RESULT, SQL_BUFFER_RESULT, SQL_CACHE, SQL_CALC_FOUND_ROWS, SQL_NO_CACHE,
    SQL_SMALL_RESULT, SRID, START, STARTING, STORAGE, STORED, STRAIGHT_JOIN, SUBSTR, SUBSTRING, SUSPEND,
    SYMMETRIC, TABLE, TABLESPACE, TEMP, TEMPORARY, TERMINATED, THEN, TIES, TIME, TIMESTAMP, TO, TRAILING,
    TRANSACTION, TRIM, TRUE, TRUNCATE, TYPE, UNBOUNDED, UNCOMMITTED, UNDO, UNION, UNIQUE, UNKNOWN, UNLOGGED,
    UNSIGNED, UPDATE, USE, USER, USING, VALID, VALUE, VALUES, VARYING, VERBOSE, VIEW, VIRTUAL, VISIBLE, WEEK,
    WHEN, WHERE, WINDOW, WITH, WITHIN, WITHOUT, WORK, WRITE, XA, XID, XOR, YEAR, YEAR_MONTH, ZEROFILL, ZONE
}

root
    : statement Semi* EOF
    ;

// entry point for SqlParser.parseExpression
standaloneExpression
    : expr EOF
    ;

statement
    : selectStatement
    | insertStatement
    | updateStatement
    | deleteStatement
    | createTableStatement
    | createIndexStatement
    | createViewStatement
    | createTablespaceStatement
    | alterTableStatement
    | alterTablespaceStatement
    | dropTableStatement
    | dropIndexStatement
    | dropViewStatement
    | dropTablespaceStatement
    | truncateStatement
    | beginStatement
    | commitStatement
    | rollbackStatement
    | savepointStatement
    | releaseStatement
    | prepareTransactionStatement
    | xaStatement
    | setTransactionStatement
    | setConstraintsStatement
    | setStatement
    | explainStatement
    | useStatement
    | callStatement
    ;

// ------------------------------------------------------------------ queries

selectStatement
    : queryExpression (intoClause lockingClause*)?
    ;

queryExpression
    : withClause? queryBody orderByClause? limitClause? lockingClause*
    ;

queryBody
    : queryPrimary                                                   #primaryQuery
    | queryBody INTERSECT setQuantifier? queryBody                   #intersectQuery
    | queryBody (UNION | EXCEPT | MINUS) setQuantifier? queryBody    #unionQuery
    ;

setQuantifier
    : ALL | DISTINCT
    ;

queryPrimary
    : querySpecification
    | LParen queryExpression RParen
    | valuesClause
    | TABLE tableName
    ;

querySpecification
    : SELECT selectOption* selectList intoClause? fromClause? whereClause? groupByClause? havingClause? windowClause?
      lockingClause*
    ;

selectOption
    : ALL
    | DISTINCT (ON LParen expr (Comma expr)* RParen)?
    | DISTINCTROW
    | HIGH_PRIORITY | STRAIGHT_JOIN | SQL_SMALL_RESULT | SQL_BIG_RESULT | SQL_BUFFER_RESULT | SQL_NO_CACHE | SQL_CACHE
    | SQL_CALC_FOUND_ROWS
    ;

selectList
    : selectItem (Comma selectItem)*
    ;

selectItem
    : Star                                  #starItem
    | qualifiedName Dot Star                #qualifiedStarItem
    | expr alias?                           #exprItem
    ;

alias
    : AS (identifier | StringLit | anyKeyword)
    | identifier
    | StringLit
    ;

intoClause
    : INTO intoTarget (Comma intoTarget)*
    | INTO OUTFILE StringLit fileOption*
    | INTO DUMPFILE StringLit
    | INTO (TEMPORARY | TEMP | UNLOGGED)? TABLE tableName
    | INTO (TEMPORARY | TEMP | UNLOGGED) tableName
    ;

intoTarget
    : variable
    | qualifiedName
    ;

fileOption
    : (CHARACTER SET | CHARSET) (identifier | StringLit)
    | (FIELDS | COLUMNS) fieldsOption+
    | LINES linesOption+
    ;

fieldsOption
    : TERMINATED BY StringLit
    | OPTIONALLY? ENCLOSED BY StringLit
    | ESCAPED BY StringLit
    ;

linesOption
    : STARTING BY StringLit
    | TERMINATED BY StringLit
    ;

fromClause
    : FROM tableReferences
    ;

tableReferences
    : tableReference (Comma tableReference)*
    ;

tableReference
    : tableFactor joinedTable*
    ;

joinedTable
    : (INNER | CROSS)? JOIN tableFactor joinSpecification?                              #innerJoin
    | STRAIGHT_JOIN tableFactor (ON expr)?                                              #straightJoin
    | (LEFT | RIGHT | FULL) OUTER? JOIN tableFactor joinSpecification?                  #outerJoin
    | NATURAL (INNER | (LEFT | RIGHT | FULL) OUTER?)? JOIN tableFactor                  #naturalJoin
    ;

joinSpecification
    : ON expr
    | USING LParen identifier (Comma identifier)* RParen
    ;

tableFactor
    : ONLY? tableName partitionList? tableAlias? indexHint*                                              #tableNameFactor
    | ONLY LParen tableName RParen tableAlias?                                                           #onlyTableFactor
    | LATERAL? LParen queryExpression RParen tableAlias?                                                 #derivedTableFactor
    | jsonTable tableAlias?                                                                              #jsonTableFactor
    | LATERAL? functionCall (WITH ORDINALITY)? functionTableAlias?                                       #functionTableFactor
    | LParen tableReferences RParen                                                                      #parenthesizedTableFactor
    ;

jsonTable
    : JSON_TABLE LParen expr Comma expr jsonTableColumns RParen
    ;

jsonTableColumns
    : COLUMNS LParen jsonTableColumn (Comma jsonTableColumn)* RParen
    ;

jsonTableColumn
    : identifier FOR ORDINALITY                                          #ordinalityJsonColumn
    | identifier dataType EXISTS? PATH StringLit jsonColumnBehavior*     #pathJsonColumn
    | NESTED PATH? StringLit jsonTableColumns                            #nestedJsonColumn
    ;

jsonColumnBehavior
    : (NULL | ERROR | DEFAULT StringLit) ON (EMPTY | ERROR)
    ;

tableAlias
    : AS? identifier (LParen identifier (Comma identifier)* RParen)?
    ;

functionTableAlias
    : AS? identifier (LParen identifier (Comma identifier)* RParen)?
    | AS? identifier? LParen columnDefinition (Comma columnDefinition)* RParen
    ;

indexHint
    : (USE | IGNORE | FORCE) (INDEX | KEY) (FOR (JOIN | ORDER BY | GROUP BY))? LParen (indexName (Comma indexName)*)? RParen
    ;

indexName
    : identifier
    | PRIMARY
    ;

whereClause
    : WHERE expr
    ;

groupByClause
    : GROUP BY groupingElement (Comma groupingElement)* (WITH ROLLUP)?
    ;

groupingElement
    : ROLLUP LParen expr (Comma expr)* RParen                              #rollupElement
    | CUBE LParen expr (Comma expr)* RParen                                #cubeElement
    | GROUPING SETS LParen groupingElement (Comma groupingElement)* RParen  #groupingSetsElement
    | LParen RParen                                                        #emptyGroupingElement
    | expr                                                                 #exprGroupingElement
    ;

havingClause
    : HAVING expr
    ;

windowClause
    : WINDOW namedWindow (Comma namedWindow)*
    ;

namedWindow
    : identifier AS LParen windowSpec RParen
    ;

windowSpec
    : identifier? (PARTITION BY expr (Comma expr)*)? orderByClause? frameClause?
    ;

frameClause
    : (ROWS | RANGE | GROUPS) (frameBound | BETWEEN frameBound AND frameBound) frameExclusion?
    ;

frameBound
    : UNBOUNDED (PRECEDING | FOLLOWING)
    | CURRENT ROW
    | bitExpr (PRECEDING | FOLLOWING)
    ;

frameExclusion
    : EXCLUDE (CURRENT ROW | GROUP | TIES | NO OTHERS)
    ;

orderByClause
    : ORDER BY orderItem (Comma orderItem)*
    ;

orderItem
    : expr (ASC | DESC)? (NULLS (FIRST | LAST))?
    ;

limitClause
    : LIMIT (ALL | expr) ((Comma expr) | (OFFSET expr))?                     #limitOffset
    | OFFSET expr (ROW | ROWS)? (fetchClause | LIMIT (ALL | expr))?          #offsetFirst
    | fetchClause                                                            #fetchOnly
    ;

fetchClause
    : FETCH (FIRST | NEXT) expr? (ROW | ROWS) (ONLY | WITH TIES)
    ;

lockingClause
    : FOR (UPDATE | NO KEY UPDATE | SHARE | KEY SHARE) (OF tableName (Comma tableName)*)? (NOWAIT | SKIP LOCKED)?
    | LOCK IN SHARE MODE
    ;

withClause
    : WITH RECURSIVE? cte (Comma cte)*
    ;

cte
    : identifier (LParen identifier (Comma identifier)* RParen)? AS (NOT? MATERIALIZED)? LParen cteBody RParen
    ;

cteBody
    : queryExpression
    | insertStatement
    | updateStatement
    | deleteStatement
    ;

valuesClause
    : (VALUES | VALUE) valuesRow (Comma valuesRow)*
    ;

valuesRow
    : ROW? LParen (expr (Comma expr)*)? RParen
    ;

// ------------------------------------------------------------------ data modification

insertStatement
    : withClause? (INSERT | REPLACE) insertModifier* (OR conflictAction)? INTO? tableName (AS insertAlias=identifier)?
      partitionList?
      (LParen (columnRef (Comma columnRef)*)? RParen)?
      insertSource
      rowAlias?
      onConflictClause?
      onDuplicateKeyClause?
      returningClause?
    ;

insertModifier
    : LOW_PRIORITY | DELAYED | HIGH_PRIORITY | IGNORE
    ;

conflictAction
    : REPLACE | IGNORE | identifier
    ;

partitionList
    : PARTITION LParen identifier (Comma identifier)* RParen
    ;

insertSource
    : queryExpression                          #queryInsertSource
    | SET assignment (Comma assignment)*       #setInsertSource
    | DEFAULT VALUES                           #defaultValuesInsertSource
    ;

rowAlias
    : AS identifier (LParen identifier (Comma identifier)* RParen)?
    ;

onConflictClause
    : ON CONFLICT conflictTarget? DO (NOTHING | UPDATE SET assignment (Comma assignment)* whereClause?)
    ;

conflictTarget
    : LParen expr (Comma expr)* RParen whereClause?
    | ON CONSTRAINT identifier
    ;

onDuplicateKeyClause
    : ON DUPLICATE KEY UPDATE assignment (Comma assignment)*
    ;

returningClause
    : RETURNING selectList
    ;

assignment
    : columnRef Eq expr
    | LParen columnRef (Comma columnRef)* RParen Eq expr
    ;

updateStatement
    : withClause? UPDATE updateModifier* tableReferences SET assignment (Comma assignment)* fromClause? whereClause?
      orderByClause? limitClause? returningClause?
    ;

updateModifier
    : LOW_PRIORITY | IGNORE
    ;

deleteStatement
    : withClause? DELETE deleteModifier*
      ( FROM tableReferences (USING tableReferences)?
      | deleteTarget (Comma deleteTarget)* FROM tableReferences
      )
      whereClause? orderByClause? limitClause? returningClause?
    ;

deleteModifier
    : LOW_PRIORITY | QUICK | IGNORE
    ;

deleteTarget
    : qualifiedName (Dot Star)?
    ;

// ------------------------------------------------------------------ expressions

expr
    : booleanPrimary                        #predicateExpr
    | NOT expr                              #notExpr
    | expr (AND | AmpAmp) expr              #andExpr
    | expr XOR expr                         #xorExpr
    | expr (OR | PipesOr) expr              #orExpr
    ;

booleanPrimary
    : booleanPrimary IS NOT? (TRUE | FALSE | UNKNOWN | NULL)                                              #isExpr
    | booleanPrimary IS NOT? DISTINCT FROM predicate                                                      #isDistinctExpr
    | booleanPrimary (ISNULL | NOTNULL)                                                                   #pgNullExpr
    | booleanPrimary comparisonOperator (ALL | ANY | SOME) LParen (queryExpression | expr) RParen          #quantifiedExpr
    | booleanPrimary comparisonOperator predicate                                                         #comparisonExpr
    | bitExpr predicateSuffix?                                                                            #plainPredicate
    ;

comparisonOperator
    : Eq | NotEq | Lt | Le | Gt | Ge | NullSafeEq
    ;

predicate
    : bitExpr predicateSuffix?
    ;

predicateSuffix
    : NOT? IN LParen queryExpression RParen                         #inSubquerySuffix
    | NOT? IN LParen expr (Comma expr)* RParen                      #inListSuffix
    | NOT? BETWEEN SYMMETRIC? bitExpr AND predicate                 #betweenSuffix
    | SOUNDS LIKE bitExpr                                           #soundsLikeSuffix
    | NOT? (LIKE | ILIKE) bitExpr (ESCAPE simpleExpr)?              #likeSuffix
    | NOT? SIMILAR TO bitExpr (ESCAPE simpleExpr)?                  #similarSuffix
    | NOT? (REGEXP | RLIKE) bitExpr                                 #regexpSuffix
    | MEMBER OF? LParen expr RParen                                 #memberOfSuffix
    ;

bitExpr
    : bitExpr Caret bitExpr                                               #caretExpr
    | bitExpr (Star | Slash | Percent | DIV | MOD) bitExpr                #mulExpr
    | bitExpr (Plus | Minus) bitExpr                                      #addExpr
    | bitExpr (Shl | Shr) bitExpr                                         #shiftExpr
    | bitExpr Amp bitExpr                                                 #bitAndExpr
    | bitExpr Pipe bitExpr                                                #bitOrExpr
    | bitExpr (Concat | PgOp | Arrow | DoubleArrow | Tilde) bitExpr       #otherOpExpr
    | simpleExpr                                                          #simpleBitExpr
    ;

simpleExpr
    : simpleExpr COLLATE collationName                                        #collateExpr
    | simpleExpr DoubleColon dataType                                         #pgCastExpr
    | simpleExpr LBracket (expr? Colon expr? | expr) RBracket                 #subscriptExpr
    | simpleExpr AT TIME ZONE simpleExpr                                      #atTimeZoneExpr
    | (Plus | Minus | Tilde | Bang | BINARY | PgOp) simpleExpr                #unaryExpr
    | literal                                                                         #literalPrimary
    | parameter                                                                       #parameterPrimary
    | variable (ColonEq expr)?                                                        #variablePrimary
    | LParen expr (Comma expr)* RParen                                                #parenPrimary
    | LParen queryExpression RParen                                                   #subqueryPrimary
    | ROW LParen (expr (Comma expr)*)? RParen                                         #rowPrimary
    | EXISTS LParen queryExpression RParen                                            #existsPrimary
    | CASE expr? whenClause+ (ELSE expr)? END                                         #casePrimary
    | CAST LParen expr AS dataType RParen                                             #castPrimary
    | CONVERT LParen expr Comma dataType RParen                                       #convertPrimary
    | CONVERT LParen expr USING (identifier | BINARY) RParen                          #convertUsingPrimary
    | EXTRACT LParen extractField FROM expr RParen                                    #extractPrimary
    | POSITION LParen bitExpr IN expr RParen                                          #positionPrimary
    | (SUBSTRING | SUBSTR | MID) LParen expr (FROM expr (FOR expr)? | FOR expr) RParen #substringPrimary
    | TRIM LParen (LEADING | TRAILING | BOTH)? expr? FROM expr RParen                 #trimFromPrimary
    | TRIM LParen (LEADING | TRAILING | BOTH) expr RParen                             #trimSpecPrimary
    | OVERLAY LParen expr PLACING expr FROM expr (FOR expr)? RParen                   #overlayPrimary
    | INTERVAL (simpleExpr intervalUnit | simpleExpr)                                 #intervalPrimary
    | (DATE | TIME | TIMESTAMP) StringLit                                             #keywordTypedLiteral
    | {isPostgres()}? identifier StringLit                                            #pgTypedLiteral
    | ARRAY LBracket (expr (Comma expr)*)? RBracket                                   #arrayPrimary
    | ARRAY LParen queryExpression RParen                                             #arraySubqueryPrimary
    | MATCH LParen expr (Comma expr)* RParen AGAINST LParen bitExpr matchModifier? RParen #matchPrimary
    | LBrace identifier expr RBrace                                                   #escapePrimary
    | VALUES LParen columnRef RParen                                                  #insertedValuePrimary
    | DEFAULT                                                                         #defaultPrimary
    | functionCall                                                                    #functionPrimary
    | sqlValueFunction                                                                #valueFunctionPrimary
    | columnRef                                                                       #columnPrimary
    ;

collationName
    : identifier (Dot identifier)*
    | StringLit
    ;


extractField
    : identifier
    | parameter
    | StringLit
    ;

intervalUnit
    : MICROSECOND | SECOND | MINUTE | HOUR | DAY | WEEK | MONTH | QUARTER | YEAR
    | SECOND_MICROSECOND | MINUTE_MICROSECOND | MINUTE_SECOND | HOUR_MICROSECOND | HOUR_SECOND | HOUR_MINUTE
    | DAY_MICROSECOND | DAY_SECOND | DAY_MINUTE | DAY_HOUR | YEAR_MONTH
    | (YEAR | DAY | HOUR | MINUTE) TO (MONTH | HOUR | MINUTE | SECOND)
    ;

matchModifier
    : IN NATURAL LANGUAGE MODE (WITH QUERY EXPANSION)?
    | IN BOOLEAN MODE
    | WITH QUERY EXPANSION
    ;

whenClause
    : WHEN expr THEN expr
    ;

sqlValueFunction
    : CURRENT_DATE | CURRENT_TIME | CURRENT_TIMESTAMP | LOCALTIME | LOCALTIMESTAMP | CURRENT_USER | SESSION_USER
    | USER | CURRENT_SCHEMA | CURRENT_CATALOG | CURRENT_ROLE
    ;

functionCall
    : functionName LParen functionArguments? RParen withinGroupClause? filterClause? overClause?
    ;

functionName
    : identifier (Dot (identifier | anyKeyword))*
    | LEFT | RIGHT | IF | REPLACE | INSERT | MOD | CHAR | DATE | TIME | TIMESTAMP | DEFAULT | DATABASE | SCHEMA
    | CURRENT_DATE | CURRENT_TIME | CURRENT_TIMESTAMP | LOCALTIME | LOCALTIMESTAMP | CURRENT_USER | SESSION_USER
    | USER | CURRENT_SCHEMA | INTERVAL | ROW | VALUES | TRUNCATE | ANY | SOME | ALL | EXISTS | FORMAT | GROUPING
    | COLLATION | CHARSET | REPEAT | BINARY | MATCH | ARRAY | SUBSTRING | SUBSTR | MID | TRIM | POSITION | EXTRACT
    ;

functionArguments
    : Star
    | (DISTINCT | ALL)? expr (Comma expr)* orderByClause? (SEPARATOR expr)?
    ;

withinGroupClause
    : WITHIN GROUP LParen orderByClause RParen
    ;

filterClause
    : FILTER LParen WHERE expr RParen
    ;

overClause
    : OVER (identifier | LParen windowSpec RParen)
    ;

literal
    : (StringLit | EscapeString | DollarString)+      #stringLiteral
    | NationalString StringLit*                       #nationalStringLiteral
    | CharsetString StringLit*                        #charsetStringLiteral
    | (Integer | Decimal)                             #numberLiteral
    | (HexString | BitString | HexNumber | BitNumber) #binaryLiteral
    | (TRUE | FALSE)                                  #booleanLiteral
    | NULL                                            #nullLiteral
    ;

parameter
    : QParam | NumberedParam | NamedParam
    ;

variable
    : UserVar
    | SystemVar (Dot (identifier | anyKeyword))*
    ;

columnRef
    : identifier (Dot (identifier | anyKeyword))*
    ;

dataType
    : dataTypeName (LParen typeArgument (Comma typeArgument)* RParen)? timeZoneSuffix? typeAttribute* arraySuffix*
    ;

dataTypeName
    : DOUBLE PRECISION?
    | NATIONAL? (CHARACTER | CHAR | NCHAR) VARYING?
    | BIT VARYING?
    | (SIGNED | UNSIGNED) (identifier)?
    | INTERVAL
    | BINARY
    | (DATE | TIME | TIMESTAMP)
    | SET
    | identifier (Dot identifier)*
    ;

timeZoneSuffix
    : (WITH | WITHOUT) TIME ZONE
    ;

typeArgument
    : Integer | Decimal | StringLit | identifier
    ;

typeAttribute
    : UNSIGNED | SIGNED | ZEROFILL | BINARY
    | (CHARACTER SET | CHARSET) (identifier | StringLit | BINARY)
    | ARRAY
    ;

arraySuffix
    : LBracket Integer? RBracket
    ;

qualifiedName
    : identifier (Dot (identifier | anyKeyword))*
    ;

tableName
    : qualifiedName
    ;

identifier
    : Identifier
    | QuotedIdentifier
    | nonReservedKeyword
    ;

// ------------------------------------------------------------------ DDL

createTableStatement
    : CREATE tableKind? TABLE (IF NOT EXISTS)? tableName
      ( LParen tableElement (Comma tableElement)* RParen tableTail* (AS? queryExpression)?
      | LIKE tableName
      | PARTITION OF tableName (LParen tableElement (Comma tableElement)* RParen)? partitionBound tableTail*
      | OF identifier (LParen tableElement (Comma tableElement)* RParen)? tableTail*
      | tableTail* AS? queryExpression
      )
    ;

tableKind
    : TEMPORARY | TEMP | (GLOBAL | LOCAL) (TEMPORARY | TEMP) | UNLOGGED
    ;

tableTail
    : Comma? tableOption
    | partitionByClause
    ;

tableElement
    : tableConstraint
    | LIKE tableName
    | columnDefinition
    ;

columnDefinition
    : identifier (dataType | WITH OPTIONS) columnConstraint*
    ;

columnConstraint
    : (CONSTRAINT identifier)? PRIMARY KEY (ASC | DESC)?             #primaryKeyColumnConstraint
    | (CONSTRAINT identifier)? UNIQUE KEY?                           #uniqueColumnConstraint
    | (CONSTRAINT identifier)? CHECK LParen expr RParen (NOT? ENFORCED)?  #checkColumnConstraint
    | (CONSTRAINT identifier)? REFERENCES referenceSpec              #referencesColumnConstraint
    | (CONSTRAINT identifier)? NOT NULL                              #notNullColumnConstraint
    | (CONSTRAINT identifier)? NULL                                  #nullColumnConstraint
    | KEY                                                            #keyColumnConstraint
    | DEFAULT bitExpr                                                #defaultColumnConstraint
    | (AUTO_INCREMENT | AUTOINCREMENT)                               #autoIncrementColumnConstraint
    | GENERATED (ALWAYS | BY DEFAULT) AS IDENTITY (LParen sequenceOption* RParen)?  #identityColumnConstraint
    | (GENERATED ALWAYS)? AS LParen expr RParen (STORED | VIRTUAL)?  #generatedColumnConstraint
    | COLLATE collationName                                          #collateColumnConstraint
    | COMMENT StringLit                                              #commentColumnConstraint
    | ON UPDATE expr                                                 #onUpdateColumnConstraint
    | (VISIBLE | INVISIBLE)                                          #visibilityColumnConstraint
    | (COLUMN_FORMAT | STORAGE) identifier                           #storageColumnConstraint
    | SRID Integer                                                   #sridColumnConstraint
    ;

sequenceOption
    : identifier+ (Minus? Integer)?
    ;

referenceSpec
    : tableName (LParen identifier (Comma identifier)* RParen)? (MATCH (FULL | identifier))? referentialTrigger*
    ;

referentialTrigger
    : ON (DELETE | UPDATE) referentialAction
    ;

referentialAction
    : CASCADE | SET NULL | SET DEFAULT | RESTRICT | NO ACTION
    ;

tableConstraint
    : (CONSTRAINT identifier?)? PRIMARY KEY indexType? LParen indexColumn (Comma indexColumn)* RParen indexOption*   #primaryKeyConstraint
    | (CONSTRAINT identifier?)? UNIQUE (KEY | INDEX)? identifier? indexType? LParen indexColumn (Comma indexColumn)* RParen indexOption*   #uniqueConstraint
    | (CONSTRAINT identifier?)? FOREIGN KEY identifier? LParen identifier (Comma identifier)* RParen REFERENCES referenceSpec   #foreignKeyConstraint
    | (CONSTRAINT identifier?)? CHECK LParen expr RParen (NOT? ENFORCED)?   #checkConstraint
    | (INDEX | KEY | FULLTEXT (INDEX | KEY)? | SPATIAL (INDEX | KEY)?) identifier? indexType? LParen indexColumn (Comma indexColumn)* RParen indexOption*   #indexConstraint
    ;

indexColumn
    : identifier LParen Integer RParen (ASC | DESC)?
    | expr (ASC | DESC)? (NULLS (FIRST | LAST))?
    ;

indexType
    : USING identifier
    ;

indexOption
    : indexType
    | COMMENT StringLit
    | VISIBLE
    | INVISIBLE
    | identifier Eq? optionValue
    ;

tableOption
    : DEFAULT? (CHARACTER SET | CHARSET) Eq? (identifier | StringLit | DEFAULT | BINARY)   #charsetTableOption
    | DEFAULT? COLLATE Eq? (identifier | StringLit)                                     #collateTableOption
    | COMMENT Eq? StringLit                                                             #commentTableOption
    | START TRANSACTION                                                                 #startTransactionTableOption
    | WITH LParen storageParameter (Comma storageParameter)* RParen                     #storageTableOption
    | INHERITS LParen tableName (Comma tableName)* RParen                               #inheritsTableOption
    | TABLESPACE identifier                                                             #tablespaceTableOption
    | ON COMMIT (DROP | DELETE ROWS | PRESERVE ROWS)                                    #onCommitTableOption
    | USING identifier                                                                  #usingTableOption
    | identifier Eq? optionValue                                                        #genericTableOption
    ;

storageParameter
    : qualifiedName (Eq optionValue)?
    ;

optionValue
    : identifier | StringLit | Integer | Decimal | DEFAULT | TRUE | FALSE | ON | Minus Integer
    ;

partitionByClause
    : PARTITION BY partitionMethod LParen (expr (Comma expr)*)? RParen (PARTITIONS Integer)?
    ;

partitionMethod
    : LINEAR? (HASH | KEY) | RANGE COLUMNS? | LIST COLUMNS?
    ;

partitionBound
    : FOR VALUES IN LParen expr (Comma expr)* RParen                                         #inPartitionBound
    | FOR VALUES FROM LParen expr (Comma expr)* RParen TO LParen expr (Comma expr)* RParen   #rangePartitionBound
    | FOR VALUES WITH LParen identifier Integer Comma identifier Integer RParen                #hashPartitionBound
    | DEFAULT                                                                                #defaultPartitionBound
    ;

alterTableStatement
    : ALTER TABLE (IF EXISTS)? ONLY? tableName alterAction (Comma alterAction)*
    ;

alterAction
    : ADD COLUMN? (IF NOT EXISTS)? columnDefinition columnPosition?                       #addColumnAction
    | ADD COLUMN? LParen columnDefinition (Comma columnDefinition)* RParen                 #addColumnsAction
    | ADD tableConstraint (NOT VALID)?                                                    #addConstraintAction
    | DROP (CONSTRAINT | CHECK) (IF EXISTS)? identifier (CASCADE | RESTRICT)?             #dropConstraintAction
    | DROP PRIMARY KEY                                                                    #dropPrimaryKeyAction
    | DROP FOREIGN KEY identifier                                                         #dropForeignKeyAction
    | DROP (INDEX | KEY) identifier                                                       #dropIndexAction
    | DROP COLUMN? (IF EXISTS)? identifier (CASCADE | RESTRICT)?                          #dropColumnAction
    | MODIFY COLUMN? columnDefinition columnPosition?                                     #modifyColumnAction
    | CHANGE COLUMN? identifier columnDefinition columnPosition?                          #changeColumnAction
    | RENAME COLUMN identifier TO identifier                                              #renameColumnAction
    | RENAME (INDEX | KEY | CONSTRAINT) identifier TO identifier                          #renameObjectAction
    | RENAME (TO | AS)? tableName                                                         #renameTableAction
    | ALTER COLUMN? identifier alterColumnAction                                          #alterColumnAlterAction
    | CONVERT TO (CHARACTER SET | CHARSET) (identifier | DEFAULT) (COLLATE identifier)?   #convertAction
    | (SET | RESET) LParen storageParameter (Comma storageParameter)* RParen               #storageAction
    | ORDER BY orderItem (Comma orderItem)*                                               #orderByAction
    | ATTACH PARTITION tableName partitionBound                                           #attachPartitionAction
    | DETACH PARTITION tableName (CONCURRENTLY | FINALIZE)?                               #detachPartitionAction
    | partitionByClause                                                                   #partitionByAction
    | FORCE                                                                               #forceAction
    | (ALGORITHM | LOCK) Eq? (identifier | DEFAULT)                                       #algorithmAction
    | SET SCHEMA identifier                                                               #setSchemaAction
    | SET ACCESS METHOD identifier                                                        #setAccessMethodAction
    | SET TABLESPACE identifier                                                           #setTablespaceAction
    | OWNER TO identifier                                                                 #ownerAction
    | tableOption                                                                         #tableOptionAction
    ;

columnPosition
    : FIRST
    | AFTER identifier
    ;

alterColumnAction
    : SET DEFAULT bitExpr                                         #setDefaultAlter
    | DROP DEFAULT                                                #dropDefaultAlter
    | SET NOT NULL                                                #setNotNullAlter
    | DROP NOT NULL                                               #dropNotNullAlter
    | (SET DATA)? TYPE dataType (USING expr)?                     #setTypeAlter
    | SET (VISIBLE | INVISIBLE)                                   #visibilityAlter
    | DROP EXPRESSION (IF EXISTS)?                                #dropExpressionAlter
    | DROP IDENTITY (IF EXISTS)?                                  #dropIdentityAlter
    ;

createIndexStatement
    : CREATE (UNIQUE | FULLTEXT | SPATIAL)? INDEX CONCURRENTLY? (IF NOT EXISTS)? identifier? indexType? ON ONLY? tableName indexType?
      LParen indexColumn (Comma indexColumn)* RParen (INCLUDE LParen identifier (Comma identifier)* RParen)?
      (WITH LParen storageParameter (Comma storageParameter)* RParen)? whereClause? (indexOption | algorithmOrLock)*
    ;

algorithmOrLock
    : (ALGORITHM | LOCK) Eq? (identifier | DEFAULT)
    ;

dropIndexStatement
    : DROP INDEX CONCURRENTLY? (IF EXISTS)? tableName (Comma tableName)* (ON tableName)? algorithmOrLock* (CASCADE | RESTRICT)?
    ;

createViewStatement
    : CREATE (OR REPLACE)? viewOption* (TEMP | TEMPORARY | MATERIALIZED | RECURSIVE)? VIEW (IF NOT EXISTS)? tableName
      (LParen identifier (Comma identifier)* RParen)? (WITH LParen storageParameter (Comma storageParameter)* RParen)?
      AS queryExpression (WITH (CASCADED | LOCAL)? CHECK OPTION)?
    ;

viewOption
    : ALGORITHM Eq identifier
    | DEFINER Eq (identifier | StringLit | CURRENT_USER) (UserVar | StringLit)?
    | SQL SECURITY (DEFINER | INVOKER)
    ;

dropViewStatement
    : DROP MATERIALIZED? VIEW (IF EXISTS)? tableName (Comma tableName)* (CASCADE | RESTRICT)?
    ;

dropTableStatement
    : DROP TEMPORARY? TABLE (IF EXISTS)? tableName (Comma tableName)* (CASCADE | RESTRICT)?
    ;

truncateStatement
    : TRUNCATE TABLE? ONLY? tableName (Comma tableName)* ((RESTART | CONTINUE) IDENTITY)? (CASCADE | RESTRICT)?
    ;

createTablespaceStatement
    : CREATE UNDO? TABLESPACE identifier tablespaceOption*
    ;

alterTablespaceStatement
    : ALTER UNDO? TABLESPACE identifier tablespaceOption*
    ;

dropTablespaceStatement
    : DROP UNDO? TABLESPACE identifier tablespaceOption*
    ;

tablespaceOption
    : (ADD | DROP) DATAFILE StringLit        #datafileTablespaceOption
    | USE LOGFILE GROUP identifier           #logfileTablespaceOption
    | RENAME TO identifier                   #renameTablespaceOption
    | COMMENT Eq? StringLit                  #commentTablespaceOption
    | identifier (Eq? optionValue)?          #genericTablespaceOption
    ;

// ------------------------------------------------------------------ transactions and sessions

beginStatement
    : BEGIN (WORK | TRANSACTION)? (DEFERRED | IMMEDIATE | EXCLUSIVE)? transactionModes?
    | START TRANSACTION transactionModes?
    ;

transactionModes
    : transactionMode (Comma? transactionMode)*
    ;

transactionMode
    : ISOLATION LEVEL isolationLevel     #isolationMode
    | READ (ONLY | WRITE)                #accessMode
    | NOT? DEFERRABLE                    #deferrableMode
    | WITH CONSISTENT SNAPSHOT           #snapshotMode
    ;

isolationLevel
    : READ UNCOMMITTED | READ COMMITTED | REPEATABLE READ | SERIALIZABLE
    ;

commitStatement
    : (COMMIT | END) (WORK | TRANSACTION)? (AND NO? CHAIN)? (NO? RELEASE)?     #plainCommit
    | COMMIT PREPARED StringLit                                                #commitPrepared
    ;

rollbackStatement
    : (ROLLBACK | ABORT) (WORK | TRANSACTION)? (TO SAVEPOINT? identifier)? (AND NO? CHAIN)? (NO? RELEASE)?   #plainRollback
    | ROLLBACK PREPARED StringLit                                                                           #rollbackPrepared
    ;

savepointStatement
    : SAVEPOINT identifier
    ;

releaseStatement
    : RELEASE SAVEPOINT? identifier
    ;

prepareTransactionStatement
    : PREPARE TRANSACTION StringLit
    ;

xaStatement
    : XA (START | BEGIN) xid (JOIN | RESUME)?          #xaStart
    | XA END xid (SUSPEND (FOR MIGRATE)?)?              #xaEnd
    | XA PREPARE xid                                    #xaPrepare
    | XA COMMIT xid (ONE PHASE)?                        #xaCommit
    | XA ROLLBACK xid                                   #xaRollback
    | XA RECOVER (CONVERT XID)?                         #xaRecover
    ;

xid
    : literal (Comma literal (Comma literal)?)?
    ;

setTransactionStatement
    : SET (GLOBAL | SESSION | LOCAL)? TRANSACTION transactionModes
    | SET SESSION CHARACTERISTICS AS TRANSACTION transactionModes
    ;

setConstraintsStatement
    : SET CONSTRAINTS (ALL | qualifiedName (Comma qualifiedName)*) (DEFERRED | IMMEDIATE)
    ;

setStatement
    : SET setItem (Comma setItem)*
    ;

setItem
    : NAMES (identifier | StringLit | DEFAULT) (COLLATE (identifier | StringLit | DEFAULT))?    #setNamesItem
    | (CHARACTER SET | CHARSET) (identifier | StringLit | DEFAULT)                                 #setCharsetItem
    | (LOCAL | SESSION)? TIME ZONE (literal | LOCAL | DEFAULT | INTERVAL StringLit intervalUnit?)  #setTimeZoneItem
    | setScope? setTarget (Eq | ColonEq | TO) setValue (Comma setListValue)*                     #setVariableItem
    ;

setScope
    : GLOBAL | SESSION | LOCAL | PERSIST | PERSIST_ONLY
    ;

setTarget
    : variable
    | qualifiedName
    ;

setValue
    : ON
    | DEFAULT
    | BINARY
    | expr
    ;

// the further values of PostgreSQL's SET x TO a, b: plain words and literals, so that MySQL's
// SET @a = 1, @b = 2 stays two assignments
setListValue
    : literal
    | identifier
    ;

explainStatement
    : EXPLAIN explainOption* statement
    ;

explainOption
    : ANALYZE | VERBOSE | ROUTE | EXTENDED | PARTITIONS
    | FORMAT Eq identifier
    | LParen qualifiedName optionValue? (Comma qualifiedName optionValue?)* RParen
    ;

useStatement
    : USE identifier
    ;

callStatement
    : CALL qualifiedName (LParen (expr (Comma expr)*)? RParen)?
    ;

// ------------------------------------------------------------------ keywords

anyKeyword
    : ABORT | ACCESS | ACTION | ADD | AFTER | AGAINST | ALGORITHM | ALL | ALTER | ALWAYS | ANALYZE | AND
    | ANY | ANYKEYWORD | ARRAY | AS | ASC | AT | ATTACH | AUTOINCREMENT | AUTO_INCREMENT | BEGIN | BETWEEN
    | BINARY | BIT | BOOLEAN | BOTH | BY | CALL | CASCADE | CASCADED | CASE | CAST | CHAIN | CHANGE | CHAR
    | CHARACTER | CHARACTERISTICS | CHARSET | CHECK | COLLATE | COLLATION | COLUMN | COLUMNS
    | COLUMN_FORMAT | COMMENT | COMMIT | COMMITTED | CONCURRENTLY | CONFLICT | CONSISTENT | CONSTRAINT
    | CONSTRAINTS | CONTINUE | CONVERT | CREATE | CROSS | CUBE | CURRENT | CURRENT_CATALOG | CURRENT_DATE
    | CURRENT_ROLE | CURRENT_SCHEMA | CURRENT_TIME | CURRENT_TIMESTAMP | CURRENT_USER | DATA | DATABASE
    | DATAFILE | DATE | DAY | DAY_HOUR | DAY_MICROSECOND | DAY_MINUTE | DAY_SECOND | DDL | DEFAULT
    | DEFERRABLE | DEFERRED | DEFINER | DELAYED | DELETE | DESC | DETACH | DISTINCT | DISTINCTROW | DIV
    | DO | DOUBLE | DROP | DUMPFILE | DUPLICATE | ELSE | EMPTY | ENCLOSED | END | ENFORCED | ERROR
    | ESCAPE | ESCAPED | EXCEPT | EXCLUDE | EXCLUSIVE | EXISTS | EXPANSION | EXPLAIN | EXPRESSION
    | EXTENDED | EXTRACT | FALSE | FETCH | FIELDS | FILTER | FINALIZE | FIRST | FOLLOWING | FOR | FORCE
    | FOREIGN | FORMAT | FROM | FULL | FULLTEXT | GENERATED | GLOBAL | GROUP | GROUPING | GROUPS | HASH
    | HAVING | HIGH_PRIORITY | HOUR | HOUR_MICROSECOND | HOUR_MINUTE | HOUR_SECOND | IDENTITY | IF
    | IGNORE | ILIKE | IMMEDIATE | IN | INCLUDE | INDEX | INHERITS | INNER | INSERT | INTERSECT | INTERVAL
    | INTO | INVISIBLE | INVOKER | IS | ISNULL | ISOLATION | JOIN | JSON_TABLE | KEY | LANGUAGE | LAST
    | LATERAL | LEADING | LEFT | LEVEL | LIKE | LIMIT | LINEAR | LINES | LIST | LOCAL | LOCALTIME
    | LOCALTIMESTAMP | LOCK | LOCKED | LOGFILE | LOW_PRIORITY | MATCH | MATERIALIZED | MEMBER | METHOD
    | MICROSECOND | MID | MIGRATE | MINUS | MINUTE | MINUTE_MICROSECOND | MINUTE_SECOND | MOD | MODE
    | MODIFY | MONTH | NAMES | NATIONAL | NATURAL | NCHAR | NESTED | NEXT | NO | NONRESERVED | NOT
    | NOTHING | NOTNULL | NOWAIT | NULL | NULLS | OF | OFFSET | ON | ONE | ONLY | OPTION | OPTIONALLY
    | OPTIONS | OR | ORDER | ORDINALITY | OTHERS | OUTER | OUTFILE | OVER | OVERLAY | OWNER | PARTITION
    | PARTITIONS | PATH | PERSIST | PERSIST_ONLY | PHASE | PLACING | POSITION | PRECEDING | PRECISION
    | PREPARE | PREPARED | PRESERVE | PRIMARY | QUARTER | QUERY | QUICK | RANGE | READ | RECOVER
    | RECURSIVE | REFERENCES | REGEXP | RELEASE | RENAME | REPEAT | REPEATABLE | REPLACE | RESET | RESTART
    | RESTRICT | RESUME | RETURNING | RIGHT | RLIKE | ROLLBACK | ROLLUP | ROUTE | ROW | ROWS | SAVEPOINT
    | SCHEMA | SECOND | SECOND_MICROSECOND | SECURITY | SELECT | SEPARATOR | SERIALIZABLE | SESSION
    | SESSION_USER | SET | SETS | SHARE | SIGNED | SIMILAR | SKIP | SNAPSHOT | SOME | SOUNDS | SPATIAL
    | SQL | SQL_BIG_RESULT | SQL_BUFFER_RESULT | SQL_CACHE | SQL_CALC_FOUND_ROWS | SQL_NO_CACHE
    | SQL_SMALL_RESULT | SRID | START | STARTING | STORAGE | STORED | STRAIGHT_JOIN | SUBSTR | SUBSTRING
    | SUSPEND | SYMMETRIC | TABLE | TABLESPACE | TEMP | TEMPORARY | TERMINATED | THEN | TIES | TIME
    | TIMESTAMP | TO | TRAILING | TRANSACTION | TRIM | TRUE | TRUNCATE | TYPE | UNBOUNDED | UNCOMMITTED
    | UNDO | UNION | UNIQUE | UNKNOWN | UNLOGGED | UNSIGNED | UPDATE | USE | USER | USING | VALID | VALUE
    | VALUES | VARYING | VERBOSE | VIEW | VIRTUAL | VISIBLE | WEEK | WHEN | WHERE | WINDOW | WITH | WITHIN
    | WITHOUT | WORK | WRITE | XA | XID | XOR | YEAR | YEAR_MONTH | ZEROFILL | ZONE
    ;

nonReservedKeyword
    : ABORT | ACCESS | ACTION | ADD | AFTER | AGAINST | ALGORITHM | ALTER | ALWAYS | ANALYZE | ANYKEYWORD
    | AT | ATTACH | AUTOINCREMENT | AUTO_INCREMENT | BEGIN | BIT | BOOLEAN | CALL | CASCADE | CASCADED
    | CHAIN | CHANGE | CHAR | CHARACTER | CHARACTERISTICS | CHARSET | COLLATION | COLUMNS | COLUMN_FORMAT
    | COMMENT | COMMIT | COMMITTED | CONCURRENTLY | CONFLICT | CONSISTENT | CONSTRAINTS | CONTINUE | CUBE
    | CURRENT | DATA | DATABASE | DATAFILE | DATE | DAY | DAY_HOUR | DAY_MICROSECOND | DAY_MINUTE
    | DAY_SECOND | DDL | DEFERRABLE | DEFERRED | DEFINER | DELAYED | DETACH | DO | DOUBLE | DUMPFILE
    | DUPLICATE | EMPTY | ENCLOSED | ENFORCED | ERROR | ESCAPE | ESCAPED | EXCLUDE | EXCLUSIVE | EXPANSION
    | EXPLAIN | EXPRESSION | EXTENDED | EXTRACT | FIELDS | FILTER | FINALIZE | FIRST | FOLLOWING | FORCE
    | FORMAT | FULLTEXT | GENERATED | GLOBAL | GROUPING | GROUPS | HASH | HIGH_PRIORITY | HOUR
    | HOUR_MICROSECOND | HOUR_MINUTE | HOUR_SECOND | IDENTITY | IF | IGNORE | IMMEDIATE | INCLUDE
    | INHERITS | INVISIBLE | INVOKER | ISOLATION | JSON_TABLE | KEY | LANGUAGE | LAST | LEVEL | LINEAR
    | LINES | LIST | LOCAL | LOCK | LOCKED | LOGFILE | LOW_PRIORITY | MATCH | MATERIALIZED | MEMBER
    | METHOD | MICROSECOND | MID | MIGRATE | MINUTE | MINUTE_MICROSECOND | MINUTE_SECOND | MODE | MODIFY
    | MONTH | NAMES | NATIONAL | NCHAR | NESTED | NEXT | NO | NONRESERVED | NOTHING | NOWAIT | NULLS | OF
    | ONE | ONLY | OPTION | OPTIONALLY | OPTIONS | ORDINALITY | OTHERS | OUTFILE | OVER | OVERLAY | OWNER
    | PARTITIONS | PATH | PERSIST | PERSIST_ONLY | PHASE | PLACING | POSITION | PRECEDING | PRECISION
    | PREPARE | PREPARED | PRESERVE | QUARTER | QUERY | QUICK | RANGE | READ | RECOVER | RECURSIVE
    | RELEASE | RENAME | REPEAT | REPEATABLE | REPLACE | RESET | RESTART | RESTRICT | RESUME | ROLLBACK
    | ROLLUP | ROUTE | ROW | ROWS | SAVEPOINT | SCHEMA | SECOND | SECOND_MICROSECOND | SECURITY
    | SEPARATOR | SERIALIZABLE | SESSION | SETS | SHARE | SIGNED | SKIP | SNAPSHOT | SOUNDS | SPATIAL
    | SQL | SQL_BIG_RESULT | SQL_BUFFER_RESULT | SQL_CACHE | SQL_CALC_FOUND_ROWS | SQL_NO_CACHE
    | SQL_SMALL_RESULT | SRID | START | STARTING | STORAGE | STORED | SUBSTR | SUBSTRING | SUSPEND
    | SYMMETRIC | TABLESPACE | TEMP | TEMPORARY | TERMINATED | TIES | TIME | TIMESTAMP | TO | TRANSACTION
    | TRIM | TRUNCATE | TYPE | UNBOUNDED | UNCOMMITTED | UNDO | UNKNOWN | UNLOGGED | UNSIGNED | VALID
    | VALUE | VARYING | VERBOSE | VIEW | VIRTUAL | VISIBLE | WEEK | WITHIN | WITHOUT | WORK | WRITE | XA
    | XID | YEAR | YEAR_MONTH | ZEROFILL | ZONE
    ;
