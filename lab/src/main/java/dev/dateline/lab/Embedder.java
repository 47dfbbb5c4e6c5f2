package dev.dateline.lab;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A text's vector: MiniLM through ONNX Runtime (quantized or full) or the static distillation. */
public interface Embedder {

    float[] embed(String text);

    /** {@code q} (quantized MiniLM), {@code full}, or {@code static} (the distilled table in the resources). */
    static Embedder named(String name) {
        return switch (name) {
            case "q" -> onnx(new AllMiniLmL6V2QuantizedEmbeddingModel());
            case "full" -> onnx(new AllMiniLmL6V2EmbeddingModel());
            case "static" -> StaticEmbedder.load();
            case "ctx" -> ContextEmbedder.quantized();
            default -> throw new IllegalArgumentException("unknown embedder " + name);
        };
    }

    private static Embedder onnx(EmbeddingModel model) {
        return text -> model.embed(text).content().vector();
    }

    /** Remembers vectors by text in a file, so that re-runs of the experiment do not embed again. */
    final class Cached implements Embedder {
        private final Embedder inner;
        private final Path file;
        private final Map<String, float[]> cache = new HashMap<>();
        private int added;

        public Cached(Embedder inner, Path file) {
            this.inner = inner;
            this.file = file;
            if (file != null && Files.isRegularFile(file)) {
                try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                    int n = in.readInt();
                    for (int i = 0; i < n; i++) {
                        String t = in.readUTF();
                        float[] v = new float[in.readInt()];
                        for (int j = 0; j < v.length; j++) {
                            v[j] = in.readFloat();
                        }
                        cache.put(t, v);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        Embedder inner() {
            return inner;
        }

        @Override
        public float[] embed(String text) {
            float[] v = cache.get(text);
            if (v == null) {
                v = inner.embed(text);
                cache.put(text, v);
                added++;
            }
            return v;
        }

        public void save() {
            if (added == 0 || file == null) {
                return;
            }
            try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
                out.writeInt(cache.size());
                for (Map.Entry<String, float[]> e : cache.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().length);
                    for (float f : e.getValue()) {
                        out.writeFloat(f);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
