package io.retort.jdbc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recovery log of two-phase mode: a text file that records each commit decision, on disk
 * before the first branch commits, and that all branches committed. A decision without its
 * {@code done} line names a transaction to finish committing after a crash; a prepared branch
 * with no decision is rolled back (presumed abort).
 *
 * <pre>
 * retort-2pc-log 1 3f9a0c21
 * commit rt3f9a0c21-m3x1k2-17 ds0 ds2
 * done rt3f9a0c21-m3x1k2-17
 * </pre>
 *
 * The header's id is made when the file is created; it starts every transaction id of this log, so
 * recovery touches only branches this log decides. One process at a time owns a log (an OS file
 * lock); once no decision is pending and the file passed {@value #COMPACT_AT} bytes it is emptied
 * back to its header.
 */
final class RecoveryLog implements AutoCloseable {

    private static final String MAGIC = "retort-2pc-log 1 ";
    static final long COMPACT_AT = 1 << 20;

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private final String id;
    private final long headerEnd;
    private final Map<String, List<String>> pending = new LinkedHashMap<>();
    private long size;

    private RecoveryLog(Path path, FileChannel channel, FileLock lock, String id, long headerEnd, long size) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
        this.id = id;
        this.headerEnd = headerEnd;
        this.size = size;
    }

    /**
     * Opens (or creates) the log at {@code path} and locks it for this process.
     *
     * @throws SQLException 55006 when another process (or configuration) holds it, 58030 when it cannot
     *     be read or written, XX001 when it is not a recovery log
     */
    static RecoveryLog open(Path path) throws SQLException {
        FileChannel channel = null;
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new SQLException("the two-phase recovery log " + path.toAbsolutePath() + " is in use by another"
                        + " process or configuration; each one needs a log of its own", "55006");
            }
            RecoveryLog log = read(path, channel, lock);
            channel = null;
            return log;
        } catch (IOException e) {
            throw new SQLException("cannot open the two-phase recovery log " + path.toAbsolutePath() + ": " + e, "58030", e);
        } finally {
            if (channel != null) {
                try {
                    channel.close(); // releases the lock too
                } catch (IOException ignored) {
                    // nothing was written
                }
            }
        }
    }

    private static RecoveryLog read(Path path, FileChannel channel, FileLock lock) throws IOException, SQLException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            byte[] random = new byte[4];
            new SecureRandom().nextBytes(random);
            String id = HexFormat.of().formatHex(random);
            byte[] header = (MAGIC + id + "\n").getBytes(StandardCharsets.UTF_8);
            channel.write(ByteBuffer.wrap(header), 0);
            channel.force(true);
            return new RecoveryLog(path, channel, lock, id, header.length, header.length);
        }
        int end = text.indexOf('\n');
        if (!text.startsWith(MAGIC) || end < 0) {
            throw new SQLException("the file " + path.toAbsolutePath() + " is not a Retort two-phase recovery log; give"
                    + " transaction.log a path of its own", "XX001");
        }
        String id = text.substring(MAGIC.length(), end).strip();
        // A line without its newline was torn by a crash while being written: it never happened.
        int complete = text.lastIndexOf('\n') + 1;
        RecoveryLog log = new RecoveryLog(path, channel, lock, id, end + 1L, text.substring(0, complete).getBytes(StandardCharsets.UTF_8).length);
        for (String line : text.substring(end + 1, complete).split("\n")) {
            String[] words = line.strip().split(" ");
            if (words.length >= 2 && words[0].equals("commit")) {
                log.pending.put(words[1], List.of(words).subList(2, words.length));
            } else if (words.length == 2 && words[0].equals("done")) {
                log.pending.remove(words[1]);
            }
        }
        channel.truncate(log.size);
        return log;
    }

    /** The id that starts every transaction id of this log. */
    String id() {
        return id;
    }

    Path path() {
        return path;
    }

    /** Commit decisions read at open whose branches may not all have committed: transaction id to data sources. */
    synchronized Map<String, List<String>> pending() {
        return Map.copyOf(pending);
    }

    synchronized boolean isPending(String gtrid) {
        return pending.containsKey(gtrid);
    }

    /** Records the decision to commit {@code gtrid} on {@code dataSources}, on disk before this returns. */
    synchronized void decide(String gtrid, List<String> dataSources) throws IOException {
        append("commit " + gtrid + " " + String.join(" ", dataSources) + "\n", true);
        pending.put(gtrid, dataSources);
    }

    /** Records that every branch of {@code gtrid} committed (not forced: recovery would find nothing left to do). */
    synchronized void done(String gtrid) throws IOException {
        append("done " + gtrid + "\n", false);
        pending.remove(gtrid);
        if (pending.isEmpty() && size > COMPACT_AT) {
            channel.truncate(headerEnd);
            channel.force(true);
            size = headerEnd;
        }
    }

    private void append(String line, boolean force) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        long at = size;
        while (bytes.hasRemaining()) {
            at += channel.write(bytes, at);
        }
        size = at;
        if (force) {
            channel.force(false);
        }
    }

    @Override
    public synchronized void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the OS releases the lock with the file
        }
    }
}
