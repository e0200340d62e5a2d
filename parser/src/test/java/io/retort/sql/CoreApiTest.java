package io.retort.sql;

import static io.retort.sql.Sql.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.parser.SqlParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Core API along the lines of SQLAlchemy's Unified Tutorial (Core chapters): every statement built in
 * Java equals the parse of the SQL it stands for.
 */
class CoreApiTest {

    private final MetaData metadata = new MetaData();
    private final Table userAccount = metadata.table("user_account",
            ColumnDefinition.of("id", DataType.INTEGER).primaryKey(),
            ColumnDefinition.of("name", DataType.varchar(30)),
            ColumnDefinition.of("fullname", DataType.TEXT));
    private final Table address = metadata.table("address",
            ColumnDefinition.of("id", DataType.INTEGER).primaryKey(),
            ColumnDefinition.of("user_id", DataType.INTEGER).notNull().references(userAccount.col("id")),
            ColumnDefinition.of("email_address", DataType.TEXT).notNull());

    private static Statement parse(String sql) {
        return SqlParser.parse(sql, SqlDialect.POSTGRESQL);
    }

    @Test
    void metadataAndDdl() {
        assertThat(metadata.createAll()).containsExactly(
                parse("CREATE TABLE user_account (id INTEGER PRIMARY KEY, name VARCHAR(30), fullname TEXT)"),
                parse("CREATE TABLE address (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES user_account (id), "
                        + "email_address TEXT NOT NULL)"));
        assertThat(address.primaryKey()).containsExactly(Identifier.of("id"));
        assertThat(address.referencedTables()).containsExactly(Name.of("user_account"));
        assertThatThrownBy(() -> userAccount.col("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no column nope");
    }

    @Test
    void insertStatements() {
        assertThat(userAccount.insert().columns("name", "fullname").values("spongebob", "Spongebob Squarepants"))
                .isEqualTo(parse("INSERT INTO user_account (name, fullname) VALUES ('spongebob', 'Spongebob Squarepants')"));
        assertThat(userAccount.insert().columns("name").values(param(1)).returning(userAccount.col("id")))
                .isEqualTo(parse("INSERT INTO user_account (name) VALUES (?) RETURNING user_account.id"));
        Select fromSelect = select(userAccount.col("id"), userAccount.col("name").concat("@aol.com")).from(userAccount);
        assertThat(address.insert().columns("user_id", "email_address").select(fromSelect))
                .isEqualTo(parse("INSERT INTO address (user_id, email_address) "
                        + "SELECT user_account.id, user_account.name || '@aol.com' FROM user_account"));
    }

    @Test
    void selectWhereAndJoins() {
        assertThat(userAccount.select().where(userAccount.col("name").eq("spongebob")))
                .isEqualTo(parse("SELECT user_account.id, user_account.name, user_account.fullname FROM user_account "
                        + "WHERE user_account.name = 'spongebob'"));
        assertThat(select(userAccount.col("name"), address.col("email_address")).from(userAccount)
                .join(address, userAccount.col("id").eq(address.col("user_id")))
                .orderBy(address.col("id")))
                .isEqualTo(parse("SELECT user_account.name, address.email_address FROM user_account "
                        + "JOIN address ON user_account.id = address.user_id ORDER BY address.id"));
        TableRef u1 = userAccount.as("u1");
        TableRef u2 = userAccount.as("u2");
        assertThat(select(u1.col("name"), u2.col("name")).from(u1).join(u2, u1.col("id").lt(u2.col("id"))))
                .isEqualTo(parse("SELECT u1.name, u2.name FROM user_account AS u1 JOIN user_account AS u2 ON u1.id < u2.id"));
    }

    @Test
    void subqueriesAndCtes() {
        Select counts = select(count().as("count"), address.col("user_id")).from(address).groupBy(address.col("user_id"));
        DerivedTable sub = counts.as("sub");
        assertThat(select(userAccount.col("name"), column("sub", "count")).from(userAccount)
                .join(sub, userAccount.col("id").eq(column("sub", "user_id"))))
                .isEqualTo(parse("SELECT user_account.name, sub.count FROM user_account JOIN (SELECT COUNT(*) AS count, "
                        + "address.user_id FROM address GROUP BY address.user_id) AS sub ON user_account.id = sub.user_id"));
        assertThat(select(userAccount.col("name"), column("c", "count")).from(userAccount)
                .join(table("c"), userAccount.col("id").eq(column("c", "user_id")))
                .with(with(cte("c", counts))))
                .isEqualTo(parse("WITH c AS (SELECT COUNT(*) AS count, address.user_id FROM address GROUP BY address.user_id) "
                        + "SELECT user_account.name, c.count FROM user_account JOIN c ON user_account.id = c.user_id"));
        Select scalar = select(count()).from(address).where(userAccount.col("id").eq(address.col("user_id")));
        assertThat(select(userAccount.col("name"), scalar.asScalar().as("address_count")).from(userAccount))
                .isEqualTo(parse("SELECT user_account.name, (SELECT COUNT(*) FROM address WHERE user_account.id = address.user_id) "
                        + "AS address_count FROM user_account"));
        assertThat(select(column("name")).from(userAccount).where(exists(select(number(1)).from(address)
                .where(address.col("user_id").eq(userAccount.col("id"))))))
                .isEqualTo(parse("SELECT name FROM user_account WHERE EXISTS (SELECT 1 FROM address "
                        + "WHERE address.user_id = user_account.id)"));
    }

    @Test
    void unions() {
        Select a = select(userAccount.col("name")).from(userAccount).where(userAccount.col("name").eq("sandy"));
        Select b = select(userAccount.col("name")).from(userAccount).where(userAccount.col("name").eq("spongebob"));
        assertThat(unionAll(a, b)).isEqualTo(parse("SELECT user_account.name FROM user_account WHERE user_account.name = 'sandy' "
                + "UNION ALL SELECT user_account.name FROM user_account WHERE user_account.name = 'spongebob'"));
    }

    @Test
    void functionsWindowsCaseCast() {
        assertThat(select(func("lower", "A String With Much UPPERCASE"), func("now"), count()))
                .isEqualTo(parse("SELECT lower('A String With Much UPPERCASE'), now(), COUNT(*)"));
        assertThat(select(func("row_number").over(window().partitionBy(userAccount.col("name"))), userAccount.col("name"),
                address.col("email_address")).from(userAccount).join(address, userAccount.col("id").eq(address.col("user_id"))))
                .isEqualTo(parse("SELECT row_number() OVER (PARTITION BY user_account.name), user_account.name, "
                        + "address.email_address FROM user_account JOIN address ON user_account.id = address.user_id"));
        assertThat(select(caseWhen(userAccount.col("name").eq("spongebob"), "P").when(userAccount.col("name").eq("sandy"), "S")
                .otherwise("O")).from(userAccount))
                .isEqualTo(parse("SELECT CASE WHEN user_account.name = 'spongebob' THEN 'P' WHEN user_account.name = 'sandy' "
                        + "THEN 'S' ELSE 'O' END FROM user_account"));
        assertThat(select(cast(userAccount.col("id"), DataType.varchar(10))).from(userAccount))
                .isEqualTo(parse("SELECT CAST(user_account.id AS VARCHAR(10)) FROM user_account"));
        assertThat(select(func("count", address.col("id")).filter(address.col("email_address").like("%@aol.com"))).from(address))
                .isEqualTo(parse("SELECT count(address.id) FILTER (WHERE address.email_address LIKE '%@aol.com') FROM address"));
    }

    @Test
    void updatesAndDeletes() {
        assertThat(userAccount.update().set("fullname", "Patrick the Star").where(userAccount.col("name").eq("patrick")))
                .isEqualTo(parse("UPDATE user_account SET fullname = 'Patrick the Star' WHERE user_account.name = 'patrick'"));
        assertThat(userAccount.delete().where(userAccount.col("name").eq(param(1))).returning(userAccount.col("id")))
                .isEqualTo(parse("DELETE FROM user_account WHERE user_account.name = ? RETURNING user_account.id"));
        Select scalar = select(address.col("email_address")).from(address).where(address.col("user_id").eq(userAccount.col("id")))
                .limit(1);
        assertThat(userAccount.update().set(set(userAccount.col("fullname"), scalar.asScalar())))
                .isEqualTo(parse("UPDATE user_account SET user_account.fullname = (SELECT address.email_address FROM address "
                        + "WHERE address.user_id = user_account.id LIMIT 1)"));
    }

    @Test
    void statementsAreImmutable() {
        Select base = select(column("a")).from(table("t"));
        Select filtered = base.where(column("a").gt(1));
        assertThat(base.where()).isNull();
        assertThat(filtered.where()).isEqualTo(column("a").gt(1));
        assertThat(filtered.where(column("a").lt(9)).where()).isEqualTo(column("a").gt(1).and(column("a").lt(9)));
        assertThatThrownBy(() -> base.items().add(column("x").toSelectItem())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> literal(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bind it as a parameter");
    }
}
