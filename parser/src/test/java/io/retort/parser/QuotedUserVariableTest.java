package io.retort.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.sql.Passthrough;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import io.retort.sql.Variable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MySQL user variables in quotes ({@code @`x`}, {@code @'x'}, {@code @"x"}) are names, never a crash. */
class QuotedUserVariableTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SELECT @`keys`|keys",
            "SELECT @'x'|x",
            "SELECT @\"q\"|q",
            "SELECT @`a``b`|a`b",
            "SELECT @'it\\'s'|it's"})
    void quotedUserVariablesParse(String sql, String name) {
        Statement s = SqlParser.parse(sql, SqlDialect.MYSQL);
        assertThat(s).isNotInstanceOf(Passthrough.class);
        Variable v = s.findAll(Variable.class).get(0);
        assertThat(v.name().last().text()).isEqualTo(name);
        assertThat(v.name().last().quoted()).isTrue();
    }
}
