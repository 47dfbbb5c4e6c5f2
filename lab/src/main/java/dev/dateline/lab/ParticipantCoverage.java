package dev.dateline.lab;

import dev.dateline.extraction.Entity;
import dev.dateline.extraction.Extractor;
import dev.dateline.extraction.Reading;
import dev.dateline.extraction.eval.GoldArticle;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the gold events' participants are, seen from the engine: among the names it recognises in the event's
 * sentence, named in the sentence but not recognised, or not named in it at all (a pronoun, "the company", the
 * article's setting). A participant counts as the scorer counts it: a case-insensitive match of a name. Usage:
 * {@code ParticipantCoverage GOLD_DIR...}.
 */
public final class ParticipantCoverage {

    private ParticipantCoverage() {
    }

    public static void main(String[] args) {
        Reading[] last = new Reading[1];
        Extractor engine = Extractor.create().withRefiner((text, reading, events) -> {
            last[0] = reading;
            return events;
        });
        int[] counts = new int[3];
        for (String dir : args) {
            for (GoldArticle a : GoldArticle.loadAll(Path.of(dir))) {
                engine.extract(a.body(), a.published());
                for (GoldArticle.GoldEvent g : a.events()) {
                    counts[where(a.body(), last[0], g)]++;
                }
            }
        }
        int total = counts[0] + counts[1] + counts[2];
        System.out.printf(Locale.ROOT, "gold events %d: a participant among the sentence's recognised names %d (%.1f%%), "
                        + "named in the sentence but not recognised %d (%.1f%%), not named in it %d (%.1f%%)%n", total,
                counts[0], 100.0 * counts[0] / total, counts[1], 100.0 * counts[1] / total, counts[2],
                100.0 * counts[2] / total);
    }

    /** 0: recognised in the event's sentence; 1: only written there; 2: not there. */
    private static int where(String body, Reading reading, GoldArticle.GoldEvent g) {
        String evidence = norm(g.evidence());
        Reading.Sentence sentence = null;
        for (Reading.Sentence s : reading.sentences()) {
            String text = norm(body.substring(s.start(), s.end()));
            if (!text.isEmpty() && (text.contains(evidence) || evidence.contains(text))) {
                sentence = s;
                break;
            }
        }
        boolean written = false;
        for (String p : g.participants()) {
            if (sentence != null && (named(sentence.place(), p) || sentence.actors().stream().anyMatch(e -> named(e, p)))) {
                return 0;
            }
            written |= evidence.contains(p.toLowerCase(Locale.ROOT));
        }
        return written ? 1 : 2;
    }

    private static boolean named(Entity e, String participant) {
        return e != null && e.name().equalsIgnoreCase(participant);
    }

    private static String norm(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
