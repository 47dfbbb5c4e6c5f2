package dev.dateline.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The event triggers of {@code triggers.tsv}: word sequences compiled into a trie, each with its
 * event type, its strength and the context words that refine the type.
 */
final class TriggerLexicon {

    /**
     * A trigger entry. A null type (NONE in the file) means "no event": the word still governs the
     * date next to it ("founded in 1983"), so that no other trigger takes that date.
     */
    record Trigger(String form, EventType type, boolean strong, List<ContextRule> rules, boolean onlyInContext,
                   RuleIndex index) {

        /**
         * Whether the word is no trigger at all in a sentence of these words: its line ends in {@code *=OFF} and no
         * other rule is met ("left" is a launch only beside a launch site; elsewhere it holds no date either).
         */
        boolean off(Set<String> sentenceWords) {
            return onlyInContext && index.firstSpecific(sentenceWords) < 0;
        }
    }

    /**
     * The context rules of one line by word, so that the first specific rule a sentence meets is found in one pass
     * over the sentence's words (or over the rules' words, when fewer, for a {@link WordSet} and its sorted copy),
     * rather than one pass per rule: the engine asks this of every trigger it finds, often several times.
     */
    static final class RuleIndex {
        /** Prefixes shorter than this are not indexed by their head; a line with one is searched the slow way. */
        private static final int HEAD = 3;

        private final Map<String, Integer> ruleOfWord = new HashMap<>();
        private final String[] words;
        private final int[] wordRule;
        /** The prefix words ({@code missile*}) in rule order, each with its rule. */
        private final String[] prefixes;
        private final int[] prefixRule;
        /** The prefixes by their first three letters: sorted heads, and for each the prefixes' indices in order. */
        private final long[] heads;
        private final int[][] prefixesOfHead;
        private final boolean shortPrefix;

        RuleIndex(List<ContextRule> rules) {
            List<String> prefixList = new ArrayList<>();
            List<Integer> prefixRules = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                ContextRule r = rules.get(i);
                if (r.fallback()) {
                    continue;
                }
                for (String w : r.exact()) {
                    ruleOfWord.putIfAbsent(w, i);
                }
                for (String p : r.prefixes()) {
                    prefixList.add(p);
                    prefixRules.add(i);
                }
            }
            words = ruleOfWord.keySet().toArray(new String[0]);
            wordRule = new int[words.length];
            for (int i = 0; i < words.length; i++) {
                wordRule[i] = ruleOfWord.get(words[i]);
            }
            prefixes = prefixList.toArray(new String[0]);
            prefixRule = prefixRules.stream().mapToInt(Integer::intValue).toArray();
            java.util.TreeMap<Long, List<Integer>> byHead = new java.util.TreeMap<>();
            boolean anyShort = false;
            for (int i = 0; i < prefixes.length; i++) {
                if (prefixes[i].length() < HEAD) {
                    anyShort = true;
                } else {
                    byHead.computeIfAbsent(head(prefixes[i]), h -> new ArrayList<>()).add(i);
                }
            }
            shortPrefix = anyShort;
            heads = byHead.keySet().stream().mapToLong(Long::longValue).toArray();
            prefixesOfHead = byHead.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
        }

        private static long head(String w) {
            return (long) w.charAt(0) << 32 | (long) w.charAt(1) << 16 | w.charAt(2);
        }

        /** The index of the first rule, other than the catch-all, that these words meet; -1 if none. */
        int firstSpecific(Set<String> sentenceWords) {
            int best = Integer.MAX_VALUE;
            // a WordSet keeps a sorted copy, searched for each prefix; any other set is walked once, each word looked
            // up whole and by its first letters
            boolean walk = !(sentenceWords instanceof WordSet) && !shortPrefix;
            if (walk || sentenceWords.size() < words.length) {
                for (String w : sentenceWords) {
                    Integer r = ruleOfWord.get(w);
                    if (r != null && r < best) {
                        best = r;
                    }
                    if (walk && w.length() >= HEAD && heads.length > 0) {
                        int h = java.util.Arrays.binarySearch(heads, head(w));
                        if (h >= 0) {
                            for (int p : prefixesOfHead[h]) {
                                if (prefixRule[p] >= best) {
                                    break;
                                }
                                if (w.startsWith(prefixes[p])) {
                                    best = prefixRule[p];
                                    break;
                                }
                            }
                        }
                    }
                }
                if (walk) {
                    return best == Integer.MAX_VALUE ? -1 : best;
                }
            } else {
                for (int i = 0; i < words.length; i++) {
                    if (wordRule[i] < best && sentenceWords.contains(words[i])) {
                        best = wordRule[i];
                    }
                }
            }
            // prefixes are in rule order: the first one met is the earliest rule a prefix can give
            String[] sorted = null;
            for (int i = 0; i < prefixes.length && prefixRule[i] < best; i++) {
                if (sorted == null) {
                    sorted = sentenceWords instanceof WordSet ws ? ws.sorted() : WordSet.sorted(sentenceWords);
                }
                if (WordSet.anyStartsWith(sorted, prefixes[i])) {
                    best = prefixRule[i];
                    break;
                }
            }
            return best == Integer.MAX_VALUE ? -1 : best;
        }
    }

    private static boolean anyStartsWith(Set<String> sentenceWords, String prefix) {
        if (sentenceWords instanceof WordSet ws) {
            return ws.anyStartsWith(prefix);
        }
        for (String s : sentenceWords) {
            if (s.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Words of the sentence that change the type: any of {@code words} (a trailing * is a prefix). */
    record ContextRule(List<String> words, EventType type, boolean fallback, Set<String> exact, List<String> prefixes) {

        ContextRule(List<String> words, EventType type, boolean fallback) {
            this(words, type, fallback, exactOf(words), prefixesOf(words));
        }

        private static Set<String> exactOf(List<String> words) {
            Set<String> out = new java.util.HashSet<>();
            for (String w : words) {
                if (!w.endsWith("*")) {
                    out.add(w);
                }
            }
            return Set.copyOf(out);
        }

        private static List<String> prefixesOf(List<String> words) {
            List<String> out = new ArrayList<>();
            for (String w : words) {
                if (w.endsWith("*")) {
                    out.add(w.substring(0, w.length() - 1));
                }
            }
            return List.copyOf(out);
        }

        boolean matches(Set<String> sentenceWords) {
            if (fallback) {
                return true;
            }
            // look the smaller side up in the larger
            if (sentenceWords.size() < exact.size()) {
                for (String s : sentenceWords) {
                    if (exact.contains(s)) {
                        return true;
                    }
                }
            } else {
                for (String w : exact) {
                    if (sentenceWords.contains(w)) {
                        return true;
                    }
                }
            }
            for (String prefix : prefixes) {
                if (anyStartsWith(sentenceWords, prefix)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A trigger found in a text: tokens [from, to). */
    record Match(Trigger trigger, int from, int to) {
    }

    private static final class Node {
        Map<String, Node> next;
        Trigger trigger;
    }

    private final Node root = new Node();
    private int maxLength;

    TriggerLexicon(List<Resources.Line> lines) {
        for (Resources.Line line : lines) {
            String[] c = line.text().split("\t", -1);
            if (c.length < 3) {
                throw line.error("expected forms, type and strength");
            }
            EventType type = c[1].strip().equals("NONE") ? null : type(line, c[1].strip());
            boolean strong = switch (c[2].strip()) {
                case "strong" -> true;
                case "weak" -> false;
                default -> throw line.error("strength must be strong or weak");
            };
            List<ContextRule> rules = new ArrayList<>();
            boolean onlyInContext = false;
            if (c.length > 3 && !c[3].isBlank()) {
                for (String rule : c[3].split(";")) {
                    String r = rule.strip();
                    if (r.isEmpty()) {
                        continue;
                    }
                    int eq = r.lastIndexOf('=');
                    if (eq < 0) {
                        throw line.error("a context rule reads words=TYPE");
                    }
                    String target = r.substring(eq + 1).strip();
                    if (target.equals("OFF")) {
                        if (!r.substring(0, eq).strip().equals("*")) {
                            throw line.error("only the default rule may read *=OFF");
                        }
                        onlyInContext = true;
                        continue;
                    }
                    EventType t = target.equals("NONE") ? null : type(line, target);
                    String words = r.substring(0, eq).strip();
                    rules.add(new ContextRule(List.of(words.split("\\s*,\\s*")), t, words.equals("*")));
                }
            }
            RuleIndex index = new RuleIndex(rules); // one per line, shared by its forms
            for (String written : c[0].split("\\|")) {
                List<String> forms;
                try {
                    forms = Inflections.expand(written.strip().toLowerCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw line.error(e.getMessage());
                }
                for (String f : forms) {
                    if (!f.isEmpty()) {
                        add(new Trigger(f, type, strong, rules, onlyInContext, index));
                    }
                }
            }
        }
    }

    private static EventType type(Resources.Line line, String name) {
        try {
            return EventType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw line.error("unknown event type " + name);
        }
    }

    private void add(Trigger trigger) {
        Tokens t = Tokens.of(trigger.form());
        Node node = root;
        for (int i = 0; i < t.size; i++) {
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            node = node.next.computeIfAbsent(t.lower[i], k -> new Node());
        }
        if (node.trigger == null) {
            node.trigger = trigger;
        }
        maxLength = Math.max(maxLength, t.size);
    }

    /** The exact words of the context rules that give {@code type} on the line of the one-word form {@code form}. */
    Set<String> contextWords(String form, EventType type) {
        Node node = root.next == null ? null : root.next.get(form);
        Set<String> words = new HashSet<>();
        if (node != null && node.trigger != null) {
            for (ContextRule r : node.trigger.rules()) {
                if (!r.fallback() && r.type() == type) {
                    words.addAll(r.exact());
                }
            }
        }
        return Set.copyOf(words);
    }

    /** The longest trigger starting at token {@code i}, or null. */
    Match longest(Tokens t, int i, int limit) {
        return longest(t, i, limit, null);
    }

    /**
     * The longest trigger starting at token {@code i} that is on in a sentence of {@code sentenceWords} (a form whose
     * line reads {@code *=OFF} and whose context is missing gives way to a shorter one), or null.
     */
    Match longest(Tokens t, int i, int limit, Set<String> sentenceWords) {
        Node node = root;
        Match best = null;
        for (int k = i; k < limit && k < i + maxLength; k++) {
            if (node.next == null) {
                break;
            }
            node = node.next.get(t.lower[k]);
            if (node == null) {
                break;
            }
            if (node.trigger != null && (sentenceWords == null || !node.trigger.off(sentenceWords))) {
                best = new Match(node.trigger, i, k + 1);
            }
        }
        return best;
    }

    /** The type a trigger takes in a sentence with these words; null when it names no event there. */
    static EventType typeIn(Trigger trigger, Set<String> sentenceWords) {
        int specific = trigger.index().firstSpecific(sentenceWords);
        List<ContextRule> rules = trigger.rules();
        // the catch-all matches every sentence: it wins when written before the first specific rule met
        int end = specific < 0 ? rules.size() : specific;
        for (int i = 0; i < end; i++) {
            if (rules.get(i).fallback()) {
                return rules.get(i).type();
            }
        }
        return specific < 0 ? trigger.type() : rules.get(specific).type();
    }

    /** The first context rule, other than the catch-all, that these words satisfy; null if none. */
    static ContextRule specificRule(Trigger trigger, Set<String> words) {
        int i = trigger.index().firstSpecific(words);
        return i < 0 ? null : trigger.rules().get(i);
    }

    /** The type a trigger takes when no specific context rule applies. */
    static EventType defaultType(Trigger trigger) {
        for (ContextRule r : trigger.rules()) {
            if (r.fallback()) {
                return r.type();
            }
        }
        return trigger.type();
    }
}
