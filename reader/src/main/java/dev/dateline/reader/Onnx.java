package dev.dateline.reader;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the reader's two ONNX models ({@link ReaderModel}, {@link ParticipantModel}) share: their bytes, how their
 * session is opened, and one run of a batch of encoder inputs.
 */
final class Onnx {

    static final OrtEnvironment ENV = OrtEnvironment.getEnvironment();

    private Onnx() {
    }

    /** The bytes of a model bundled beside this class ({@code dev/dateline/reader/NAME}). */
    static byte[] bundled(String name) {
        String path = "dev/dateline/reader/" + name;
        try (InputStream in = Onnx.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing reader resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The bytes of a model file; {@code what} names it in the errors ("reader model"). */
    static byte[] file(Path model, String what) {
        if (!Files.isRegularFile(model)) {
            throw new IllegalArgumentException("no " + what + " at " + model);
        }
        try {
            return Files.readAllBytes(model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + what + " " + model, e);
        }
    }

    /** A session with one intra-op and one inter-op thread and every graph optimisation. */
    static OrtSession session(byte[] model, String source) {
        try (OrtSession.SessionOptions opts = new OrtSession.SessionOptions()) {
            opts.setIntraOpNumThreads(1);
            opts.setInterOpNumThreads(1);
            opts.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            return ENV.createSession(model, opts);
        } catch (OrtException e) {
            throw new IllegalArgumentException("not a readable ONNX model: " + source + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Runs a batch and returns each input's {@code probs} row of {@code width} values: the pieces and token types
     * padded with {@code pad} to the longest input, with their attention mask, beside the model's other inputs
     * ({@code extra}: name to values and shape). {@code what} names the model in the error ("the reader model X").
     */
    static float[][] run(OrtSession session, String what, List<int[]> pieces, List<int[]> tokenTypes, int pad,
                         Map<String, Map.Entry<long[], long[]>> extra, int width) {
        int b = pieces.size();
        int n = pieces.stream().mapToInt(x -> x.length).max().orElse(0);
        long[] ids = new long[b * n];
        long[] types = new long[b * n];
        long[] mask = new long[b * n];
        Arrays.fill(ids, pad);
        for (int i = 0; i < b; i++) {
            int[] x = pieces.get(i);
            int[] t = tokenTypes.get(i);
            for (int j = 0; j < x.length; j++) {
                ids[i * n + j] = x[j];
                types[i * n + j] = t[j];
                mask[i * n + j] = 1;
            }
        }
        long[] shape = {b, n};
        Map<String, OnnxTensor> in = new HashMap<>();
        try {
            in.put("input_ids", OnnxTensor.createTensor(ENV, LongBuffer.wrap(ids), shape));
            in.put("token_type_ids", OnnxTensor.createTensor(ENV, LongBuffer.wrap(types), shape));
            in.put("attention_mask", OnnxTensor.createTensor(ENV, LongBuffer.wrap(mask), shape));
            for (Map.Entry<String, Map.Entry<long[], long[]>> e : extra.entrySet()) {
                in.put(e.getKey(), OnnxTensor.createTensor(ENV, LongBuffer.wrap(e.getValue().getKey()),
                        e.getValue().getValue()));
            }
            try (OrtSession.Result r = session.run(in, Set.of("probs"))) {
                FloatBuffer f = ((OnnxTensor) r.get("probs").orElseThrow()).getFloatBuffer();
                float[][] out = new float[b][width];
                for (int i = 0; i < b; i++) {
                    f.get(out[i]);
                }
                return out;
            }
        } catch (OrtException e) {
            throw new IllegalStateException(what + " failed to run: " + e.getMessage(), e);
        } finally {
            in.values().forEach(OnnxTensor::close);
        }
    }
}
