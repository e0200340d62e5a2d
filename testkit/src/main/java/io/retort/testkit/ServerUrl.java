package io.retort.testkit;

/**
 * A server JDBC URL split into the part before the database path, the database and the query, so that
 * a URL for another database on the same server can be made: {@code jdbc:postgresql://h:5432/?ssl=false}
 * with database {@code x} becomes {@code jdbc:postgresql://h:5432/x?ssl=false}.
 */
record ServerUrl(String base, String database, String query) {

    static ServerUrl parse(String url) {
        int scheme = url.indexOf("://");
        if (!url.startsWith("jdbc:") || scheme < 0) {
            throw new IllegalArgumentException("expected a server URL such as jdbc:postgresql://host:5432/, got " + url);
        }
        int q = url.indexOf('?');
        String query = q < 0 ? "" : url.substring(q + 1);
        String beforeQuery = q < 0 ? url : url.substring(0, q);
        int slash = beforeQuery.indexOf('/', scheme + 3);
        if (slash < 0) {
            return new ServerUrl(beforeQuery + "/", "", query);
        }
        return new ServerUrl(beforeQuery.substring(0, slash + 1), beforeQuery.substring(slash + 1), query);
    }

    /** The URL of {@code name} on the same server, keeping the query parameters. */
    String withDatabase(String name) {
        return base + name + (query.isEmpty() ? "" : "?" + query);
    }

    /** host:port, for messages. */
    String address() {
        String afterScheme = base.substring(base.indexOf("://") + 3);
        return afterScheme.endsWith("/") ? afterScheme.substring(0, afterScheme.length() - 1) : afterScheme;
    }
}
