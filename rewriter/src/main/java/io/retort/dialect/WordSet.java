package io.retort.dialect;

/**
 * A set of ASCII words looked up without regard to case and without allocating: the reserved-word
 * check runs for every identifier of every rendered statement.
 */
final class WordSet {

    private final String[] table;
    private final int mask;

    WordSet(String words) {
        String[] list = words.trim().split("\\s+");
        int size = Integer.highestOneBit(list.length * 4 - 1) << 1;
        table = new String[size];
        mask = size - 1;
        for (String w : list) {
            int i = hash(w) & mask;
            while (table[i] != null) {
                i = (i + 1) & mask;
            }
            table[i] = w;
        }
    }

    boolean contains(String word) {
        int i = hash(word) & mask;
        String candidate;
        while ((candidate = table[i]) != null) {
            if (candidate.length() == word.length() && candidate.regionMatches(true, 0, word, 0, word.length())) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    private static int hash(String s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            h = 31 * h + (c >= 'a' && c <= 'z' ? c - 32 : c);
        }
        return h ^ (h >>> 16);
    }
}
