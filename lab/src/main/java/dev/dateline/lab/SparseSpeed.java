package dev.dateline.lab;

import dev.dateline.extraction.ExtractedEvent;
import dev.dateline.extraction.Extractor;
import dev.dateline.extraction.eval.GoldArticle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Speed and size of the chosen sparse typer (run it pinned to one core, {@code taskset -c 0}): the engine alone and
 * the engine with retyping over the six tuning sets' texts, warm, single thread; retypes per second; the model's
 * features and weights, and its size as text (features with their weights of at least 0.01, or the prune),
 * plain and gzipped, and in a compact binary form;
 * written to OUT when given. Usage: {@code SparseSpeed [OUT]}.
 */
public final class SparseSpeed {

    private SparseSpeed() {
    }

    public static void main(String[] args) {
        Extractor ex = Extractor.create();
        SparseTyper typer = ScoreSparse.trainAll(ex, ScoreSparse.GROUPS, ScoreSparse.L2, ScoreSparse.RULES_SCALE);
        List<GoldArticle> articles = new ArrayList<>();
        long chars = 0;
        for (String s : TypeLab.SETS) {
            for (GoldArticle a : GoldArticle.loadAll(Path.of("gold", s))) {
                articles.add(a);
                chars += a.body().length();
            }
        }
        int reps = Integer.getInteger("reps", 5);
        for (int warm = 0; warm < 3; warm++) {
            pass(ex, typer, articles, true);
        }
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            for (int r = 0; r < reps; r++) {
                pass(ex, typer, articles, false);
            }
            double engine = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            int events = 0;
            for (int r = 0; r < reps; r++) {
                events = pass(ex, typer, articles, true);
            }
            double both = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: %d chars x %d: engine %.2f MB/s, engine + retyping %.2f MB/s (%d events a pass)%n",
                    round, chars, reps, chars * reps / engine / 1e6, chars * reps / both / 1e6, events);
        }
        List<ExtractedEvent> all = new ArrayList<>();
        List<java.time.LocalDate> days = new ArrayList<>();
        for (GoldArticle a : articles) {
            for (ExtractedEvent e : ex.extract(a.body(), a.published()).events()) {
                all.add(e);
                days.add(a.published());
            }
        }
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            int n = 0;
            for (int r = 0; r < 20; r++) {
                for (int i = 0; i < all.size(); i++) {
                    sink += SparseLab.retype(typer, ScoreSparse.GROUPS, null, List.of(all.get(i)), days.get(i), ScoreSparse.THETA)
                            .get(0).type().ordinal();
                    n++;
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "retyping alone: %d events in %.2f s: %.1f us each, %.0f retypes/s%n", n, s,
                    1e6 * s / n, n / s);
        }
        double eps = SparseTyper.PRUNE > 0 ? SparseTyper.PRUNE : 0.01;
        int[] size = typer.size(eps);
        String dump = typer.dump(eps);
        byte[] text = dump.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf(Locale.ROOT, "model: %d features, %d weights of at least %.2f (of %d); as text %d bytes, gzipped %d;"
                + " compact (type byte + signed byte a weight) %d bytes (sink %d)%n", size[0], size[1], eps,
                size[0] * SparseTyper.TYPES.length, text.length, gz.size(), typer.compactBytes(eps), sink % 2);
        if (args.length > 0) {
            try {
                Files.writeString(Path.of(args[0]), dump);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static int pass(Extractor ex, SparseTyper typer, List<GoldArticle> articles, boolean retype) {
        int events = 0;
        for (GoldArticle a : articles) {
            List<ExtractedEvent> ev = ex.extract(a.body(), a.published()).events();
            if (retype) {
                ev = SparseLab.retype(typer, ScoreSparse.GROUPS, null, ev, a.published(), ScoreSparse.THETA);
            }
            events += ev.size();
        }
        return events;
    }
}
