package dev.dateline.reader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer (MiniLM's): control characters dropped, lower case, accents stripped, words
 * split at white space and around every punctuation mark and CJK ideograph, then each word cut into the longest
 * pieces of the vocabulary from its start ({@code ##} marks a piece that continues a word); a word that cannot be
 * cut, or longer than 100 characters, is {@code [UNK]}. Immutable and thread-safe.
 */
public final class WordPiece {

    /** The bundled vocabulary: one piece a line, the line number (from 0) its id. */
    static final String BUNDLED_VOCABULARY = "vocab.txt";
    private static final int MAX_WORD = 100;

    private final Map<String, Integer> ids;
    private final String[] pieces;
    private final int unk;

    private WordPiece(List<String> vocabulary) {
        this.pieces = vocabulary.toArray(new String[0]);
        this.ids = new HashMap<>(vocabulary.size() * 2);
        for (int i = 0; i < pieces.length; i++) {
            ids.putIfAbsent(pieces[i], i);
        }
        this.unk = id("[UNK]");
    }

    /** The vocabulary bundled with the reader (MiniLM's, 30,522 pieces). */
    public static WordPiece bundled() {
        InputStream in = WordPiece.class.getResourceAsStream(BUNDLED_VOCABULARY);
        if (in == null) {
            throw new IllegalStateException("missing reader resource dev/dateline/reader/" + BUNDLED_VOCABULARY);
        }
        return read(in, "dev/dateline/reader/" + BUNDLED_VOCABULARY);
    }

    /** A vocabulary of one piece a line (UTF-8), the line number counted from 0 its id. */
    public static WordPiece read(InputStream in, String source) {
        List<String> vocabulary = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                vocabulary.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vocabulary " + source, e);
        }
        for (String special : List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]")) {
            if (!vocabulary.contains(special)) {
                throw new IllegalArgumentException("not a WordPiece vocabulary (no " + special + "): " + source);
            }
        }
        return new WordPiece(vocabulary);
    }

    /** The number of pieces. */
    public int size() {
        return pieces.length;
    }

    /** The piece of an id. */
    public String piece(int id) {
        return pieces[id];
    }

    /** The id of a piece of the vocabulary ({@code [CLS]}, {@code ##ing}); fails for a piece it does not have. */
    public int id(String piece) {
        Integer id = ids.get(piece);
        if (id == null) {
            throw new IllegalArgumentException("no piece " + piece + " in the vocabulary");
        }
        return id;
    }

    /** The ids of the pieces of {@code text}, without {@code [CLS]} and {@code [SEP]}. */
    public int[] ids(String text) {
        IntList out = new IntList(text.length() / 3 + 4);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                i += n;
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pieces(word, out);
            } else if (isPunctuation(cp) || isCjk(cp)) {
                pieces(word, out);
                append(word, text, i, n);
                pieces(word, out);
            } else {
                append(word, text, i, n);
            }
            i += n;
        }
        pieces(word, out);
        return out.toArray();
    }

    /** Lower-cased and without its accents (the combining marks of its canonical decomposition). */
    private static void append(StringBuilder word, String text, int at, int n) {
        String norm = Normalizer.normalize(text.substring(at, at + n).toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        for (int k = 0; k < norm.length(); k++) {
            char c = norm.charAt(k);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                word.append(c);
            }
        }
    }

    /** The pieces of the word gathered so far, then an empty word. */
    private void pieces(StringBuilder word, IntList out) {
        if (word.length() == 0) {
            return;
        }
        String w = word.toString();
        word.setLength(0);
        if (w.length() > MAX_WORD) {
            out.add(unk);
            return;
        }
        int mark = out.size();
        int s = 0;
        while (s < w.length()) {
            int e = w.length();
            Integer id = null;
            while (e > s) {
                id = ids.get(s > 0 ? "##" + w.substring(s, e) : w.substring(s, e));
                if (id != null) {
                    break;
                }
                e--;
            }
            if (id == null) {
                out.truncate(mark);
                out.add(unk);
                return;
            }
            out.add(id);
            s = e;
        }
    }

    private static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int t = Character.getType(cp);
        return t == Character.CONTROL || t == Character.FORMAT;
    }

    private static boolean isPunctuation(int cp) {
        if (cp >= 33 && cp <= 47 || cp >= 58 && cp <= 64 || cp >= 91 && cp <= 96 || cp >= 123 && cp <= 126) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION;
    }

    private static boolean isCjk(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x20000 && cp <= 0x2A6DF
                || cp >= 0x2A700 && cp <= 0x2CEAF || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x2F800 && cp <= 0x2FA1F;
    }

    /** A growable array of ints. */
    static final class IntList {
        private int[] a;
        private int n;

        IntList(int capacity) {
            a = new int[Math.max(4, capacity)];
        }

        void add(int x) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, n * 2);
            }
            a[n++] = x;
        }

        int size() {
            return n;
        }

        void truncate(int size) {
            n = size;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
