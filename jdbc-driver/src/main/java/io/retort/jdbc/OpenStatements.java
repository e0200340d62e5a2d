package io.retort.jdbc;

import java.util.Arrays;

/**
 * The open statements of one connection, so that closing the connection closes them. An array list
 * without range checks or iterators that removes by identity searching from the end, where the
 * statement just closed usually is (HikariCP's FastList idea). Not thread-safe: the connection
 * guards it.
 */
final class OpenStatements {

    private RetortStatement[] items = new RetortStatement[16];
    private int size;

    void add(RetortStatement statement) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size << 1);
        }
        items[size++] = statement;
    }

    void remove(RetortStatement statement) {
        for (int i = size - 1; i >= 0; i--) {
            if (items[i] == statement) {
                int after = size - i - 1;
                if (after > 0) {
                    System.arraycopy(items, i + 1, items, i, after);
                }
                items[--size] = null;
                return;
            }
        }
    }

    /** Returns the statements and forgets them. */
    RetortStatement[] drain() {
        RetortStatement[] open = Arrays.copyOf(items, size);
        Arrays.fill(items, 0, size, null);
        size = 0;
        return open;
    }

    int size() {
        return size;
    }
}
