package dev.dateline.extraction;

import java.util.Arrays;
import java.util.Locale;

/**
 * The tokens of one text, stored column-wise so that a 5 MB input does not become millions of
 * small objects. Words keep internal apostrophes and single-letter abbreviations ({@code U.S.},
 * {@code p.m.}); hyphens, dashes and other punctuation are tokens of their own; a possessive
 * {@code 's} is split off; digit runs keep internal separators ({@code 5,000}, {@code 04:33},
 * {@code 2006-10-09}) and a letter suffix ({@code 1990s}, {@code 9th}).
 */
final class Tokens {

    static final byte WORD = 1;
    static final byte NUMBER = 2;
    static final byte PUNCT = 3;

    final String text;
    int size;
    int[] start;
    int[] end;
    String[] lower;
    byte[] shape;
    /** Number of line breaks between the previous token and this one. */
    byte[] breaksBefore;

    private Tokens(String text, int capacity) {
        this.text = text;
        start = new int[capacity];
        end = new int[capacity];
        lower = new String[capacity];
        shape = new byte[capacity];
        breaksBefore = new byte[capacity];
    }

    static Tokens of(String text) {
        Tokens t = new Tokens(text, Math.max(16, text.length() / 5));
        t.tokenize();
        return t;
    }

    String surface(int i) {
        return text.substring(start[i], end[i]);
    }

    /** The text of tokens [from, to) as written, with what stands between them. */
    String surface(int from, int to) {
        return text.substring(start[from], end[to - 1]);
    }

    boolean isCapitalised(int i) {
        return shape[i] == WORD && Character.isUpperCase(text.charAt(start[i]));
    }

    boolean isAllCaps(int i) {
        if (shape[i] != WORD) {
            return false;
        }
        int letters = 0;
        for (int k = start[i]; k < end[i]; k++) {
            char c = text.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters > 0;
    }

    /** True when nothing separates token {@code i} from token {@code i + 1}. */
    boolean adjacent(int i) {
        return i + 1 < size && end[i] == start[i + 1];
    }

    private void add(int s, int e, byte kind, int breaks) {
        if (size == start.length) {
            int n = size * 2;
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            lower = Arrays.copyOf(lower, n);
            shape = Arrays.copyOf(shape, n);
            breaksBefore = Arrays.copyOf(breaksBefore, n);
        }
        start[size] = s;
        end[size] = e;
        shape[size] = kind;
        breaksBefore[size] = (byte) Math.min(breaks, 100);
        lower[size] = lowerOf(s, e);
        size++;
    }

    private String lowerOf(int s, int e) {
        if (e - s == 1) {
            char c = text.charAt(s);
            if (c < 128) {
                return SINGLE[Character.toLowerCase(c)];
            }
        }
        boolean hasUpper = false;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (Character.isUpperCase(c) || c == '’') {
                hasUpper = true;
                break;
            }
        }
        String sub = text.substring(s, e);
        return hasUpper ? sub.toLowerCase(Locale.ROOT).replace('’', '\'') : sub;
    }

    private static final String[] SINGLE = new String[128];

    static {
        for (int c = 0; c < 128; c++) {
            SINGLE[c] = String.valueOf((char) c).intern();
        }
    }

    private void tokenize() {
        String s = text;
        int n = s.length();
        int i = 0;
        int breaks = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (c == '\n') {
                    breaks++;
                }
                i++;
                continue;
            }
            int from = i;
            if (Character.isLetter(c)) {
                i = scanWord(s, i, n);
                // possessive 's / ’s is a token of its own
                if (i - from > 2 && (s.charAt(i - 2) == '\'' || s.charAt(i - 2) == '’')
                        && (s.charAt(i - 1) == 's' || s.charAt(i - 1) == 'S')) {
                    add(from, i - 2, WORD, breaks);
                    add(i - 2, i, WORD, 0);
                } else {
                    add(from, i, WORD, breaks);
                }
            } else if (c >= '0' && c <= '9') {
                i = scanNumber(s, i, n);
                add(from, i, NUMBER, breaks);
            } else {
                i++;
                if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(s.charAt(i))) {
                    i++;
                }
                add(from, i, PUNCT, breaks);
            }
            breaks = 0;
        }
    }

    private static int scanWord(String s, int i, int n) {
        int from = i;
        // single-letter abbreviations with dots: U.S., a.m., U.N.
        if (i + 3 < n && s.charAt(i + 1) == '.' && Character.isLetter(s.charAt(i + 2)) && s.charAt(i + 3) == '.') {
            int j = i;
            while (j + 1 < n && Character.isLetter(s.charAt(j)) && s.charAt(j + 1) == '.') {
                j += 2;
            }
            return j;
        }
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if ((c == '\'' || c == '’') && i + 1 < n && Character.isLetter(s.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int scanNumber(String s, int i, int n) {
        int from = i;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                i++;
            } else if ((c == ',' || c == '.' || c == ':' || c == '/') && i + 1 < n && isDigit(s.charAt(i + 1))) {
                i++;
            } else if (c == '-' && i - from == 4 && i + 5 < n + 1 && isIsoTail(s, i, n)) {
                return i + 6;
            } else {
                break;
            }
        }
        while (i < n && Character.isLetter(s.charAt(i)) && i - from < 12) {
            i++;
        }
        return i;
    }

    /** {@code -MM-DD} after four digits, not followed by another digit. */
    private static boolean isIsoTail(String s, int i, int n) {
        return i + 5 < n && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2)) && s.charAt(i + 3) == '-'
                && isDigit(s.charAt(i + 4)) && isDigit(s.charAt(i + 5))
                && (i + 6 >= n || !isDigit(s.charAt(i + 6)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
