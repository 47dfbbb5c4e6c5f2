"""The reader: a (sentence, date expression) unit -> 33 sigmoid probabilities, one per event type.

Input pieces: [CLS] (rules' types as words [SEP])? (title [SEP])? (the end of the sentence before [SEP])? left <date> date </date> right [SEP], the date marked by
[unused0]/[unused1] (or by " [ " / " ] " pieces), the sentence cut to a window around the date when it is longer
than max_len pieces. Head: a linear layer on the [CLS] vector, the start marker's vector, or both concatenated.
"""
import json
import os
import re

import torch
import torch.nn as nn

from bert import HIDDEN, LAYERS, MINILM, Bert, load_pretrained
from wordpiece import CLS, SEP, PAD, WordPiece


def _event_types():
    """The 33 types in the order of the engine's EventType enum, read from its source (the one list)."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with open(os.path.join(root, "extraction/src/main/java/dev/dateline/extraction/EventType.java"), encoding="utf-8") as f:
        body = f.read().split("{", 1)[1].split("}", 1)[0]
    return re.findall(r"[A-Z][A-Z_]*", body)


TYPES = _event_types()
INDEX = {t: i for i, t in enumerate(TYPES)}


def read_units(paths):
    units = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            units.extend(json.loads(line) for line in f if line.strip())
    return units


def window(left, date, right, room):
    """The pieces of a sentence cut to room around its date: the date keeps up to half the room, then as much
    context as fits, evenly either side of it, a short side giving its room to the other."""
    date = date[:max(1, room // 2)]
    room -= len(date)
    nl = min(len(left), max(room // 2, room - len(right)))
    nr = min(len(right), room - nl)
    return (left[len(left) - nl:] if nl > 0 else []), date, right[:nr]


class Encoder:
    """Turns units into piece ids, token types and the position of the date's start marker."""

    def __init__(self, marker="unused", rules_feature=False, max_len=96, title=False, prev=0):
        self.wp = WordPiece.from_json()
        self.marker, self.rules_feature, self.max_len, self.title = marker, rules_feature, max_len, title
        self.prev = prev
        if marker == "unused":
            self.open, self.close = [self.wp.vocab["[unused0]"]], [self.wp.vocab["[unused1]"]]
        else:
            self.open, self.close = [self.wp.vocab["["]], [self.wp.vocab["]"]]

    def ids(self, text):
        return [p[0] for p in self.wp.tokenize(text)]

    def encode(self, u):
        s, a, b = u["sentence"], u["tStart"], u["tEnd"]
        left, date, right = self.ids(s[:a]), self.ids(s[a:b]), self.ids(s[b:])
        prefix = []
        if self.rules_feature:
            words = " ".join(t.lower().replace("_", " ") for t in u.get("rules") or []) or "none"
            prefix = self.ids(words) + [SEP]
        if self.title:
            prefix = prefix + self.ids(u.get("title") or "")[:24] + [SEP]
        if self.prev:
            before = self.ids(u.get("prev") or "")
            prefix = prefix + before[max(0, len(before) - self.prev):] + [SEP]
        left, date, right = window(left, date, right, self.max_len - 2 - len(prefix) - len(self.open) - len(self.close))
        seg_a = [CLS] + prefix
        seq = seg_a + left + self.open + date + self.close + right + [SEP]
        types = [0] * len(seg_a) + [1 if prefix else 0] * (len(seq) - len(seg_a))
        return seq, types, len(seg_a) + len(left)

    def batch(self, units):
        enc = [self.encode(u) for u in units]
        n = max(len(e[0]) for e in enc)
        ids = torch.full((len(enc), n), PAD, dtype=torch.long)
        types = torch.zeros((len(enc), n), dtype=torch.long)
        mask = torch.zeros((len(enc), n), dtype=torch.long)
        mark = torch.zeros(len(enc), dtype=torch.long)
        for i, (s, t, m) in enumerate(enc):
            ids[i, :len(s)] = torch.tensor(s)
            types[i, :len(t)] = torch.tensor(t)
            mask[i, :len(s)] = 1
            mark[i] = m
        return ids, types, mask, mark


def targets(units):
    y = torch.zeros((len(units), len(TYPES)))
    for i, u in enumerate(units):
        for t in u.get("gold") or []:
            y[i, INDEX[t]] = 1.0
    return y


class Reader(nn.Module):
    def __init__(self, pool="both", pretrained=True, encoder=MINILM, layers=LAYERS):
        super().__init__()
        self.bert = load_pretrained(encoder) if pretrained else Bert(layers=layers)
        self.pool = pool
        width = HIDDEN * (2 if pool == "both" else 1)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(width, len(TYPES))

    def forward(self, ids, types, mask, mark):
        h = self.bert(ids, mask, types)
        cls = h[:, 0]
        mk = torch.gather(h, 1, mark.view(-1, 1, 1).expand(-1, 1, h.shape[-1]))[:, 0]  # gather: exports to ONNX
        v = cls if self.pool == "cls" else mk if self.pool == "marker" else torch.cat([cls, mk], -1)
        return self.head(self.drop(v))


def load(path):
    ck = torch.load(path, map_location="cpu")
    cfg = ck["config"]
    model = Reader(pool=cfg["pool"], pretrained=False, layers=cfg.get("layers", LAYERS))
    model.load_state_dict(ck["state_dict"])
    enc = Encoder(marker=cfg["marker"], rules_feature=cfg["rules_feature"], max_len=cfg["max_len"],
                  title=cfg.get("title", False), prev=cfg.get("prev", 0))
    return model.eval(), enc, cfg
