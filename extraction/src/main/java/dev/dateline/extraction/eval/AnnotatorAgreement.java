package dev.dateline.extraction.eval;

import dev.dateline.extraction.ExtractionResult;
import dev.dateline.extraction.Extractor;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far independent annotations of the same articles agree, measured as the engine is: two events
 * agree when their date values and types are equal and their participant lists share a name
 * (case-insensitively), matched one-to-one and greedily in reading order. The F1 of one annotation
 * scored against another is symmetric (precision and recall swap), so it is the agreement of the pair,
 * and it bounds what any system can score against either of them.
 */
public final class AnnotatorAgreement {

    private AnnotatorAgreement() {
    }

    /** One annotation of a set of articles: its name and each annotated article's events, by article id. */
    public record Annotation(String name, Map<String, List<GoldArticle.GoldEvent>> events) {
        public Annotation {
            events = Map.copyOf(events);
        }

        /** The annotation the articles themselves carry. */
        public static Annotation of(String name, List<GoldArticle> articles) {
            Map<String, List<GoldArticle.GoldEvent>> events = new LinkedHashMap<>();
            articles.forEach(a -> events.put(a.id(), a.events()));
            return new Annotation(name, events);
        }

        /**
         * Reads an annotation: a folder of gold article files, or one JSON file
         * {@code {"annotator": NAME, "set": FOLDER, "articles": {ARTICLE_ID: [EVENT, ...], ...}}} whose events have
         * the gold format.
         */
        @SuppressWarnings("unchecked")
        public static Annotation read(Path path) {
            if (Files.isDirectory(path)) {
                return of(path.getFileName().toString(), GoldArticle.loadAll(path));
            }
            String json;
            try {
                json = Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!(Json.parse(json) instanceof Map<?, ?> root) || !(root.get("articles") instanceof Map<?, ?> articles)) {
                throw new IllegalArgumentException(path + ": expected {\"annotator\": ..., \"articles\": {id: [events]}}");
            }
            Map<String, List<GoldArticle.GoldEvent>> events = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<Object, Object>) articles).entrySet()) {
                String id = String.valueOf(e.getKey());
                events.put(id, GoldArticle.parseEvents(e.getValue(), path + ", article " + id));
            }
            Object name = root.get("annotator");
            return new Annotation(name == null ? path.getFileName().toString() : String.valueOf(name), events);
        }
    }

    /**
     * The agreement of two annotations: events, date-only and type-only counts (as the engine's scorer
     * gives them), the modality agreement of agreeing events, and the type pairs on which events that
     * agree on date and participant differ, unordered ({@code REPORT / STATEMENT}).
     */
    public record Pair(Prf events, Prf dateOnly, Prf typeOnly, int modalityAgreed, Map<String, Integer> typeDifferences) {
        static final Pair EMPTY = new Pair(new Prf(0, 0, 0), new Prf(0, 0, 0), new Prf(0, 0, 0), 0, Map.of());

        Pair plus(Pair o) {
            Map<String, Integer> types = new TreeMap<>(typeDifferences);
            o.typeDifferences.forEach((k, v) -> types.merge(k, v, Integer::sum));
            return new Pair(events.plus(o.events), dateOnly.plus(o.dateOnly), typeOnly.plus(o.typeOnly),
                    modalityAgreed + o.modalityAgreed, types);
        }
    }

    /**
     * Compares two annotations of one article. Events of {@code reference} that {@code other} lacks and the
     * reverse go to {@code disagreements} when it is not null.
     */
    public static Pair compare(String articleId, List<GoldArticle.GoldEvent> reference,
                               List<GoldArticle.GoldEvent> other, List<String> disagreements) {
        int[] all = GoldEventScorer.match(reference, other, (a, b) -> sameDate(a, b) && sameType(a, b) && shares(a, b));
        int[] dateOnly = GoldEventScorer.match(reference, other, (a, b) -> sameDate(a, b) && shares(a, b));
        int[] typeOnly = GoldEventScorer.match(reference, other, (a, b) -> sameType(a, b) && shares(a, b));
        int modality = 0;
        boolean[] used = new boolean[other.size()];
        for (int r = 0; r < reference.size(); r++) {
            if (all[r] >= 0) {
                used[all[r]] = true;
                if (reference.get(r).modality() == other.get(all[r]).modality()) {
                    modality++;
                }
            } else if (disagreements != null) {
                disagreements.add("ONLY-1 " + describe(articleId, reference.get(r)));
            }
        }
        if (disagreements != null) {
            for (int o = 0; o < other.size(); o++) {
                if (!used[o]) {
                    disagreements.add("ONLY-2 " + describe(articleId, other.get(o)));
                }
            }
        }
        Map<String, Integer> types = new TreeMap<>();
        for (int r = 0; r < reference.size(); r++) {
            if (dateOnly[r] >= 0) {
                String a = reference.get(r).type();
                String b = other.get(dateOnly[r]).type();
                if (!a.equals(b)) {
                    types.merge(a.compareTo(b) < 0 ? a + " / " + b : b + " / " + a, 1, Integer::sum);
                }
            }
        }
        int n = other.size();
        int m = reference.size();
        return new Pair(new Prf(GoldEventScorer.count(all), n, m), new Prf(GoldEventScorer.count(dateOnly), n, m),
                new Prf(GoldEventScorer.count(typeOnly), n, m), modality, types);
    }

    /** Compares two annotations over the given articles, summed. */
    public static Pair compare(List<String> articleIds, Annotation reference, Annotation other,
                               List<String> disagreements) {
        Pair total = Pair.EMPTY;
        for (String id : articleIds) {
            total = total.plus(compare(id, reference.events().get(id), other.events().get(id), disagreements));
        }
        return total;
    }

    /**
     * Prints the agreement of every pair of annotations over the articles all of them annotated, the type pairs
     * they differ on, and, when {@code engine} is not null, the engine's score against each annotation on the
     * same articles. With {@code showDisagreements}, lists each pair's events that only one side has.
     */
    public static void run(List<GoldArticle> articles, List<Annotation> annotations, Extractor engine,
                           boolean showDisagreements, PrintStream out) {
        List<GoldArticle> covered = new ArrayList<>();
        for (GoldArticle a : articles) {
            if (annotations.stream().allMatch(x -> x.events().containsKey(a.id()))) {
                covered.add(a);
            }
        }
        List<String> ids = covered.stream().map(GoldArticle::id).toList();
        for (Annotation x : annotations) {
            long events = ids.stream().mapToLong(id -> x.events().get(id).size()).sum();
            out.printf(Locale.ROOT, "%-12s %d of %d articles annotated, %d events on the %d all share%n", x.name(),
                    x.events().keySet().stream().filter(id -> articles.stream().anyMatch(a -> a.id().equals(id))).count(),
                    articles.size(), events, ids.size());
        }
        out.println();
        Map<String, Integer> types = new TreeMap<>();
        List<String> disagreements = new ArrayList<>();
        int width = 4 + 2 * annotations.stream().mapToInt(x -> x.name().length()).max().orElse(0);
        String row = "%-" + width + "s %-8s %-9s %-9s %s%n";
        out.printf(Locale.ROOT, row, "pair", "events", "date-only", "type-only", "modality");
        for (int i = 0; i < annotations.size(); i++) {
            for (int j = i + 1; j < annotations.size(); j++) {
                Annotation a = annotations.get(i);
                Annotation b = annotations.get(j);
                List<String> listed = showDisagreements ? new ArrayList<>() : null;
                Pair p = compare(ids, a, b, listed);
                p.typeDifferences().forEach((k, v) -> types.merge(k, v, Integer::sum));
                out.printf(Locale.ROOT, "%-" + width + "s %-8.3f %-9.3f %-9.3f %d/%d   (%d agreed, %d vs %d events)%n",
                        a.name() + " ~ " + b.name(), p.events().f1(), p.dateOnly().f1(), p.typeOnly().f1(),
                        p.modalityAgreed(), p.events().correct(), p.events().correct(), p.events().gold(),
                        p.events().predicted());
                if (listed != null) {
                    String head = "-- " + a.name() + " (1) ~ " + b.name() + " (2)";
                    disagreements.add(head);
                    disagreements.addAll(listed);
                }
            }
        }
        if (engine != null) {
            out.println();
            out.printf(Locale.ROOT, row, "engine against", "events", "date-only", "type-only", "");
            for (Annotation x : annotations) {
                GoldEventScorer.Result total = GoldEventScorer.Result.EMPTY;
                for (GoldArticle a : covered) {
                    GoldArticle asAnnotated = new GoldArticle(a.id(), a.title(), a.published(), a.body(),
                            x.events().get(a.id()));
                    ExtractionResult r = engine.extract(a.body(), a.published());
                    total = total.plus(GoldEventScorer.score(asAnnotated, r.events(), null));
                }
                out.printf(Locale.ROOT, "%-" + width + "s %-8.3f %-9.3f %-9.3f P %.3f, R %.3f (%d/%d/%d)%n", x.name(),
                        total.events().f1(), total.dateOnly().f1(), total.typeOnly().f1(), total.events().precision(),
                        total.events().recall(), total.events().correct(), total.events().predicted(),
                        total.events().gold());
            }
        }
        out.println();
        out.println("types on which events agreeing on date and participant differ (all pairs):");
        types.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.printf(Locale.ROOT, "  %-36s %d%n", e.getKey(), e.getValue()));
        if (showDisagreements) {
            out.println();
            disagreements.forEach(out::println);
        }
    }

    private static String describe(String articleId, GoldArticle.GoldEvent e) {
        return String.format(Locale.ROOT, "%s  %s %s %s %s (%s)  | %s", articleId, e.date(), e.type(), e.participants(),
                e.modality(), e.dateText(), e.evidence());
    }

    private static boolean sameDate(GoldArticle.GoldEvent a, GoldArticle.GoldEvent b) {
        return a.date().equals(b.date());
    }

    private static boolean sameType(GoldArticle.GoldEvent a, GoldArticle.GoldEvent b) {
        return a.type().equals(b.type());
    }

    private static boolean shares(GoldArticle.GoldEvent a, GoldArticle.GoldEvent b) {
        for (String p : a.participants()) {
            for (String q : b.participants()) {
                if (p.equalsIgnoreCase(q)) {
                    return true;
                }
            }
        }
        return false;
    }
}
