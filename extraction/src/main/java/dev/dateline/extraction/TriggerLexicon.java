package dev.dateline.extraction;

import java.util.ArrayList;
import java.util.HashMap;
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
    record Trigger(String form, EventType type, boolean strong, List<ContextRule> rules, boolean onlyInContext) {

        /**
         * Whether the word is no trigger at all in a sentence of these words: its line ends in {@code *=OFF} and no
         * other rule is met ("left" is a launch only beside a launch site; elsewhere it holds no date either).
         */
        boolean off(Set<String> sentenceWords) {
            if (!onlyInContext) {
                return false;
            }
            for (ContextRule r : rules) {
                if (!r.fallback() && r.matches(sentenceWords)) {
                    return false;
                }
            }
            return true;
        }
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
                if (sentenceWords instanceof WordSet ws) {
                    if (ws.anyStartsWith(prefix)) {
                        return true;
                    }
                    continue;
                }
                for (String s : sentenceWords) {
                    if (s.startsWith(prefix)) {
                        return true;
                    }
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
            for (String written : c[0].split("\\|")) {
                List<String> forms;
                try {
                    forms = Inflections.expand(written.strip().toLowerCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw line.error(e.getMessage());
                }
                for (String f : forms) {
                    if (!f.isEmpty()) {
                        add(new Trigger(f, type, strong, rules, onlyInContext));
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
        for (ContextRule r : trigger.rules()) {
            if (r.matches(sentenceWords)) {
                return r.type();
            }
        }
        return trigger.type();
    }

    /** The first context rule, other than the catch-all, that these words satisfy; null if none. */
    static ContextRule specificRule(Trigger trigger, Set<String> words) {
        for (ContextRule r : trigger.rules()) {
            if (!r.fallback() && r.matches(words)) {
                return r;
            }
        }
        return null;
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
