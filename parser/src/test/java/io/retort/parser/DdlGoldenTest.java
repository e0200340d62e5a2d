package io.retort.parser;

import static io.retort.parser.ParseFixture.sql;
import static io.retort.sql.Sql.*;
import static io.retort.sql.SqlDialect.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.retort.sql.AddColumn;
import io.retort.sql.AddConstraint;
import io.retort.sql.AlterColumn;
import io.retort.sql.AlterColumnKind;
import io.retort.sql.AlterTable;
import io.retort.sql.ChangeColumn;
import io.retort.sql.CheckConstraint;
import io.retort.sql.ColumnAttribute;
import io.retort.sql.ColumnComment;
import io.retort.sql.ColumnDefinition;
import io.retort.sql.ColumnGenerated;
import io.retort.sql.ColumnIdentity;
import io.retort.sql.ColumnOnUpdate;
import io.retort.sql.ColumnPosition;
import io.retort.sql.Comments;
import io.retort.sql.CreateIndex;
import io.retort.sql.CreateTable;
import io.retort.sql.CreateView;
import io.retort.sql.DataType;
import io.retort.sql.DropBehavior;
import io.retort.sql.DropColumn;
import io.retort.sql.DropConstraint;
import io.retort.sql.DropIndex;
import io.retort.sql.DropTable;
import io.retort.sql.DropView;
import io.retort.sql.ForeignKey;
import io.retort.sql.ForeignKeyReference;
import io.retort.sql.Identifier;
import io.retort.sql.IndexColumn;
import io.retort.sql.IndexDefinition;
import io.retort.sql.Keyword;
import io.retort.sql.LikeTable;
import io.retort.sql.MetaData;
import io.retort.sql.ModifyColumn;
import io.retort.sql.Name;
import io.retort.sql.NumberLiteral;
import io.retort.sql.Option;
import io.retort.sql.PartitionBy;
import io.retort.sql.PrimaryKey;
import io.retort.sql.ReferentialAction;
import io.retort.sql.RenameColumn;
import io.retort.sql.SortOrder;
import io.retort.sql.Statement;
import io.retort.sql.StringLiteral;
import io.retort.sql.Table;
import io.retort.sql.TableElement;
import io.retort.sql.TableOptionAction;
import io.retort.sql.Truncate;
import io.retort.sql.UniqueKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CREATE/ALTER/DROP TABLE, indexes, views, TRUNCATE. */
class DdlGoldenTest {

    private static CreateTable create(String name, List<TableElement> elements, List<Option> options) {
        return new CreateTable(Name.of(name), null, false, elements, null, null, null, null, options, Comments.NONE);
    }

    private static IndexColumn key(String column) {
        return new IndexColumn(column(column), null, null, null);
    }

    @Test
    void createTableFromMetaData() {
        MetaData md = new MetaData();
        Table users = md.table("users",
                ColumnDefinition.of("id", DataType.INTEGER).primaryKey(),
                ColumnDefinition.of("name", DataType.varchar(30)).notNull(),
                ColumnDefinition.of("score", DataType.numeric(10, 2)).defaultValue(0));
        Table orders = md.table("orders",
                ColumnDefinition.of("id", DataType.BIGINT).primaryKey(),
                ColumnDefinition.of("user_id", DataType.INTEGER).notNull().references(users.col("id"), ReferentialAction.CASCADE));
        sql("CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(30) NOT NULL, score NUMERIC(10, 2) DEFAULT 0)")
                .in(ANSI, POSTGRESQL, MYSQL, SQLITE, H2).is(users.toCreateTable());
        sql("CREATE TABLE orders (id BIGINT PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE)")
                .in(ANSI, POSTGRESQL, MYSQL).is(orders.toCreateTable());
        assertThat(md.createAll()).containsExactly(users.toCreateTable(), orders.toCreateTable());
        assertThat(md.dropAll()).containsExactly(orders.toDropTable(), users.toDropTable());
    }

    @Test
    void tableConstraints() {
        ForeignKeyReference ref = new ForeignKeyReference(Name.of("t_order"), List.of(Identifier.of("order_id")),
                ReferentialAction.CASCADE, ReferentialAction.CASCADE, null);
        sql("CREATE TABLE t_item (item_id INT, order_id INT, CONSTRAINT pk PRIMARY KEY (item_id), UNIQUE (order_id), "
                + "CONSTRAINT fk FOREIGN KEY (order_id) REFERENCES t_order (order_id) ON UPDATE CASCADE ON DELETE CASCADE, "
                + "CHECK (item_id > 0))").in(ANSI, MYSQL, POSTGRESQL)
                .is(create("t_item", List.of(
                        ColumnDefinition.of("item_id", DataType.INT),
                        ColumnDefinition.of("order_id", DataType.INT),
                        new PrimaryKey(Identifier.of("pk"), List.of(key("item_id")), List.of()),
                        new UniqueKey(null, null, List.of(key("order_id")), List.of()),
                        new ForeignKey(Identifier.of("fk"), List.of(Identifier.of("order_id")), ref),
                        new CheckConstraint(null, column("item_id").gt(0), true)), List.of()));
    }

    @Test
    void mysqlColumnsIndexesAndOptions() {
        sql("CREATE TABLE `t` (`id` INT UNSIGNED NOT NULL AUTO_INCREMENT, `c` VARCHAR(10) COMMENT 'c' INVISIBLE, "
                + "u DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), "
                + "g INT GENERATED ALWAYS AS (id * 2) STORED, PRIMARY KEY (`id`), KEY idx_c (c(5)) USING BTREE) "
                + "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='orders'").in(MYSQL)
                .is(new CreateTable(Name.of(Identifier.quoted("t")), null, false, List.of(
                        new ColumnDefinition(Identifier.quoted("id"), DataType.INT.withAttribute("UNSIGNED"), List.of())
                                .notNull().autoIncrement(),
                        new ColumnDefinition(Identifier.quoted("c"), DataType.varchar(10), List.of())
                                .with(new ColumnComment("c")).with(new ColumnAttribute("INVISIBLE")),
                        ColumnDefinition.of("u", DataType.of("DATETIME", 6)).notNull().defaultValue(func("CURRENT_TIMESTAMP", 6))
                                .with(new ColumnOnUpdate(func("CURRENT_TIMESTAMP", 6))),
                        ColumnDefinition.of("g", DataType.INT).with(new ColumnGenerated(column("id").times(2), "STORED")),
                        new PrimaryKey(null, List.of(new IndexColumn(new io.retort.sql.ColumnRef(null, Identifier.quoted("id")), null,
                                null, null)), List.of()),
                        new IndexDefinition("KEY", Identifier.of("idx_c"), List.of(new IndexColumn(column("c"), 5, null, null)),
                                List.of(new Option("USING", new Keyword("BTREE"))))),
                        null, null, null, null,
                        List.of(new Option("ENGINE", new Keyword("InnoDB")), new Option("DEFAULT CHARACTER SET", new Keyword("utf8mb4")),
                                new Option("COMMENT", new StringLiteral("orders", null))),
                        Comments.NONE));
    }

    @Test
    void postgresColumnsAndTableKinds() {
        CreateTable t = (CreateTable) sql("CREATE TEMPORARY TABLE IF NOT EXISTS log (id BIGSERIAL PRIMARY KEY, "
                + "v INT GENERATED BY DEFAULT AS IDENTITY, at TIMESTAMP WITH TIME ZONE DEFAULT now(), tags TEXT[])").in(POSTGRESQL).tree();
        assertThat(t.kind()).isEqualTo("TEMPORARY");
        assertThat(t.ifNotExists()).isTrue();
        assertThat(t.elements()).containsExactly(
                ColumnDefinition.of("id", DataType.of("BIGSERIAL")).primaryKey(),
                ColumnDefinition.of("v", DataType.INT).with(new ColumnIdentity(false, List.of())),
                ColumnDefinition.of("at", DataType.TIMESTAMP_WITH_TIME_ZONE).defaultValue(func("now")),
                ColumnDefinition.of("tags", new DataType("TEXT", List.of(), List.of(), 1)));
        CreateTable p = (CreateTable) sql("CREATE TABLE m (id INT, city TEXT) PARTITION BY LIST (lower(city))").in(POSTGRESQL).tree();
        assertThat(p.partitionBy()).isEqualTo(new PartitionBy("LIST", List.of(func("lower", column("city"))), null));
        CreateTable like = (CreateTable) sql("CREATE TABLE a LIKE b").in(MYSQL).tree();
        assertThat(like.elements()).containsExactly(new LikeTable(Name.of("b")));
        CreateTable as = (CreateTable) sql("CREATE TABLE a AS SELECT * FROM b").in(MYSQL, POSTGRESQL).tree();
        assertThat(as.asQuery()).isEqualTo(select(star()).from(table("b")));
    }

    @Test
    void alterTable() {
        sql("ALTER TABLE t ADD COLUMN c VARCHAR(10) NOT NULL AFTER b, DROP COLUMN d, MODIFY e BIGINT FIRST, "
                + "CHANGE f g INT, ALGORITHM=INPLACE").in(MYSQL)
                .is(new AlterTable(Name.of("t"), false, false, List.of(
                        new AddColumn(ColumnDefinition.of("c", DataType.varchar(10)).notNull(), false,
                                ColumnPosition.after(Identifier.of("b"))),
                        new DropColumn(Identifier.of("d"), false, null),
                        new ModifyColumn(ColumnDefinition.of("e", DataType.BIGINT), ColumnPosition.FIRST),
                        new ChangeColumn(Identifier.of("f"), ColumnDefinition.of("g", DataType.INT), null),
                        new TableOptionAction(new Option("ALGORITHM", new Keyword("INPLACE")))), Comments.NONE));
        sql("ALTER TABLE IF EXISTS ONLY t ALTER COLUMN c SET NOT NULL, ALTER c TYPE BIGINT USING c::bigint, "
                + "RENAME COLUMN a TO b, ADD CONSTRAINT pk PRIMARY KEY (id), DROP CONSTRAINT IF EXISTS old CASCADE").in(POSTGRESQL)
                .is(new AlterTable(Name.of("t"), true, true, List.of(
                        new AlterColumn(Identifier.of("c"), AlterColumnKind.SET_NOT_NULL, null, null),
                        new AlterColumn(Identifier.of("c"), AlterColumnKind.SET_DATA_TYPE, DataType.BIGINT,
                                new io.retort.sql.Cast(column("c"), DataType.BIGINT, io.retort.sql.CastSyntax.DOUBLE_COLON)),
                        new RenameColumn(Identifier.of("a"), Identifier.of("b")),
                        new AddConstraint(new PrimaryKey(Identifier.of("pk"), List.of(key("id")), List.of()), false),
                        new DropConstraint("CONSTRAINT", Identifier.of("old"), true, DropBehavior.CASCADE)), Comments.NONE));
        AlterTable drop = (AlterTable) sql("ALTER TABLE t DROP PRIMARY KEY, DROP FOREIGN KEY fk, DROP INDEX ix").in(MYSQL).tree();
        assertThat(drop.actions()).containsExactly(new DropConstraint("PRIMARY KEY", null, false, null),
                new DropConstraint("FOREIGN KEY", Identifier.of("fk"), false, null),
                new DropConstraint("INDEX", Identifier.of("ix"), false, null));
    }

    @Test
    void semanticFlagsAreKept() {
        AlterTable notValid = (AlterTable) sql("ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID").in(POSTGRESQL).tree();
        assertThat(notValid.actions()).containsExactly(new AddConstraint(new CheckConstraint(Identifier.of("c"),
                column("a").gt(0), true), true));
        CreateTable notEnforced = (CreateTable) sql("CREATE TABLE t (a INT CHECK (a > 0) NOT ENFORCED)").in(MYSQL).tree();
        assertThat(notEnforced.elements()).containsExactly(ColumnDefinition.of("a", DataType.INT)
                .with(new io.retort.sql.ColumnCheck(null, column("a").gt(0), false)));
    }

    @Test
    void dropAndTruncate() {
        sql("DROP TABLE IF EXISTS a, b CASCADE").in(POSTGRESQL, MYSQL)
                .is(new DropTable(List.of(Name.of("a"), Name.of("b")), false, true, DropBehavior.CASCADE, Comments.NONE));
        sql("DROP TEMPORARY TABLE t").in(MYSQL).is(new DropTable(List.of(Name.of("t")), true, false, null, Comments.NONE));
        sql("TRUNCATE TABLE a, b RESTART IDENTITY").in(POSTGRESQL)
                .is(new Truncate(List.of(Name.of("a"), Name.of("b")), "RESTART", null, Comments.NONE));
        sql("TRUNCATE t").in(MYSQL, POSTGRESQL).is(new Truncate(List.of(Name.of("t")), null, null, Comments.NONE));
    }

    @Test
    void indexes() {
        MetaData md = new MetaData();
        Table users = md.table("users", ColumnDefinition.of("id", DataType.INTEGER), ColumnDefinition.of("email", DataType.TEXT));
        CreateIndex unique = md.uniqueIndex("ux_users_email", users, "email");
        sql("CREATE UNIQUE INDEX ux_users_email ON users (email)").in(ANSI, POSTGRESQL, MYSQL, SQLITE, H2).is(unique);
        CreateIndex pg = (CreateIndex) sql("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix ON t USING gin (lower(a) DESC) "
                + "INCLUDE (b) WHERE c > 0").in(POSTGRESQL).tree();
        assertThat(pg.concurrently()).isTrue();
        assertThat(pg.method()).isEqualTo("GIN");
        assertThat(pg.columns()).containsExactly(new IndexColumn(func("lower", column("a")), null, SortOrder.DESC, null));
        assertThat(pg.include()).containsExactly(Identifier.of("b"));
        assertThat(pg.where()).isEqualTo(column("c").gt(0));
        sql("DROP INDEX ix ON t").in(MYSQL)
                .is(new DropIndex(List.of(Name.of("ix")), Name.of("t"), false, false, null, List.of(), Comments.NONE));
        sql("DROP INDEX IF EXISTS ix").in(POSTGRESQL)
                .is(new DropIndex(List.of(Name.of("ix")), null, false, true, null, List.of(), Comments.NONE));
        assertThat(md.createAll()).last().isEqualTo(unique);
    }

    @Test
    void views() {
        sql("CREATE OR REPLACE VIEW v (a) AS SELECT x FROM t WITH CHECK OPTION").in(POSTGRESQL, MYSQL)
                .is(new CreateView(Name.of("v"), true, null, List.of(Identifier.of("a")), select(column("x")).from(table("t")),
                        "CHECK", List.of(), Comments.NONE));
        CreateView mv = (CreateView) sql("CREATE MATERIALIZED VIEW mv AS SELECT 1").in(POSTGRESQL).tree();
        assertThat(mv.kind()).isEqualTo("MATERIALIZED");
        sql("DROP VIEW IF EXISTS a, b").in(POSTGRESQL, MYSQL)
                .is(new DropView(List.of(Name.of("a"), Name.of("b")), false, true, null, Comments.NONE));
    }

    @Test
    void everyDdlStatementIsAStatement() {
        Statement s = sql("CREATE TABLESPACE ts ADD DATAFILE 'ts.ibd' ENGINE=InnoDB").in(MYSQL).tree();
        assertThat(s).isInstanceOf(io.retort.sql.CreateTablespace.class);
        assertThat(((io.retort.sql.CreateTablespace) s).options()).containsExactly(
                new Option("ADD DATAFILE", new StringLiteral("ts.ibd", null)), new Option("ENGINE", new Keyword("InnoDB")));
        assertThat(new NumberLiteral("1")).isEqualTo(number(1));
    }
}
