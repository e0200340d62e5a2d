package io.retort.orm;

import io.retort.sql.Name;
import io.retort.sql.Node;
import io.retort.sql.Statement;
import io.retort.sql.TableRef;
import java.util.Locale;
import java.util.Map;

/**
 * Where an object's row lives: a data source and, in a sharded session, the physical names of the
 * tables on that shard. An unsharded session has exactly one, {@link #SINGLE}. Identities carry their
 * shard, so two rows with the same key on two shards are two objects.
 */
final class Shard {

    /** The one shard of an unsharded session: the session's data source, tables under their own names. */
    static final Shard SINGLE = new Shard("default", "default", Map.of());

    final String id;
    final String dataSource;
    /** Logical table name (lower case) to physical name, for the names that differ. */
    private final Map<String, String> physical;
    /** Logical tables (lower case) that have a node on this shard; null: every table. */
    private final java.util.Set<String> hosted;

    Shard(String id, String dataSource, Map<String, String> physical) {
        this(id, dataSource, physical, null);
    }

    Shard(String id, String dataSource, Map<String, String> physical, java.util.Set<String> hosted) {
        this.id = id;
        this.dataSource = dataSource;
        this.physical = Map.copyOf(physical);
        this.hosted = hosted == null ? null : java.util.Set.copyOf(hosted);
    }

    /** Whether the logical table has a node on this shard (for DDL). */
    boolean hosts(String logical) {
        return hosted == null || hosted.contains(logical.toLowerCase(Locale.ROOT));
    }

    boolean renames() {
        return !physical.isEmpty();
    }

    String physical(String logical) {
        String p = physical.get(logical.toLowerCase(Locale.ROOT));
        return p != null ? p : logical;
    }

    /**
     * The statement with logical table names replaced by this shard's physical ones. A table in FROM
     * keeps its logical name as alias (unless it has one), so columns qualified by the logical name still
     * resolve; the target of INSERT/UPDATE/DELETE is renamed without alias (the ORM writes its columns
     * unqualified there).
     */
    Statement rename(Statement statement) {
        if (physical.isEmpty()) {
            return statement;
        }
        boolean dml = !(statement instanceof io.retort.sql.Query);
        return statement.transform(n -> rename(n, dml));
    }

    private Node rename(Node n, boolean dml) {
        if (n instanceof TableRef t && t.name().parts().size() == 1) {
            String logical = t.name().last().text();
            String p = physical.get(logical.toLowerCase(Locale.ROOT));
            if (p != null) {
                io.retort.sql.Identifier alias = t.alias() != null || dml ? t.alias() : io.retort.sql.Identifier.of(logical);
                return new TableRef(Name.of(p), alias, t.columnAliases(), t.only(), t.partitions(), t.indexHints());
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return id;
    }
}
