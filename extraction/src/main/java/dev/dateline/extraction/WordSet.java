package dev.dateline.extraction;

import java.util.Arrays;
import java.util.HashSet;

/**
 * The words of a sentence or a text, for the lexicon's context rules: membership by hash, and a test for
 * a word with a given prefix ({@code missile*}) by binary search in a sorted copy made on first need.
 */
final class WordSet extends HashSet<String> {

    private static final long serialVersionUID = 1L;

    private transient String[] sorted;

    @Override
    public boolean add(String w) {
        boolean added = super.add(w);
        if (added) {
            sorted = null;
        }
        return added;
    }

    /** True when some word starts with {@code prefix}. */
    boolean anyStartsWith(String prefix) {
        return anyStartsWith(sorted(), prefix);
    }

    /** The words in sorted order, made on first need and kept until a word is added. */
    String[] sorted() {
        if (sorted == null) {
            sorted = sorted(this);
        }
        return sorted;
    }

    /** The words of any set in sorted order. */
    static String[] sorted(java.util.Collection<String> words) {
        String[] out = words.toArray(new String[0]);
        Arrays.sort(out);
        return out;
    }

    /** True when some word of {@code sorted} starts with {@code prefix}. */
    static boolean anyStartsWith(String[] sorted, String prefix) {
        int i = Arrays.binarySearch(sorted, prefix);
        if (i >= 0) {
            return true;
        }
        int at = -i - 1;
        return at < sorted.length && sorted[at].startsWith(prefix);
    }
}
