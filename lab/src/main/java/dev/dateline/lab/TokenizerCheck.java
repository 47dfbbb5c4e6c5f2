package dev.dateline.lab;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.dateline.extraction.eval.GoldArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/** Checks this lab's WordPiece against the Hugging Face tokenizer MiniLM ships with, on gold/dev's sentences. */
public final class TokenizerCheck {

    private TokenizerCheck() {
    }

    public static void main(String[] args) throws IOException {
        WordPiece wp = WordPiece.fromResource("all-minilm-l6-v2-q-tokenizer.json");
        int same = 0;
        int all = 0;
        try (HuggingFaceTokenizer hf = HuggingFaceTokenizer.builder().optTokenizerPath(Path.of(args[0]))
                .optTruncation(false).optPadding(false).build()) {
            for (GoldArticle a : GoldArticle.loadAll(Path.of("gold/dev"))) {
                for (String para : a.body().split("\n+")) {
                    Encoding e = hf.encode(para);
                    long[] want = e.getIds();
                    long[] got = new long[wp.tokenize(para).size() + 2];
                    got[0] = WordPiece.CLS;
                    got[got.length - 1] = WordPiece.SEP;
                    int i = 1;
                    for (WordPiece.Piece p : wp.tokenize(para)) {
                        got[i++] = p.id();
                    }
                    all++;
                    if (Arrays.equals(want, got)) {
                        same++;
                    } else if (all - same <= 3) {
                        System.out.println("DIFF " + para + "\n  " + Arrays.toString(want) + "\n  " + Arrays.toString(got));
                    }
                }
            }
        }
        System.out.println(same + " of " + all + " paragraphs tokenized identically");
    }
}
