"""BERT's uncased WordPiece tokenizer over MiniLM's tokenizer.json vocabulary (same rules as lab's WordPiece.java).

Basic tokenization: drop NUL, U+FFFD and control characters (tab/newline/CR are white space), lowercase, strip
accents (NFD, drop non-spacing marks), split on white space and around every punctuation character and CJK
ideograph; then greedy longest-match word pieces with ## continuations, [UNK] for a word that cannot be covered
(or is longer than 100 characters). Each piece keeps the span of the original text it came from.
"""
import json
import unicodedata

CLS, SEP, UNK, PAD = 101, 102, 100, 0


def _is_control(ch):
    if ch in "\t\n\r":
        return False
    return unicodedata.category(ch) in ("Cc", "Cf")


def _is_whitespace(ch):
    return ch in " \t\n\r" or unicodedata.category(ch) == "Zs" or ch.isspace()


def _is_punct(ch):
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch) in ("Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po")


def _is_cjk(cp):
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF or 0x2A700 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


class WordPiece:
    def __init__(self, vocab):
        self.vocab = vocab
        self.tokens = [None] * (max(vocab.values()) + 1)
        for t, i in vocab.items():
            self.tokens[i] = t

    @classmethod
    def from_json(cls, path="/tmp/ft/all-minilm-l6-v2-tokenizer.json"):
        with open(path, encoding="utf-8") as f:
            return cls(json.load(f)["model"]["vocab"])

    def words(self, text):
        """(normalised word, [original offset of each of its characters], end offset) for each basic token."""
        out, word, origin = [], [], []

        def flush(end):
            if word:
                out.append(("".join(word), list(origin), end))
                word.clear()
                origin.clear()

        for i, ch in enumerate(text):
            if ch == "\0" or ch == "\ufffd" or _is_control(ch):
                continue
            if _is_whitespace(ch):
                flush(i)
            elif _is_punct(ch) or _is_cjk(ord(ch)):
                flush(i)
                self._append(word, origin, ch, i)
                flush(i + 1)
            else:
                self._append(word, origin, ch, i)
        flush(len(text))
        return out

    @staticmethod
    def _append(word, origin, ch, at):
        for c in unicodedata.normalize("NFD", ch.lower()):
            if unicodedata.category(c) == "Mn":
                continue
            word.append(c)
            origin.append(at)

    def tokenize(self, text):
        """[(id, start, end)] without [CLS]/[SEP]."""
        out = []
        for w, origin, end in self.words(text):
            pieces, s, bad = [], 0, len(w) > 100
            while not bad and s < len(w):
                e, found = len(w), None
                while e > s:
                    sub = ("##" if s > 0 else "") + w[s:e]
                    if sub in self.vocab:
                        found = self.vocab[sub]
                        break
                    e -= 1
                if found is None:
                    bad = True
                    break
                pieces.append((found, origin[s], origin[e] if e < len(w) else end))
                s = e
            if bad:
                out.append((UNK, origin[0], end))
            else:
                out.extend(pieces)
        return out

    def encode(self, text):
        return [CLS] + [p[0] for p in self.tokenize(text)] + [SEP]
