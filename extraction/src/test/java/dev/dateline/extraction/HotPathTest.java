package dev.dateline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Shortcuts taken for speed must give what the slow forms gave. The trigger lexicon's word index must choose exactly the rule that trying each context rule in its written order
 * chooses: for every line of the bundled triggers.tsv, on sets of words drawn from that line's own rule words, words
 * that extend its prefixes, and other words, given both as a plain set and as a {@link WordSet}. The digit checks
 * must accept what the regular expressions they replace accepted.
 */
class HotPathTest {

    private static final List<String> OTHER_WORDS = List.of("the", "on", "tuesday", "government", "a", "said",
            "missile", "launch", "test", "court", "storm", "shares", "company", "police", "talks", "ab", "x");

    @Test
    void theIndexChoosesTheRuleThatTheWrittenOrderChooses() {
        TriggerLexicon lexicon = new TriggerLexicon(Resources.bundled("triggers.tsv"));
        Map<List<TriggerLexicon.ContextRule>, TriggerLexicon.Trigger> lines = new LinkedHashMap<>();
        for (Resources.Line line : Resources.bundled("triggers.tsv")) {
            String form = line.text().split("\t", -1)[0].split("\\|")[0].strip().toLowerCase(java.util.Locale.ROOT);
            Tokens t = Tokens.of(form.replaceAll("[{}\\[\\]()*]", ""));
            TriggerLexicon.Match m = lexicon.longest(t, 0, t.size);
            if (m != null && !m.trigger().rules().isEmpty()) {
                lines.putIfAbsent(m.trigger().rules(), m.trigger());
            }
        }
        assertThat(lines.size()).as("trigger lines with context rules").isGreaterThan(100);
        Random random = new Random(20261201);
        int specificFound = 0;
        for (TriggerLexicon.Trigger trigger : lines.values()) {
            List<String> pool = new ArrayList<>(OTHER_WORDS);
            for (TriggerLexicon.ContextRule r : trigger.rules()) {
                pool.addAll(r.exact());
                for (String p : r.prefixes()) {
                    pool.add(p);
                    pool.add(p + "s");
                    pool.add(p + "ation");
                    pool.add(p.length() > 1 ? p.substring(0, p.length() - 1) : p); // one letter short: no match
                }
            }
            for (int trial = 0; trial < 60; trial++) {
                Set<String> plain = new HashSet<>();
                WordSet indexed = new WordSet();
                int n = random.nextInt(trial % 3 == 0 ? 3 : 40);
                for (int i = 0; i < n; i++) {
                    String w = pool.get(random.nextInt(pool.size()));
                    plain.add(w);
                    indexed.add(w);
                }
                TriggerLexicon.ContextRule expected = writtenOrderSpecific(trigger, plain);
                if (expected != null) {
                    specificFound++;
                }
                for (Set<String> words : List.of(plain, indexed)) {
                    assertThat(TriggerLexicon.specificRule(trigger, words)).as("%s in %s", trigger.form(), words)
                            .isSameAs(expected);
                    assertThat(TriggerLexicon.typeIn(trigger, words)).as("%s in %s", trigger.form(), words)
                            .isEqualTo(writtenOrderType(trigger, words));
                    assertThat(trigger.off(words)).as("%s in %s", trigger.form(), words)
                            .isEqualTo(trigger.onlyInContext() && expected == null);
                }
            }
        }
        assertThat(specificFound).as("trials in which some specific rule applies").isGreaterThan(1000);
    }

    @Test
    void digitChecksAcceptWhatTheirRegularExpressionsAccept() {
        Random random = new Random(7);
        String alphabet = "0123456789012345a-";
        for (int trial = 0; trial < 20_000; trial++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(6);
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String w = trial % 4 == 0 ? Integer.toString(900 + random.nextInt(1300)) : b.toString();
            assertThat(Words.digits(w, 1, 3)).as(w).isEqualTo(w.matches("[0-9]{1,3}"));
            assertThat(Words.digits(w, 1, 2)).as(w).isEqualTo(w.matches("[0-9]{1,2}"));
            assertThat(Words.yearIn(w, 1500, 2099)).as(w).isEqualTo(w.matches("1[5-9][0-9]{2}|20[0-9]{2}"));
            assertThat(Words.yearIn(w, 1000, 2099)).as(w).isEqualTo(w.matches("1[0-9]{3}|20[0-9]{2}"));
        }
        assertThat(Words.digits("٣", 1, 3)).as("an Arabic-Indic digit is no [0-9]").isFalse();
    }

    private static TriggerLexicon.ContextRule writtenOrderSpecific(TriggerLexicon.Trigger trigger, Set<String> words) {
        for (TriggerLexicon.ContextRule r : trigger.rules()) {
            if (!r.fallback() && r.matches(words)) {
                return r;
            }
        }
        return null;
    }

    private static EventType writtenOrderType(TriggerLexicon.Trigger trigger, Set<String> words) {
        for (TriggerLexicon.ContextRule r : trigger.rules()) {
            if (r.matches(words)) {
                return r.type();
            }
        }
        return trigger.type();
    }
}
