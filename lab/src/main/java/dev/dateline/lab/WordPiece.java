package dev.dateline.lab;

import dev.dateline.extraction.eval.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer, as MiniLM's tokenizer.json describes it: control characters dropped,
 * lowercase, accents stripped, split on white space and on every punctuation character, then greedy
 * longest-match word pieces ({@code ##} for continuations, {@code [UNK]} for a word that cannot be covered).
 * Each piece keeps the span of the original text it came from.
 */
public final class WordPiece {

    public static final int CLS = 101;
    public static final int SEP = 102;
    public static final int UNK = 100;

    /** A word piece: its vocabulary id and the original text's span. */
    public record Piece(int id, int start, int end) {
    }

    private final Map<String, Integer> vocab;
    private final String[] tokens;

    private WordPiece(Map<String, Integer> vocab) {
        this.vocab = vocab;
        this.tokens = new String[vocab.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1];
        vocab.forEach((t, i) -> tokens[i] = t);
    }

    /** The vocabulary of a tokenizer.json resource. */
    @SuppressWarnings("unchecked")
    public static WordPiece fromResource(String name) {
        try (InputStream in = WordPiece.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            Map<String, Object> root = (Map<String, Object>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, Object> v = (Map<String, Object>) ((Map<String, Object>) root.get("model")).get("vocab");
            Map<String, Integer> vocab = new HashMap<>();
            v.forEach((t, i) -> vocab.put(t, ((Number) i).intValue()));
            return new WordPiece(vocab);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tokenizer over a given vocabulary (piece to id). */
    public static WordPiece of(Map<String, Integer> vocab) {
        return new WordPiece(new HashMap<>(vocab));
    }

    public int size() {
        return tokens.length;
    }

    public String token(int id) {
        return tokens[id];
    }

    /** The pieces of a text, without [CLS] and [SEP]. */
    public List<Piece> tokenize(String text) {
        List<Piece> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                i += n;
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                flush(word, origin, i, out);
            } else if (isPunctuation(cp) || isCjk(cp)) {
                flush(word, origin, i, out);
                append(word, origin, text.substring(i, i + n), i);
                flush(word, origin, i + n, out);
            } else {
                append(word, origin, text.substring(i, i + n), i);
            }
            i += n;
        }
        flush(word, origin, text.length(), out);
        return out;
    }

    private static void append(StringBuilder word, List<Integer> origin, String ch, int at) {
        String norm = Normalizer.normalize(ch.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        for (int k = 0; k < norm.length(); k++) {
            char c = norm.charAt(k);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            word.append(c);
            origin.add(at);
        }
    }

    private void flush(StringBuilder word, List<Integer> origin, int end, List<Piece> out) {
        if (word.length() == 0) {
            return;
        }
        String w = word.toString();
        int wordStart = origin.get(0);
        List<Piece> pieces = new ArrayList<>();
        boolean bad = w.length() > 100;
        int s = 0;
        while (!bad && s < w.length()) {
            int e = w.length();
            Integer id = null;
            while (e > s) {
                String sub = (s > 0 ? "##" : "") + w.substring(s, e);
                id = vocab.get(sub);
                if (id != null) {
                    break;
                }
                e--;
            }
            if (id == null) {
                bad = true;
                break;
            }
            int ps = origin.get(s);
            int pe = e < w.length() ? origin.get(e) : end;
            pieces.add(new Piece(id, ps, pe));
            s = e;
        }
        if (bad) {
            out.add(new Piece(UNK, wordStart, end));
        } else {
            out.addAll(pieces);
        }
        word.setLength(0);
        origin.clear();
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
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
                || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
                || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.OTHER_PUNCTUATION;
    }

    private static boolean isCjk(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x20000 && cp <= 0x2A6DF
                || cp >= 0x2A700 && cp <= 0x2CEAF || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x2F800 && cp <= 0x2FA1F;
    }
}
