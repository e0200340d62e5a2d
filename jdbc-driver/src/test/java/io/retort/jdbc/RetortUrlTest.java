package io.retort.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RetortUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:retort:h2:mem:x;DB_CLOSE_DELAY=-1?retort.dialect=postgresql | jdbc:h2:mem:x;DB_CLOSE_DELAY=-1 | h2",
        "jdbc:retort:postgresql://h:5432/db | jdbc:postgresql://h:5432/db | postgresql",
        "jdbc:retort:postgresql://h/db?ssl=false&retort.strict=true&ApplicationName=x | jdbc:postgresql://h/db?ssl=false&ApplicationName=x | postgresql",
        "jdbc:retort:mariadb://h/db?retort.strict=true&allowMultiQueries=true | jdbc:mariadb://h/db?allowMultiQueries=true | mariadb",
        "jdbc:retort:sqlite:/tmp/x.db?retort.dialect=sqlite&retort.strict=false | jdbc:sqlite:/tmp/x.db | sqlite",
        "jdbc:retort:sqlite:/tmp/x.db? | jdbc:sqlite:/tmp/x.db | sqlite",
        "jdbc:retort:postgresql://h/db?a=1&&b=%20 | jdbc:postgresql://h/db?a=1&&b=%20 | postgresql",
        "jdbc:retort:oracle:thin:@//h:1521/svc | jdbc:oracle:thin:@//h:1521/svc | oracle",
        "jdbc:retort:stub:x?retort.listeners=a.B | jdbc:stub:x | stub",
    })
    void realUrlHasNoRetortOptionsAndNoEmptyQuery(String url, String real, String subprotocol) throws SQLException {
        RetortUrl u = RetortUrl.parse(url);
        assertThat(u.realUrl()).isEqualTo(real);
        assertThat(u.subprotocol()).isEqualTo(subprotocol);
        assertThat(u.url()).isEqualTo(url);
    }

    @Test
    void optionsAreDecodedAndKeepTheirOrder() throws SQLException {
        RetortUrl u = RetortUrl.parse("jdbc:retort:h2:mem:x?retort.strict=true&retort.listeners=a.B%2Cc.D");
        assertThat(u.options()).containsExactly(Map.entry("retort.strict", "true"), Map.entry("retort.listeners", "a.B,c.D"));
    }

    @Test
    void anOptionGivenTwiceIsAnError() {
        assertThatThrownBy(() -> RetortUrl.parse("jdbc:retort:h2:mem:x?retort.strict=true&retort.strict=false"))
                .isInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageContaining("retort.strict appears twice")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08001");
    }

    @Test
    void nothingAfterThePrefixIsAnError() {
        assertThatThrownBy(() -> RetortUrl.parse("jdbc:retort:")).isInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageContaining("no database after jdbc:retort:");
        assertThatThrownBy(() -> RetortUrl.parse("jdbc:retort::x")).hasMessageContaining("no database after jdbc:retort:");
    }

    @Test
    void configUrlsNameTheirLocation() throws SQLException {
        RetortUrl url = RetortUrl.parse("jdbc:retort:config:classpath:shop.yaml");
        assertThat(url.isConfig()).isTrue();
        assertThat(url.realUrl()).isEqualTo("classpath:shop.yaml");
        assertThatThrownBy(() -> RetortUrl.parse("jdbc:retort:config:"))
                .hasMessageContaining("no configuration after jdbc:retort:config:")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08001");
    }

    @Test
    void retortInRetortIsRefused() {
        assertThatThrownBy(() -> RetortUrl.parse("jdbc:retort:retort:h2:mem:x")).hasMessageContaining("wraps Retort in Retort");
    }

    @Test
    void maskedFormHidesThePassword() throws SQLException {
        RetortUrl u = RetortUrl.parse("jdbc:retort:postgresql://h/db?user=a&password=s3cret&retort.strict=true");
        assertThat(u.masked()).doesNotContain("s3cret").contains("password=***");
        assertThat(u.toString()).doesNotContain("s3cret");
        assertThat(u.realUrl()).isEqualTo("jdbc:postgresql://h/db?user=a&password=s3cret");
    }
}
