package io.retort.testkit;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a server of one kind: the address from the environment, else the local server, else an
 * embedded one. Reports every attempt that failed, so a skip or failure message says why.
 */
final class ServerResolver {

    private static final Logger LOG = LoggerFactory.getLogger(ServerResolver.class);
    private static final int PROBE_TIMEOUT_SECONDS = 2;

    /** The outcome: a server, or the reasons none was found. */
    record Resolution(DatabaseServer server, List<String> failures) {}

    private ServerResolver() {}

    static Resolution resolve(DatabaseKind kind, TestSettings settings) {
        List<String> failures = new ArrayList<>();
        String envUrl = settings.env(kind.urlVariable());
        if (envUrl != null) {
            String user = settings.env(kind.userVariable());
            DatabaseServer server = new DatabaseServer(kind, ServerSource.ENVIRONMENT, envUrl,
                    user == null ? kind.localUser() : user, settings.env(kind.passwordVariable()));
            String problem = probe(server);
            if (problem == null) {
                return chosen(server);
            }
            // An explicit address that does not answer is a configuration error: say so, do not
            // quietly test against something else.
            failures.add(kind.urlVariable() + "=" + envUrl + " does not answer: " + problem);
            return new Resolution(null, failures);
        }
        if (settings.skipLocal()) {
            failures.add("local server skipped (RETORT_TEST_SKIP_LOCAL / retort.testkit.skipLocal)");
        } else {
            DatabaseServer local = new DatabaseServer(kind, ServerSource.LOCAL, kind.localUrl(), kind.localUser(), "");
            String problem = probe(local);
            if (problem == null) {
                return chosen(local);
            }
            failures.add("no local server at " + local.address() + ": " + problem);
        }
        try {
            return chosen(EmbeddedServers.get(kind));
        } catch (RuntimeException e) {
            failures.add(e.getMessage());
            return new Resolution(null, failures);
        }
    }

    private static Resolution chosen(DatabaseServer server) {
        LOG.info("tests use {}", server);
        return new Resolution(server, List.of());
    }

    /** Null if the server answers a query, else what went wrong. */
    private static String probe(DatabaseServer server) {
        try (Connection c = server.connectProbe(PROBE_TIMEOUT_SECONDS);
                var st = c.createStatement();
                var rs = st.executeQuery("SELECT 1")) {
            rs.next();
            return null;
        } catch (Exception e) {
            return e.getMessage();
        }
    }
}
