package dev.dateline.lab;

import dev.dateline.extraction.Entity;
import dev.dateline.extraction.ExtractedEvent;
import dev.dateline.extraction.LabAnalysis;
import dev.dateline.extraction.eval.GoldArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the participant reader's units as JSON lines: every unit of {@link ReaderUnits} with the previous
 * sentence, its candidates (the names the engine recognises in the unit's sentence, then in the sentences before
 * it, most recent first, at most {@value #MAX_CANDIDATES}), and per candidate a label: 1 when it is a participant
 * of a gold event assigned to the unit (case-insensitive, as the scorer matches), else 0. Coverage counts go to
 * stderr. Usage: {@code ExportParticipants OUT.jsonl GOLD_DIR...}.
 */
public final class ExportParticipants {

    static final int MAX_CANDIDATES = 12;

    private ExportParticipants() {
    }

    /** A candidate: its entity and how many sentences before the unit's it was last named (0: in it). */
    record Candidate(Entity entity, int distance) {
    }

    public static void main(String[] args) {
        Path out = Path.of(args[0]);
        List<ReaderUnits.Article> articles = ReaderUnits.create().load(List.of(args).subList(1, args.length));
        List<String> lines = new ArrayList<>();
        int[] c = new int[8];
        for (ReaderUnits.Article a : articles) {
            for (ReaderUnits.Unit u : a.units()) {
                if (u.sentence() < 0) {
                    continue;
                }
                List<Candidate> cands = candidates(a.text(), u.sentence(), MAX_CANDIDATES);
                List<Integer> labels = new ArrayList<>();
                boolean any = false;
                boolean inSentence = false;
                for (Candidate x : cands) {
                    boolean gold = isGold(x.entity(), u.goldEvents());
                    labels.add(gold ? 1 : 0);
                    any |= gold;
                    inSentence |= gold && x.distance() == 0;
                }
                boolean engine = false;
                for (int i : u.events()) {
                    engine |= engineRight(a.events().get(i), u.goldEvents());
                }
                if (!u.goldEvents().isEmpty()) {
                    c[0]++;
                    c[1] += any ? 1 : 0;
                    c[2] += inSentence ? 1 : 0;
                    c[3] += engine ? 1 : 0;
                    c[4] += u.events().isEmpty() ? 0 : 1;
                    c[5] += allCandidatesHaveGold(a.text(), u) ? 1 : 0;
                }
                lines.add(line(a, u, cands, labels));
            }
        }
        ExportUnits.write(out, lines);
        System.err.printf(Locale.ROOT, "%d articles, %d units, %d with gold events%n", articles.size(), lines.size(), c[0]);
        System.err.printf(Locale.ROOT, "  a gold participant among the first %d candidates %d (%.3f), in the sentence %d (%.3f), "
                        + "among all the article's names up to the sentence %d (%.3f)%n", MAX_CANDIDATES, c[1],
                (double) c[1] / c[0], c[2], (double) c[2] / c[0], c[5], (double) c[5] / c[0]);
        System.err.printf(Locale.ROOT, "  units with an engine event %d; one of them names a gold participant %d (%.3f of those)%n",
                c[4], c[3], (double) c[3] / Math.max(1, c[4]));
        System.err.println("wrote " + out);
    }

    /** The unit sentence's names (actors, then its place), then earlier sentences' names, most recent first. */
    static List<Candidate> candidates(LabAnalysis.Text text, int sentence, int max) {
        List<Candidate> out = new ArrayList<>();
        for (int s = sentence; s >= 0 && out.size() < max; s--) {
            LabAnalysis.Sentence x = text.sentences().get(s);
            List<Entity> names = new ArrayList<>(x.actors());
            if (x.place() != null) {
                names.add(x.place());
            }
            for (Entity e : names) {
                if (out.size() < max && out.stream().noneMatch(k -> k.entity().name().equalsIgnoreCase(e.name()))) {
                    out.add(new Candidate(e, sentence - s));
                }
            }
        }
        return out;
    }

    private static boolean allCandidatesHaveGold(LabAnalysis.Text text, ReaderUnits.Unit u) {
        for (Candidate x : candidates(text, u.sentence(), Integer.MAX_VALUE)) {
            if (isGold(x.entity(), u.goldEvents())) {
                return true;
            }
        }
        return false;
    }

    static boolean isGold(Entity e, List<GoldArticle.GoldEvent> gold) {
        for (GoldArticle.GoldEvent g : gold) {
            for (String p : g.participants()) {
                if (e.name().equalsIgnoreCase(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean engineRight(ExtractedEvent e, List<GoldArticle.GoldEvent> gold) {
        boolean right = e.location() != null && isGold(e.location(), gold);
        for (Entity x : e.actors()) {
            right |= isGold(x, gold);
        }
        return right;
    }

    private static String line(ReaderUnits.Article a, ReaderUnits.Unit u, List<Candidate> cands, List<Integer> labels) {
        StringBuilder names = new StringBuilder("[");
        for (Candidate x : cands) {
            names.append(names.length() > 1 ? "," : "").append("{\"name\":").append(ExportUnits.str(x.entity().name()))
                    .append(",\"kind\":").append(ExportUnits.str(x.entity().kind().name())).append(",\"distance\":")
                    .append(x.distance()).append('}');
        }
        names.append(']');
        LabAnalysis.Sentence s = a.text().sentences().get(u.sentence());
        return "{\"unit\":" + ExportUnits.str(u.id()) + ",\"set\":" + ExportUnits.str(a.set()) + ",\"article\":"
                + ExportUnits.str(a.gold().id()) + ",\"prev\":"
                + ExportUnits.str(u.sentence() > 0 ? a.sentence(u.sentence() - 1) : "") + ",\"sentence\":"
                + ExportUnits.str(a.sentence(u.sentence())) + ",\"tStart\":" + (u.tStart() - s.start()) + ",\"tEnd\":"
                + (u.tEnd() - s.start()) + ",\"positive\":" + !u.goldEvents().isEmpty() + ",\"candidates\":" + names
                + ",\"labels\":" + labels + "}";
    }
}
