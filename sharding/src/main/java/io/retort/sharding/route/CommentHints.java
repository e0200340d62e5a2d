package io.retort.sharding.route;

import io.retort.sql.Comments;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Reads routing hints from a statement's leading comments: {@code /* retort: shard=ds1 *}{@code /},
 * {@code -- retort: shard=ds1} or {@code # retort: shard=ds1}. Settings are {@code name=value}
 * pairs separated by spaces or commas; {@code shard} (the data source to run on) is the only one
 * so far. A comment that starts with {@code retort:} but cannot be read is an error rather than
 * ignored, so a typo never silently routes a statement elsewhere.
 */
final class CommentHints {
    private static final String PREFIX = "retort:";

    private CommentHints() {}

    /** The data source a leading {@code retort:} comment forces, or null. */
    static String forcedDataSource(Comments comments, List<String> dataSources) throws SQLException {
        String forced = null;
        for (String comment : comments.leading()) {
            String body = body(comment);
            if (body == null || !body.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
                continue;
            }
            String settings = body.substring(PREFIX.length()).trim();
            if (settings.isEmpty()) {
                throw RouteErrors.badHint("Routing comment " + comment + " has no settings; write /* retort: shard=<data source> */");
            }
            for (String pair : settings.split("[\\s,]+")) {
                int eq = pair.indexOf('=');
                if (eq <= 0 || eq == pair.length() - 1) {
                    throw RouteErrors.badHint("Routing comment " + comment + ": '" + pair
                            + "' is not name=value; write /* retort: shard=<data source> */");
                }
                String name = pair.substring(0, eq).toLowerCase(Locale.ROOT);
                String value = pair.substring(eq + 1);
                if (!name.equals("shard")) {
                    throw RouteErrors.badHint("Routing comment " + comment + ": unknown setting '" + name
                            + "'; the only setting is shard=<data source>");
                }
                String dataSource = resolve(value, dataSources, comment);
                if (forced != null && !forced.equals(dataSource)) {
                    throw RouteErrors.badHint("Routing comments force two data sources, " + forced + " and " + dataSource
                            + "; keep one /* retort: shard=... */ comment");
                }
                forced = dataSource;
            }
        }
        return forced;
    }

    /** A data source name as configured (exact match first, then ignoring case), or an error listing the names. */
    static String resolve(String name, List<String> dataSources, String where) throws SQLException {
        for (String ds : dataSources) {
            if (ds.equals(name)) {
                return ds;
            }
        }
        for (String ds : dataSources) {
            if (ds.equalsIgnoreCase(name)) {
                return ds;
            }
        }
        throw RouteErrors.unknownDataSource((where == null ? "The routing hint" : "Routing comment " + where)
                + " names data source '" + name + "', which is not configured; use one of " + dataSources);
    }

    private static String body(String comment) {
        String c = comment.trim();
        if (c.startsWith("/*") && c.endsWith("*/") && c.length() >= 4) {
            return c.substring(2, c.length() - 2).trim();
        }
        if (c.startsWith("--")) {
            return c.substring(2).trim();
        }
        if (c.startsWith("#")) {
            return c.substring(1).trim();
        }
        return null;
    }
}
