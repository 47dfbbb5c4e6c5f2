package dev.dateline.lab;

import dev.dateline.extraction.Extractor;
import dev.dateline.extraction.eval.GoldArticle;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Step 1 of the type experiment: how long MiniLM (quantized and full) takes per short text (~30 words),
 * one call at a time, warm. Run it pinned to one core ({@code taskset -c 0}) since ONNX Runtime otherwise uses
 * every core for one call. Texts are 30-word windows of gold/dev's evidence sentences.
 */
public final class Speed {

    private Speed() {
    }

    public static void main(String[] args) {
        List<String> texts = new ArrayList<>();
        for (GoldArticle a : GoldArticle.loadAll(Path.of(args.length > 0 ? args[0] : "gold/dev"))) {
            String[] w = a.body().split("\\s+");
            for (int i = 0; i + 30 <= w.length && texts.size() < 400; i += 30) {
                texts.add(String.join(" ", List.of(w).subList(i, i + 30)));
            }
        }
        boolean onlyStatic = args.length > 1 && args[1].equals("static");
        if (!onlyStatic) {
            time("quantized", new AllMiniLmL6V2QuantizedEmbeddingModel(), texts);
            time("full", new AllMiniLmL6V2EmbeddingModel(), texts);
            time("ctx (q, token outputs, 1 thread)", ContextEmbedder.quantized(), texts);
        }
        time("static", StaticEmbedder.load(), texts);
        long chars = 0;
        int events = 0;
        Extractor ex = Extractor.create();
        for (String set : TypeLab.SETS) {
            for (GoldArticle a : GoldArticle.loadAll(Path.of("gold", set))) {
                chars += a.body().length();
                events += ex.extract(a.body(), a.published()).events().size();
            }
        }
        System.out.printf(Locale.ROOT, "the engine finds %d events in %d chars of the six tuning sets: %.0f events per MB%n",
                events, chars, events / (chars / 1e6));
    }

    private static void time(String name, Embedder model, List<String> texts) {
        time(name, (EmbeddingModel) null, texts, model);
    }

    private static void time(String name, EmbeddingModel model, List<String> texts) {
        time(name, model, texts, t -> model.embed(t).content().vector());
    }

    private static void time(String name, EmbeddingModel unused, List<String> texts, Embedder model) {
        int reps = name.equals("static") ? 50 : 1;
        for (int i = 0; i < 200 * reps; i++) {
            model.embed(texts.get(i % texts.size()));
        }
        long t0 = System.nanoTime();
        long chars = 0;
        for (int r = 0; r < reps; r++) {
            for (String t : texts) {
                model.embed(t);
                chars += t.length();
            }
        }
        int n = texts.size() * reps;
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%-9s %d texts of ~30 words: %.2f ms/text, %.0f texts/s, %.3f MB/s%n", name,
                n, 1000 * s / n, n / s, chars / s / 1e6);
    }
}
