import dev.dateline.lab.Embedder;
import dev.dateline.lab.WordPiece;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * For each line of stdin: the lab's WordPiece ids and the `full` embedder's vector, as tab-separated text, so that
 * check.py can compare the Python encoder and tokenizer with them. Run from the repository root:
 *   java -cp "lab/target/classes:lab/target/lib/*" lab/reader/VectorCheck.java [ids] < sentences.txt > java.tsv
 * (with {@code ids}: the token ids only, no vectors).
 */
public final class VectorCheck {
    public static void main(String[] args) throws Exception {
        WordPiece wp = WordPiece.fromResource("all-minilm-l6-v2-tokenizer.json");
        Embedder full = args.length > 0 && args[0].equals("ids") ? null : Embedder.named("full");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            StringBuilder ids = new StringBuilder("101");
            for (WordPiece.Piece p : wp.tokenize(line)) {
                ids.append(' ').append(p.id());
            }
            ids.append(" 102");
            StringBuilder vec = new StringBuilder();
            for (float f : full == null ? new float[0] : full.embed(line)) {
                vec.append(vec.length() == 0 ? "" : " ").append(f);
            }
            out.append(ids).append('\t').append(vec).append('\n');
        }
        System.out.print(out);
    }
}
