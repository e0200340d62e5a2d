package io.retort.sharding;

import java.util.Collection;
import java.util.Locale;

/**
 * Suggests the nearest known name for a misspelt one: a small edit distance, or one name's letters
 * appearing in order within the other ({@code user} / {@code username}, {@code maxPoolSize} /
 * {@code maximumPoolSize}). Case-insensitive.
 */
final class DidYouMean {
    private DidYouMean() {}

    /** The closest candidate, or null when none is close. */
    static String nearest(String given, Collection<String> candidates) {
        String g = given.toLowerCase(Locale.ROOT);
        int allowed = g.length() <= 3 ? 1 : g.length() <= 5 ? 2 : 3;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String abbreviated = null;
        for (String c : candidates) {
            String lc = c.toLowerCase(Locale.ROOT);
            int d = distance(g, lc);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
            if (abbreviated == null && isAbbreviation(g, lc)) {
                abbreviated = c;
            }
        }
        if (bestDistance <= allowed) {
            return best;
        }
        return abbreviated;
    }

    /** " (did you mean 'x'?)" or "". */
    static String hint(String given, Collection<String> candidates) {
        String n = nearest(given, candidates);
        return n == null ? "" : " (did you mean '" + n + "'?)";
    }

    /** Whether the shorter name's letters appear in order in the longer, sharing its first letter. */
    private static boolean isAbbreviation(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        if (shorter.length() < 3 || shorter.length() * 5 < longer.length() * 2 || shorter.charAt(0) != longer.charAt(0)) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < longer.length() && j < shorter.length(); i++) {
            if (longer.charAt(i) == shorter.charAt(j)) {
                j++;
            }
        }
        return j == shorter.length();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
