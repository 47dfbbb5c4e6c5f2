import dev.dateline.extraction.eval.Json;
import dev.dateline.reader.ParticipantModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The participant model as the product runs it (dev.dateline.reader.ParticipantModel, ONNX Runtime) on the units of
 * ExportParticipants: writes predictions as participants.py predict does, and with --compare REF (export's
 * OUT.onnx.ref.jsonl, torch's probabilities for the first units, one batch) the largest difference from torch on
 * those units, run as one batch in the same order. Run from the repository root after building the cli:
 *   java -cp "cli/target/lib/*" lab/reader/ParticipantCheck.java MODEL.onnx UNITS.jsonl OUT.jsonl [--compare REF]
 */
public final class ParticipantCheck {
    public static void main(String[] args) throws Exception {
        List<Map<?, ?>> units = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                units.add((Map<?, ?>) Json.parse(line));
            }
        }
        try (ParticipantModel model = ParticipantModel.load(Path.of(args[0]))) {
            if (args.length > 4 && args[3].equals("--compare")) {
                Map<String, Map<?, ?>> byId = new HashMap<>();
                units.forEach(u -> byId.put((String) u.get("unit"), u));
                List<ParticipantModel.Unit> batch = new ArrayList<>();
                List<List<?>> ref = new ArrayList<>();
                for (String line : Files.readAllLines(Path.of(args[4]), StandardCharsets.UTF_8)) {
                    Map<?, ?> r = (Map<?, ?>) Json.parse(line);
                    batch.add(unit(byId.get((String) r.get("unit"))));
                    ref.add((List<?>) r.get("probs"));
                }
                double[][] p = model.probabilities(batch);
                double max = 0;
                for (int i = 0; i < p.length; i++) {
                    for (int c = 0; c < p[i].length; c++) {
                        if (!Double.isNaN(p[i][c])) { // NaN: a candidate the names' room did not hold, not read
                            max = Math.max(max, Math.abs(p[i][c] - ((Number) ref.get(i).get(c)).doubleValue()));
                        }
                    }
                }
                System.err.printf(Locale.ROOT, "%d units: max |ONNX Runtime - torch| = %.2e%n", p.length, max);
            }
            long t0 = System.nanoTime();
            List<ParticipantModel.Unit> all = new ArrayList<>();
            units.forEach(u -> all.add(unit(u)));
            double[][] p = model.probabilities(all);
            double took = (System.nanoTime() - t0) / 1e9;
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < units.size(); i++) {
                List<String> names = new ArrayList<>();
                List<String> kinds = new ArrayList<>();
                for (Object c : (List<?>) units.get(i).get("candidates")) {
                    names.add(q((String) ((Map<?, ?>) c).get("name")));
                    kinds.add(q((String) ((Map<?, ?>) c).get("kind")));
                }
                StringBuilder probs = new StringBuilder();
                for (double x : p[i]) {
                    probs.append(probs.length() == 0 ? "" : ", ").append(Double.isNaN(x) ? 0 : x);
                }
                out.append("{\"unit\": ").append(q((String) units.get(i).get("unit"))).append(", \"names\": ")
                        .append(names).append(", \"kinds\": ").append(kinds).append(", \"probs\": [").append(probs)
                        .append("]}\n");
            }
            Files.writeString(Path.of(args[2]), out, StandardCharsets.UTF_8);
            System.err.printf(Locale.ROOT, "%d units in %.1f s (%.0f units/s, one thread) -> %s%n", units.size(), took,
                    units.size() / took, args[2]);
        }
    }

    static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    static ParticipantModel.Unit unit(Map<?, ?> u) {
        List<ParticipantModel.Candidate> cs = new ArrayList<>();
        for (Object c : (List<?>) u.get("candidates")) {
            Map<?, ?> m = (Map<?, ?>) c;
            cs.add(new ParticipantModel.Candidate((String) m.get("name"), ((Number) m.get("distance")).intValue()));
        }
        return new ParticipantModel.Unit((String) u.get("prev"), (String) u.get("sentence"),
                ((Number) u.get("tStart")).intValue(), ((Number) u.get("tEnd")).intValue(), cs);
    }
}
