package io.retort.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordMaskTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://h/db?user=u&password=s3cret&ssl=true | jdbc:postgresql://h/db?user=u&password=***&ssl=true",
        "jdbc:mariadb://u:s3cret@h:3306/db | jdbc:mariadb://u:***@h:3306/db",
        "jdbc:h2:mem:x;USER=sa;PASSWORD=s3cret;DB_CLOSE_DELAY=-1 | jdbc:h2:mem:x;USER=sa;PASSWORD=***;DB_CLOSE_DELAY=-1",
        "jdbc:sqlserver://h;user=u;password=s3cret | jdbc:sqlserver://h;user=u;password=***",
        "jdbc:odbc:x;UID=u;PWD=s3cret | jdbc:odbc:x;UID=u;PWD=***",
        "jdbc:postgresql://h/db?sslpassword=s3cret | jdbc:postgresql://h/db?sslpassword=***",
        "jdbc:oracle:thin:scott/s3cret@h:1521:orcl | jdbc:oracle:thin:scott/***@h:1521:orcl",
        "conn0: url=jdbc:x user=u password=s3cret | conn0: url=jdbc:x user=u password=***",
        "jdbc:postgresql://h/db?user=u | jdbc:postgresql://h/db?user=u",
        "jdbc:h2:mem:x;PASSWORD=s3cret?retort.dialect=h2 | jdbc:h2:mem:x;PASSWORD=***?retort.dialect=h2",
        "jdbc:postgresql://h/db?password=s3?cret&x=1 | jdbc:postgresql://h/db?password=***&x=1",
    })
    void masksSecrets(String url, String masked) {
        assertThat(PasswordMask.url(url)).isEqualTo(masked).doesNotContain("s3cret");
    }
}
