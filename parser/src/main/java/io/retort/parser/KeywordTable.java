package io.retort.parser;

import io.retort.parser.grammar.RetortSqlParser;
import org.antlr.v4.runtime.Vocabulary;

/**
 * Case-insensitive keyword lookup straight on the source text (no upper-casing, no substring). The
 * keywords are the grammar's upper-case token names, so adding a keyword to the grammar is all it takes.
 */
final class KeywordTable {

    private static final int SIZE = 2048;
    private static final int MASK = SIZE - 1;
    private static final char[][] KEYS = new char[SIZE][];
    private static final int[] TYPES = new int[SIZE];

    static {
        Vocabulary vocabulary = RetortSqlParser.VOCABULARY;
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String name = vocabulary.getSymbolicName(type);
            if (name != null && isKeywordName(name)) {
                char[] key = name.toCharArray();
                int slot = hash(key, 0, key.length) & MASK;
                while (KEYS[slot] != null) {
                    slot = (slot + 1) & MASK;
                }
                KEYS[slot] = key;
                TYPES[slot] = type;
            }
        }
    }

    private KeywordTable() {
    }

    /** Keyword token names are upper case; other token names are CamelCase. */
    static boolean isKeywordName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** The keyword token type of {@code s[start, end)}, or -1 when it is not a keyword. */
    static int lookup(String s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                return -1;
            }
            h = 31 * h + upper(c);
        }
        int slot = mix(h) & MASK;
        int len = end - start;
        while (true) {
            char[] key = KEYS[slot];
            if (key == null) {
                return -1;
            }
            if (key.length == len && matches(key, s, start)) {
                return TYPES[slot];
            }
            slot = (slot + 1) & MASK;
        }
    }

    /** Whether the token type is one of the keywords. */
    static boolean isKeyword(int type) {
        String name = RetortSqlParser.VOCABULARY.getSymbolicName(type);
        return name != null && isKeywordName(name);
    }

    private static boolean matches(char[] key, String s, int start) {
        for (int i = 0; i < key.length; i++) {
            if (key[i] != upper(s.charAt(start + i))) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] key, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + key[i];
        }
        return mix(h);
    }

    private static int mix(int h) {
        return h ^ (h >>> 11) ^ (h >>> 19);
    }

    private static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }
}
