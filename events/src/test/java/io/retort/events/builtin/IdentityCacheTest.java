package io.retort.events.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityCacheTest {

    record Key(String value) {}

    @Test
    void keysAreComparedByIdentityNotEquality() {
        IdentityCache<Key, String> cache = new IdentityCache<>(10);
        Key a = new Key("x");
        Key b = new Key("x");
        cache.put(a, "a");
        assertThat(cache.get(a)).isEqualTo("a");
        assertThat(cache.get(b)).isNull();
        cache.put(b, "b");
        assertThat(cache.get(a)).isEqualTo("a");
        assertThat(cache.get(b)).isEqualTo("b");
    }

    @Test
    void itStartsOverWhenFull() {
        IdentityCache<Key, Integer> cache = new IdentityCache<>(3);
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Key k = new Key("k" + i);
            keys.add(k);
            cache.put(k, i);
        }
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get(keys.get(3))).isEqualTo(3);
        assertThat(cache.get(keys.get(0))).isNull();
    }
}
