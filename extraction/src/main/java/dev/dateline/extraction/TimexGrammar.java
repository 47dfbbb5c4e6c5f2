package dev.dateline.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The time-expression rules of {@code timex-rules.txt}, compiled into one trie over token classes
 * and words. Matching starts only at tokens that can begin a rule (a hash look-up at the root),
 * walks the trie at most as deep as the longest rule, and never backtracks over the text, so a
 * text is matched in time linear in its length whatever it contains.
 */
final class TimexGrammar {

    /** One rule: its function, arguments, and how many context tokens frame the expression. */
    record Rule(int index, String function, String[] args, int contextBefore, int contextAfter, String source) {
    }

    /** A match: tokens [from, to) of which the expression is [spanFrom, spanTo); classes per token. */
    record Match(Rule rule, int from, int to, int spanFrom, int spanTo, int[] elements) {
    }

    /** Element code for a literal word in a match's element list. */
    static final int LITERAL = -1;

    private static final class Node {
        Map<String, Node> words;
        long classMask;
        int[] classBits = new int[0];
        Node[] classChildren = new Node[0];
        Rule rule;

        Node word(String w) {
            if (words == null) {
                words = new HashMap<>(4);
            }
            return words.computeIfAbsent(w, k -> new Node());
        }

        Node cls(int bit) {
            for (int i = 0; i < classBits.length; i++) {
                if (classBits[i] == bit) {
                    return classChildren[i];
                }
            }
            int n = classBits.length;
            classBits = java.util.Arrays.copyOf(classBits, n + 1);
            classChildren = java.util.Arrays.copyOf(classChildren, n + 1);
            classBits[n] = bit;
            Node child = new Node();
            classChildren[n] = child;
            classMask |= 1L << bit;
            return child;
        }
    }

    private final Node root = new Node();
    private final TimexLexicon lexicon;
    private int maxDepth;

    TimexGrammar(TimexLexicon lexicon, List<Resources.Line> lines) {
        this.lexicon = lexicon;
        int index = 0;
        for (Resources.Line line : lines) {
            String text = line.text();
            int arrow = text.indexOf("=>");
            if (arrow < 0) {
                throw line.error("a rule needs '=>' and a function");
            }
            String[] elements = text.substring(0, arrow).trim().split("\\s+");
            String[] rhs = text.substring(arrow + 2).trim().split("\\s+");
            int before = 0;
            int after = 0;
            List<String> plain = new ArrayList<>();
            for (int i = 0; i < elements.length; i++) {
                String e = elements[i];
                if (e.startsWith("[") && e.endsWith("]")) {
                    if (i == 0) {
                        before = 1;
                    } else if (i == elements.length - 1) {
                        after = 1;
                    } else {
                        throw line.error("a [context] element may stand only at either end");
                    }
                    e = e.substring(1, e.length() - 1);
                }
                plain.add(e);
            }
            String[] args = java.util.Arrays.copyOfRange(rhs, 1, rhs.length);
            Rule rule = new Rule(index++, rhs[0], args, before, after, line.source() + ":" + line.number());
            add(root, plain, 0, rule, line);
            maxDepth = Math.max(maxDepth, plain.size());
        }
    }

    private void add(Node node, List<String> elements, int i, Rule rule, Resources.Line line) {
        if (i == elements.size()) {
            if (node.rule == null) {
                node.rule = rule;
            }
            return;
        }
        String e = elements.get(i);
        boolean optional = e.length() > 1 && e.endsWith("?");
        if (optional) {
            e = e.substring(0, e.length() - 1);
            add(node, elements, i + 1, rule, line);
        }
        for (String alt : e.split("\\|")) {
            if (alt.isEmpty()) {
                throw line.error("empty alternative");
            }
            Node child;
            if (isClassName(alt)) {
                if (!lexicon.isClass(alt)) {
                    throw line.error("unknown word class " + alt);
                }
                child = node.cls(lexicon.bit(alt));
            } else {
                child = node.word(alt.toLowerCase(java.util.Locale.ROOT));
            }
            add(child, elements, i + 1, rule, line);
        }
    }

    private static boolean isClassName(String s) {
        if (s.length() < 2) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The best match starting at token {@code from} (longest expression, then earliest rule),
     * not crossing {@code limit}; null when no rule matches there.
     */
    Match match(Tokens t, TimexLexicon.Entry[] entries, int from, int limit) {
        String w = t.lower[from];
        TimexLexicon.Entry e = entries[from];
        boolean startsRule = (root.words != null && root.words.containsKey(w)) || (e != null && (e.mask & root.classMask) != 0);
        if (!startsRule) {
            return null;
        }
        Search s = new Search(t, entries, from, Math.min(limit, from + maxDepth));
        s.walk(root, from, 0);
        return s.best;
    }

    private static final java.util.Set<String> NEVER_LAST = java.util.Set.of("of", "the", "and", "or", "to", "a", "an");

    private static final class Search {
        final Tokens t;
        final TimexLexicon.Entry[] entries;
        final int from;
        final int limit;
        final int[] path;
        Match best;

        Search(Tokens t, TimexLexicon.Entry[] entries, int from, int limit) {
            this.t = t;
            this.entries = entries;
            this.from = from;
            this.limit = limit;
            this.path = new int[limit - from + 1];
        }

        void walk(Node node, int tok, int depth) {
            if (node.rule != null) {
                offer(node.rule, tok, depth);
            }
            if (tok >= limit) {
                return;
            }
            if (node.words != null) {
                Node child = node.words.get(t.lower[tok]);
                if (child != null) {
                    path[depth] = LITERAL;
                    walk(child, tok + 1, depth + 1);
                }
            }
            TimexLexicon.Entry e = entries[tok];
            if (e != null && (e.mask & node.classMask) != 0) {
                for (int i = 0; i < node.classBits.length; i++) {
                    int bit = node.classBits[i];
                    if ((e.mask & (1L << bit)) != 0) {
                        path[depth] = bit;
                        walk(node.classChildren[i], tok + 1, depth + 1);
                    }
                }
            }
        }

        /** An expression never ends with punctuation or a function word that an optional element let in. */
        private boolean canEnd(int tok) {
            return t.shape[tok] != Tokens.PUNCT && !NEVER_LAST.contains(t.lower[tok]);
        }

        private void offer(Rule rule, int to, int depth) {
            int spanFrom = from + rule.contextBefore();
            int spanTo = to - rule.contextAfter();
            if (spanTo <= spanFrom || !canEnd(spanTo - 1)) {
                return;
            }
            if (best != null) {
                int len = t.end[spanTo - 1] - t.start[spanFrom];
                int bestLen = t.end[best.spanTo() - 1] - t.start[best.spanFrom()];
                // equal expressions: the rule that saw more context is the more specific one
                int context = to - from;
                int bestContext = best.to() - best.from();
                if (len < bestLen || (len == bestLen && (context < bestContext
                        || context == bestContext && rule.index() >= best.rule().index()))) {
                    return;
                }
            }
            best = new Match(rule, from, to, spanFrom, spanTo, java.util.Arrays.copyOf(path, depth));
        }
    }
}
