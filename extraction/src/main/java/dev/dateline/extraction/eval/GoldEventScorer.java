package dev.dateline.extraction.eval;

import dev.dateline.extraction.DateValue;
import dev.dateline.extraction.DateValues;
import dev.dateline.extraction.Entity;
import dev.dateline.extraction.ExtractedEvent;
import dev.dateline.extraction.ExtractionResult;
import dev.dateline.extraction.Extractor;
import dev.dateline.extraction.Timex;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Scores extracted events against the gold set. A system event matches a gold event when the date
 * values are equal, the types are equal, and one of the system's actors or its location equals one
 * of the gold participants (case-insensitively). Matching is one-to-one and greedy in reading order,
 * hence deterministic. Date-only and type-only scores relax the date or type condition.
 */
public final class GoldEventScorer {

    private GoldEventScorer() {
    }

    /**
     * The result for one article or for all. {@code actors} counts the actors of the system's events that sit at a
     * gold event's sentence and date, {@code actorsRight} those of them that are a gold participant there: the share
     * tells whether names that win events (the scorer needs only one right name) are right or merely many.
     */
    public record Result(Prf events, Prf dateOnly, Prf typeOnly, int modalityCorrect, int matched, int actors,
                         int actorsRight) {
        public static final Result EMPTY = new Result(new Prf(0, 0, 0), new Prf(0, 0, 0), new Prf(0, 0, 0), 0, 0, 0, 0);

        public Result(Prf events, Prf dateOnly, Prf typeOnly, int modalityCorrect, int matched) {
            this(events, dateOnly, typeOnly, modalityCorrect, matched, 0, 0);
        }

        public Result plus(Result o) {
            return new Result(events.plus(o.events), dateOnly.plus(o.dateOnly), typeOnly.plus(o.typeOnly),
                    modalityCorrect + o.modalityCorrect, matched + o.matched, actors + o.actors,
                    actorsRight + o.actorsRight);
        }

        public double modalityAccuracy() {
            return matched == 0 ? 0 : (double) modalityCorrect / matched;
        }

        /** The share of actors at gold events' sentences and dates that are gold participants there. */
        public double actorsRightShare() {
            return actors == 0 ? 0 : (double) actorsRight / actors;
        }
    }

    /** Scores one article's system events; misses and false positives go to {@code errors} when not null. */
    public static Result score(GoldArticle article, List<ExtractedEvent> system, List<String> errors) {
        return score(article, system, List.of(), errors, null);
    }

    /**
     * As {@link #score(GoldArticle, List, List)}, with each miss and false positive also given a
     * cause (see {@link #cause}) that is counted in {@code causes} when it is not null. The time
     * expressions tell a date the tagger never found from one no event took.
     */
    public static Result score(GoldArticle article, List<ExtractedEvent> system, List<Timex> timexes,
                               List<String> errors, Map<String, Integer> causes) {
        List<GoldArticle.GoldEvent> gold = article.events();
        int[] match = match(gold, system, (g, s) -> g.date().equals(s.date().value()) && g.type().equals(s.type().name())
                && shares(g, s));
        int[] dateOnly = match(gold, system, (g, s) -> g.date().equals(s.date().value()) && shares(g, s));
        int[] typeOnly = match(gold, system, (g, s) -> g.type().equals(s.type().name()) && shares(g, s));
        int matched = 0;
        int modality = 0;
        boolean[] systemUsed = new boolean[system.size()];
        for (int g = 0; g < gold.size(); g++) {
            if (match[g] >= 0) {
                matched++;
                systemUsed[match[g]] = true;
                if (system.get(match[g]).modality() == gold.get(g).modality()) {
                    modality++;
                }
            } else if (errors != null || causes != null) {
                GoldArticle.GoldEvent e = gold.get(g);
                String cause = cause(article, e, system, match, timexes);
                if (causes != null) {
                    causes.merge("miss: " + cause, 1, Integer::sum);
                }
                if (errors != null) {
                    errors.add(String.format(Locale.ROOT, "MISS  %s  %s %s %s (%s) {%s}  | %s", article.id(), e.date(),
                            e.type(), e.participants(), e.dateText(), cause, e.evidence()));
                }
            }
        }
        if (errors != null || causes != null) {
            for (int k = 0; k < system.size(); k++) {
                if (!systemUsed[k]) {
                    ExtractedEvent s = system.get(k);
                    String cause = falseCause(article, s, match);
                    if (causes != null) {
                        causes.merge("false: " + cause, 1, Integer::sum);
                    }
                    if (errors != null) {
                        errors.add(String.format(Locale.ROOT, "FALSE %s  %s %s %s @%s (%s) [%s] {%s}  | %s", article.id(),
                                s.date().value(), s.type(), names(s), s.location() == null ? "-" : s.location().name(),
                                s.dateText(), s.trigger(), cause, s.evidence().replaceAll("\\s+", " ")));
                    }
                }
            }
        }
        int n = system.size();
        int m = gold.size();
        List<String> goldSentences = gold.stream().map(g -> g.evidence().replaceAll("\\s+", " ").trim()).toList();
        int actors = 0;
        int actorsRight = 0;
        for (ExtractedEvent s : system) {
            String sentence = s.evidence().replaceAll("\\s+", " ").trim();
            List<GoldArticle.GoldEvent> here = new ArrayList<>();
            for (int g = 0; g < gold.size(); g++) {
                if (gold.get(g).date().equals(s.date().value()) && goldSentences.get(g).equals(sentence)) {
                    here.add(gold.get(g));
                }
            }
            if (here.isEmpty()) {
                continue;
            }
            for (Entity a : s.actors()) {
                actors++;
                if (here.stream().anyMatch(g -> g.participants().stream().anyMatch(p -> p.equalsIgnoreCase(a.name())))) {
                    actorsRight++;
                }
            }
        }
        return new Result(new Prf(matched, n, m), new Prf(count(dateOnly), n, m), new Prf(count(typeOnly), n, m),
                modality, matched, actors, actorsRight);
    }

    /**
     * Why a gold event was missed, from the system's output on its sentence: {@code no date} (no time
     * expression of the sentence has the gold value), {@code no event} (the date is found but dates
     * no event), {@code type}, {@code participant}, {@code type+participant} (an event of the sentence
     * has the date but the wrong type, no shared participant, or both), {@code taken} (the event that
     * would match went to another gold event), {@code date} (the type and a participant are there
     * with another date).
     */
    static String cause(GoldArticle article, GoldArticle.GoldEvent g, List<ExtractedEvent> system, int[] match,
                        List<Timex> timexes) {
        int from = article.body().indexOf(g.evidence());
        int to = from + g.evidence().length();
        List<ExtractedEvent> inSentence = new ArrayList<>();
        for (ExtractedEvent s : system) {
            if (s.start() >= from && s.start() < to) {
                inSentence.add(s);
            }
        }
        boolean dated = false;
        for (Timex x : timexes) {
            DateValue v = DateValues.parse(x.value());
            if (x.start() >= from && x.end() <= to && v != null && g.date().equals(v.value())) {
                dated = true;
            }
        }
        boolean sameDate = false;
        boolean sameDateType = false;
        boolean sameDateParticipant = false;
        boolean typeParticipant = false;
        for (ExtractedEvent s : inSentence) {
            boolean d = g.date().equals(s.date().value());
            boolean t = g.type().equals(s.type().name());
            boolean p = shares(g, s);
            sameDate |= d;
            sameDateType |= d && t;
            sameDateParticipant |= d && p;
            typeParticipant |= t && p;
            if (d && t && p) {
                return "taken";
            }
        }
        if (sameDateType) {
            return "participant";
        }
        if (sameDateParticipant) {
            return "type";
        }
        if (sameDate) {
            return "type+participant";
        }
        if (typeParticipant) {
            return "date";
        }
        return dated || timexes.isEmpty() && !inSentence.isEmpty() ? "no event" : "no date";
    }

    /**
     * Why a system event matched nothing: {@code no gold} (no gold event in its sentence), else
     * {@code type}, {@code participant}, {@code date} or {@code several} against the gold events of its
     * sentence, {@code extra} when one of them has its date, type and participant (a duplicate).
     */
    static String falseCause(GoldArticle article, ExtractedEvent s, int[] match) {
        String best = "no gold";
        int bestScore = -1;
        for (GoldArticle.GoldEvent g : article.events()) {
            int from = article.body().indexOf(g.evidence());
            if (s.start() < from || s.start() >= from + g.evidence().length()) {
                continue;
            }
            boolean d = g.date().equals(s.date().value());
            boolean t = g.type().equals(s.type().name());
            boolean p = shares(g, s);
            int score = (d ? 1 : 0) + (t ? 1 : 0) + (p ? 1 : 0);
            String c = score == 3 ? "extra" : score == 2 ? (!d ? "date" : !t ? "type" : "participant") : "several";
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    /** Scores every article with the extractor and prints per-article and overall figures. */
    public static Result run(Extractor extractor, List<GoldArticle> articles, boolean showErrors, PrintStream out) {
        Result total = Result.EMPTY;
        List<String> errors = showErrors ? new ArrayList<>() : null;
        Map<String, Integer> causes = showErrors ? new TreeMap<>() : null;
        for (GoldArticle a : articles) {
            ExtractionResult result = extractor.extract(a.body(), a.published());
            List<ExtractedEvent> system = result.events();
            Result r = score(a, system, result.timexes(), errors, causes);
            total = total.plus(r);
            out.printf(Locale.ROOT, "%-40s P %.3f  R %.3f  F1 %.3f  (matched %d, found %d, gold %d)%n", a.id(),
                    r.events().precision(), r.events().recall(), r.events().f1(), r.matched(), system.size(),
                    a.events().size());
        }
        if (errors != null) {
            out.println();
            errors.forEach(out::println);
            out.println();
            causes.forEach((cause, n) -> out.printf(Locale.ROOT, "%-28s %d%n", cause, n));
        }
        out.println();
        out.printf(Locale.ROOT, "articles %d, gold events %d, extracted %d%n", articles.size(), total.events().gold(),
                total.events().predicted());
        out.println("events     " + total.events());
        out.println("date only  " + total.dateOnly());
        out.println("type only  " + total.typeOnly());
        out.printf(Locale.ROOT, "modality accuracy on matched events %.4f (%d/%d)%n", total.modalityAccuracy(),
                total.modalityCorrect(), total.matched());
        out.printf(Locale.ROOT, "actors right at gold events' sentences and dates %.4f (%d/%d)%n",
                total.actorsRightShare(), total.actorsRight(), total.actors());
        return total;
    }

    /** Whether the engine's event names one of the gold event's participants, as an actor or its location. */
    public static boolean shares(GoldArticle.GoldEvent g, ExtractedEvent s) {
        for (String p : g.participants()) {
            for (Entity a : s.actors()) {
                if (a.name().equalsIgnoreCase(p)) {
                    return true;
                }
            }
            if (s.location() != null && s.location().name().equalsIgnoreCase(p)) {
                return true;
            }
        }
        return false;
    }

    /** For each gold event, the index of its system match or -1: gold in order, first free system event. */
    static <S> int[] match(List<GoldArticle.GoldEvent> gold, List<S> system, BiPredicate<GoldArticle.GoldEvent, S> ok) {
        int[] out = new int[gold.size()];
        boolean[] used = new boolean[system.size()];
        for (int g = 0; g < gold.size(); g++) {
            out[g] = -1;
            for (int s = 0; s < system.size(); s++) {
                if (!used[s] && ok.test(gold.get(g), system.get(s))) {
                    used[s] = true;
                    out[g] = s;
                    break;
                }
            }
        }
        return out;
    }

    static int count(int[] match) {
        int c = 0;
        for (int m : match) {
            if (m >= 0) {
                c++;
            }
        }
        return c;
    }

    private static List<String> names(ExtractedEvent e) {
        return e.actors().stream().map(Entity::name).toList();
    }
}
