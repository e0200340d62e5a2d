package io.retort.sharding.route;

import java.util.ArrayList;
import java.util.List;

/**
 * What a WHERE clause says about sharding columns, in disjunctive normal form: an OR of terms,
 * each an AND of {@link KeyAtom}s. Predicates that say nothing routable (a non-key column, NOT,
 * LIKE, a subquery) are TRUE: they never narrow the nodes. Every simplification here only drops
 * constraints, never adds them, so routing by a formula never misses a row.
 */
final class KeyFormula {
    /** Above this many terms, ORs become TRUE and ANDs keep one side: still correct, only less narrow. */
    static final int MAX_TERMS = 64;

    static final KeyFormula TRUE = new KeyFormula(List.of(List.of()));
    static final KeyFormula FALSE = new KeyFormula(List.of());

    final List<List<KeyAtom>> terms;

    private KeyFormula(List<List<KeyAtom>> terms) {
        this.terms = terms;
    }

    static KeyFormula of(KeyAtom atom) {
        return new KeyFormula(List.of(List.of(atom)));
    }

    boolean isTrue() {
        return terms.size() == 1 && terms.get(0).isEmpty();
    }

    boolean isFalse() {
        return terms.isEmpty();
    }

    KeyFormula and(KeyFormula other) {
        if (isTrue() || other.isFalse()) {
            return other;
        }
        if (other.isTrue() || isFalse()) {
            return this;
        }
        if ((long) terms.size() * other.terms.size() > MAX_TERMS) {
            // Dropping a conjunct widens the set of rows: keep the side that is cheaper to route.
            return terms.size() <= other.terms.size() ? this : other;
        }
        List<List<KeyAtom>> out = new ArrayList<>(terms.size() * other.terms.size());
        for (List<KeyAtom> a : terms) {
            for (List<KeyAtom> b : other.terms) {
                List<KeyAtom> t = new ArrayList<>(a.size() + b.size());
                t.addAll(a);
                t.addAll(b);
                out.add(List.copyOf(t));
            }
        }
        return new KeyFormula(List.copyOf(out));
    }

    KeyFormula or(KeyFormula other) {
        if (isTrue() || other.isFalse()) {
            return this;
        }
        if (other.isTrue() || isFalse()) {
            return other;
        }
        if (terms.size() == 1 && other.terms.size() == 1 && terms.get(0).size() == 1 && other.terms.get(0).size() == 1
                && terms.get(0).get(0).sameKey(other.terms.get(0).get(0))) {
            // k = 1 OR k = 2 OR ...: one atom, however long the chain.
            return of(terms.get(0).get(0).or(other.terms.get(0).get(0)));
        }
        for (List<KeyAtom> t : terms) {
            if (t.isEmpty()) {
                return TRUE;
            }
        }
        for (List<KeyAtom> t : other.terms) {
            if (t.isEmpty()) {
                return TRUE;
            }
        }
        if (terms.size() + other.terms.size() > MAX_TERMS) {
            return TRUE;
        }
        List<List<KeyAtom>> out = new ArrayList<>(terms);
        out.addAll(other.terms);
        return new KeyFormula(List.copyOf(out));
    }

    /** This formula with only the atoms {@code keep} accepts (an ON clause of an outer join constrains one side only). */
    KeyFormula filter(java.util.function.IntPredicate keepOccurrence) {
        if (isFalse()) {
            return TRUE; // an outer join's false ON clause still keeps the preserved side's rows
        }
        List<List<KeyAtom>> out = new ArrayList<>(terms.size());
        for (List<KeyAtom> t : terms) {
            List<KeyAtom> kept = new ArrayList<>(t.size());
            for (KeyAtom a : t) {
                if (keepOccurrence.test(a.occurrence())) {
                    kept.add(a);
                }
            }
            if (kept.isEmpty()) {
                return TRUE;
            }
            out.add(List.copyOf(kept));
        }
        return new KeyFormula(List.copyOf(out));
    }

    @Override
    public String toString() {
        return isTrue() ? "TRUE" : isFalse() ? "FALSE" : terms.toString();
    }
}
