package io.retort.testkit;

/** The real database servers the tests use. */
public enum DatabaseKind {
    POSTGRESQL("PostgreSQL", "RETORT_TEST_PG", "jdbc:postgresql://127.0.0.1:5432/", "postgres", "postgres"),
    MARIADB("MariaDB", "RETORT_TEST_MARIADB", "jdbc:mariadb://127.0.0.1:3306/", "root", "");

    private final String displayName;
    private final String envPrefix;
    private final String localUrl;
    private final String localUser;
    private final String adminDatabase;

    DatabaseKind(String displayName, String envPrefix, String localUrl, String localUser, String adminDatabase) {
        this.displayName = displayName;
        this.envPrefix = envPrefix;
        this.localUrl = localUrl;
        this.localUser = localUser;
        this.adminDatabase = adminDatabase;
    }

    public String displayName() {
        return displayName;
    }

    /** Name of the environment variable with the server's JDBC URL, e.g. {@code RETORT_TEST_PG_URL}. */
    public String urlVariable() {
        return envPrefix + "_URL";
    }

    public String userVariable() {
        return envPrefix + "_USER";
    }

    public String passwordVariable() {
        return envPrefix + "_PASSWORD";
    }

    String localUrl() {
        return localUrl;
    }

    String localUser() {
        return localUser;
    }

    /** The database an administrative connection opens when the server URL names none. */
    String adminDatabase() {
        return adminDatabase;
    }
}
