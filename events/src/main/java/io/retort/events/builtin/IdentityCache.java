package io.retort.events.builtin;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cache keyed by object identity that does not keep its keys alive: the transformers cache their
 * work per model instance (the driver's plan cache hands out the same instance for the same SQL),
 * and an entry disappears once the plan cache has dropped the model. Values must not refer to their
 * key strongly, or the entry would never go. When the cache reaches its bound it starts over, which
 * costs a recomputation, never a wrong answer.
 */
final class IdentityCache<K, V> {

    private final Map<Key<K>, V> map = new ConcurrentHashMap<>();
    private final ReferenceQueue<K> queue = new ReferenceQueue<>();
    private final int maxSize;

    IdentityCache(int maxSize) {
        this.maxSize = maxSize;
    }

    V get(K key) {
        return map.get(new Probe(key)); // a plain object: no weak reference allocated per lookup
    }

    /** Looks up an entry: equal to the {@link Key} of the same referent (ConcurrentHashMap asks the probe). */
    private record Probe(Object referent) {
        @Override
        public int hashCode() {
            return System.identityHashCode(referent);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key<?> k && k.get() == referent;
        }
    }

    void put(K key, V value) {
        expunge();
        if (map.size() >= maxSize) {
            map.clear();
        }
        map.put(new Key<>(key, queue), value);
    }

    int size() {
        expunge();
        return map.size();
    }

    private void expunge() {
        Reference<? extends K> r;
        while ((r = queue.poll()) != null) {
            map.remove(r);
        }
    }

    private static final class Key<K> extends WeakReference<K> {
        private final int hash;

        Key(K referent, ReferenceQueue<K> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Key<?> other) || other.hash != hash) {
                return false;
            }
            Object mine = get();
            return mine != null && mine == other.get();
        }
    }
}
