"""The participant reader (stop 19): which of the names the engine recognised so far take part in a unit's event.

A unit of ExportParticipants (lab/src/.../ExportParticipants.java) is a (sentence, date expression) with the
previous sentence and up to 12 candidate names: the sentence's own, then earlier sentences', most recent first.
Input pieces, one pass per unit:

    [CLS] [unused2] name1 [unused2] name2 ... [SEP] previous sentence (its end) [SEP] left [unused0] date [unused1] right [SEP]

Each candidate is scored by a linear layer on its marker's vector, the date marker's vector and a learnt
embedding of how many sentences back it was last named (0, 1, 2, 3-5, 6+); sigmoid, binary cross-entropy
against "a participant of a gold event of this unit". Trained only on units that have gold events.

    /usr/bin/python3 lab/reader/participants.py train --out M.pt [--val V.jsonl] [--epochs 4] [--checkpoint CKPT] TRAIN.jsonl...
    /usr/bin/python3 lab/reader/participants.py predict M.pt UNITS.jsonl OUT.jsonl
    /usr/bin/python3 lab/reader/participants.py evaluate UNITS.jsonl PRED.jsonl
"""
import argparse
import json
import os
import random
import sys
import time

import torch
import torch.nn as nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bert import HIDDEN, Bert, load_pretrained  # noqa: E402
from reader import read_units, window  # noqa: E402
from train import param_groups  # noqa: E402
import checkpoint  # noqa: E402
from wordpiece import CLS, SEP, PAD, WordPiece  # noqa: E402

BUCKETS = 5


def bucket(distance):
    return 0 if distance == 0 else 1 if distance == 1 else 2 if distance == 2 else 3 if distance <= 5 else 4


class PEncoder:
    def __init__(self, max_names=56, max_prev=24, max_sentence=88, max_name=6):
        self.wp = WordPiece.from_json()
        v = self.wp.vocab
        self.open, self.close, self.cand = v["[unused0]"], v["[unused1]"], v["[unused2]"]
        self.max_names, self.max_prev, self.max_sentence, self.max_name = max_names, max_prev, max_sentence, max_name

    def ids(self, text):
        return [p[0] for p in self.wp.tokenize(text)]

    def encode(self, u):
        """(pieces, token types, date marker position, candidate marker positions (-1: cut), distance buckets)."""
        seq = [CLS]
        marks = []
        for c in u["candidates"]:
            name = self.ids(c["name"])[:self.max_name]
            if len(seq) - 1 + 1 + len(name) > self.max_names:
                marks.append(-1)
                continue
            marks.append(len(seq))
            seq += [self.cand] + name
        seq.append(SEP)
        n_a = len(seq)
        prev = self.ids(u.get("prev") or "")
        prev = prev[max(0, len(prev) - self.max_prev):]
        if prev:
            seq += prev + [SEP]
        s, a, b = u["sentence"], u["tStart"], u["tEnd"]
        left, date, right = self.ids(s[:a]), self.ids(s[a:b]), self.ids(s[b:])
        left, date, right = window(left, date, right, self.max_sentence - 3)
        mark = len(seq) + len(left)
        seq += left + [self.open] + date + [self.close] + right + [SEP]
        types = [0] * n_a + [1] * (len(seq) - n_a)
        buckets = [bucket(c["distance"]) for c in u["candidates"]]
        return seq, types, mark, marks, buckets

    def batch(self, units):
        enc = [self.encode(u) for u in units]
        n = max(len(e[0]) for e in enc)
        k = max(1, max(len(e[3]) for e in enc))
        ids = torch.full((len(enc), n), PAD, dtype=torch.long)
        types = torch.zeros((len(enc), n), dtype=torch.long)
        mask = torch.zeros((len(enc), n), dtype=torch.long)
        mark = torch.zeros(len(enc), dtype=torch.long)
        cmarks = torch.zeros((len(enc), k), dtype=torch.long)
        cmask = torch.zeros((len(enc), k))
        dist = torch.zeros((len(enc), k), dtype=torch.long)
        for i, (s, t, m, ms, bs) in enumerate(enc):
            ids[i, :len(s)] = torch.tensor(s)
            types[i, :len(t)] = torch.tensor(t)
            mask[i, :len(s)] = 1
            mark[i] = m
            for j, (p, d) in enumerate(zip(ms, bs)):
                if p >= 0:
                    cmarks[i, j] = p
                    cmask[i, j] = 1
                    dist[i, j] = d
        return (ids, types, mask, mark, cmarks, dist), cmask


def targets(units, k):
    y = torch.zeros((len(units), k))
    for i, u in enumerate(units):
        for j, lab in enumerate(u["labels"][:k]):
            y[i, j] = float(lab)
    return y


class PReader(nn.Module):
    def __init__(self, pretrained=True):
        super().__init__()
        self.bert = load_pretrained() if pretrained else Bert()
        self.dist = nn.Embedding(BUCKETS, 32)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(2 * HIDDEN + 32, 1)

    def forward(self, ids, types, mask, mark, cmarks, dist):
        h = self.bert(ids, mask, types)
        width = h.shape[-1]
        mk = torch.gather(h, 1, mark.view(-1, 1, 1).expand(-1, 1, width))  # (B, 1, H)
        cv = torch.gather(h, 1, cmarks.unsqueeze(-1).expand(-1, -1, width))  # (B, K, H)
        v = torch.cat([cv, mk.expand(-1, cv.shape[1], -1), self.dist(dist)], -1)
        return self.head(self.drop(v)).squeeze(-1)  # (B, K) logits


def load(path):
    ck = torch.load(path, map_location="cpu")
    model = PReader(pretrained=False)
    model.load_state_dict(ck["state_dict"])
    cfg = ck["config"]
    enc = PEncoder(max_names=cfg.get("max_names", 56), max_prev=cfg.get("max_prev", 24),
                   max_sentence=cfg.get("max_sentence", 88))
    return model.eval(), enc, cfg


def predict_probs(model, enc, units, batch=32):
    model.eval()
    order = sorted(range(len(units)), key=lambda i: len(units[i]["sentence"]) + len(units[i].get("prev") or ""))
    out = [None] * len(units)
    with torch.no_grad():
        for s in range(0, len(order), batch):
            idx = [i for i in order[s:s + batch] if units[i]["candidates"]]
            if not idx:
                continue
            x, cmask = enc.batch([units[i] for i in idx])
            p = torch.sigmoid(model(*x)) * cmask
            for j, i in enumerate(idx):
                out[i] = [float(p[j, m]) for m in range(len(units[i]["candidates"]))]
    return [o if o is not None else [] for o in out]


def metrics(units, probs):
    """Over positive units with candidates: top-1 right (the best candidate is a gold participant), and at each
    threshold the precision of the names chosen (p >= t) and the share of units with a right name chosen."""
    pos = [(u, p) for u, p in zip(units, probs) if u.get("positive") and u["candidates"]]
    reach = sum(1 for u, _ in pos if any(u["labels"]))
    top1 = sum(1 for u, p in pos if p and u["labels"][max(range(len(p)), key=p.__getitem__)])
    first = sum(1 for u, _ in pos if u["labels"][0])
    m = {"units": len(pos), "reachable": reach, "top1": round(top1 / max(1, len(pos)), 4),
         "first_candidate": round(first / max(1, len(pos)), 4)}
    for t in (0.3, 0.5, 0.7):
        chosen = right = hit = 0
        for u, p in pos:
            names = [j for j, x in enumerate(p) if x >= t]
            chosen += len(names)
            right += sum(u["labels"][j] for j in names)
            hit += 1 if any(u["labels"][j] for j in names) else 0
        m[f"@{t}"] = {"names": chosen, "precision": round(right / max(1, chosen), 4), "units_hit": round(hit / max(1, len(pos)), 4)}
    return m


def train(a):
    torch.set_num_threads(a.threads)
    random.seed(a.seed)
    torch.manual_seed(a.seed)
    units = [u for u in read_units(a.units) if u.get("positive") and u["candidates"]]
    print(f"{len(units)} positive units with candidates", flush=True)
    enc = PEncoder(max_names=a.max_names, max_prev=a.max_prev, max_sentence=a.max_sentence)
    model = PReader()
    opt = torch.optim.AdamW(param_groups(model, a.lr, a.head_lr))
    steps = a.epochs * ((len(units) + a.batch - 1) // a.batch)
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm))))
    val = read_units([a.val]) if a.val else None
    same = checkpoint.same_args(a)
    r = checkpoint.resume(a.checkpoint, same, model, opt, sched)
    step = r.step
    for ep in range(r.epoch, a.epochs):
        t0 = time.time()
        model.train()

        def draw():
            data = list(units)
            random.shuffle(data)
            size = lambda u: len(u["sentence"]) + len(u.get("prev") or "")  # noqa: E731
            chunks = [sorted(data[i:i + a.batch * 50], key=size) for i in range(0, len(data), a.batch * 50)]
            batches = [c[i:i + a.batch] for c in chunks for i in range(0, len(c), a.batch)]
            random.shuffle(batches)
            return batches

        batches, drawn_from, first, total = checkpoint.epoch_start(draw, r, ep)
        for k in range(first, len(batches)):
            b = batches[k]
            x, cmask = enc.batch(b)
            logits = model(*x)
            y = targets(b, cmask.shape[1])
            loss = (nn.functional.binary_cross_entropy_with_logits(logits, y, reduction="none") * cmask).sum() / cmask.sum()
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            total += loss.item()
            if k % 100 == 0:
                print(f"  epoch {ep + 1} batch {k}/{len(batches)} loss {total / (k + 1):.4f} {time.time() - t0:.0f}s", flush=True)
            checkpoint.save_within(a, same, ep, k + 1, len(batches), step, model, opt, sched, drawn_from, total)
        msg = f"epoch {ep + 1}: loss {total / len(batches):.4f}, {time.time() - t0:.0f}s"
        if val:
            msg += " val " + json.dumps(metrics(val, predict_probs(model, enc, val)))
        print(msg, flush=True)
        os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
        cfg = {"train": a.units, "epochs": ep + 1, "lr": a.lr, "head_lr": a.head_lr, "batch": a.batch, "seed": a.seed,
               "max_names": a.max_names, "max_prev": a.max_prev, "max_sentence": a.max_sentence}
        torch.save({"config": cfg, "state_dict": model.state_dict()}, a.out)
        if a.checkpoint:
            checkpoint.save(a.checkpoint, same, ep + 1, step, model, opt, sched)
    print("saved", a.out)


class Exported(nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, ids, types, mask, mark, cmarks, dist):
        return torch.sigmoid(self.model(ids, types, mask, mark, cmarks, dist))


def export(a):
    """Inputs (int64): input_ids, token_type_ids, attention_mask (batch, length), marker (batch), candidates and
    distances (batch, names: each candidate's marker position and distance bucket; a padded slot has position 0 and
    its output is to be ignored). Output: probs (batch, names). The encoder's limits go into the metadata."""
    import bert
    torch.set_num_threads(1)
    model, enc, cfg = load(a.model)
    wrapped = Exported(model).eval()
    units = [u for u in read_units([a.check]) if u["candidates"]][:32] if a.check else None
    if units:
        x, cmask = enc.batch(units)
        with torch.no_grad():
            bert.PLAIN_LINEAR = True
            p = wrapped(*x)
        with open(a.out + ".ref.jsonl", "w", encoding="utf-8") as f:
            for j, u in enumerate(units):
                f.write(json.dumps({"unit": u["unit"], "probs": [float(p[j, m]) for m in range(len(u["candidates"]))]}) + "\n")
    bert.PLAIN_LINEAR = True
    example, _ = enc.batch(units[:2] if units else [
        {"candidates": [{"name": "Ghana", "distance": 0}], "prev": "", "sentence": "Ghana voted on Monday.", "tStart": 12, "tEnd": 21}] * 2)
    seq = {0: "batch", 1: "length"}
    names = {0: "batch", 1: "names"}
    with torch.no_grad():
        torch.onnx.export(
            wrapped, tuple(example), a.out, opset_version=17, do_constant_folding=True,
            input_names=["input_ids", "token_type_ids", "attention_mask", "marker", "candidates", "distances"],
            output_names=["probs"],
            dynamic_axes={"input_ids": seq, "token_type_ids": seq, "attention_mask": seq, "marker": {0: "batch"},
                          "candidates": names, "distances": names, "probs": names})
    import onnx
    m = onnx.load(a.out)
    meta = {"participants.config": json.dumps(dict(cfg, max_names=enc.max_names, max_prev=enc.max_prev,
                                                    max_sentence=enc.max_sentence, max_name=enc.max_name,
                                                    max_candidates=12, buckets=[0, 1, 2, 5]), sort_keys=True)}
    for k, v in meta.items():
        q = m.metadata_props.add()
        q.key, q.value = k, v
    onnx.checker.check_model(m)
    onnx.save(m, a.out)
    print(f"{a.out}: {os.path.getsize(a.out) / 1e6:.1f} MB, {meta}", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train")
    t.add_argument("units", nargs="+")
    t.add_argument("--out", required=True)
    t.add_argument("--val")
    t.add_argument("--epochs", type=int, default=4)
    t.add_argument("--batch", type=int, default=16)
    t.add_argument("--lr", type=float, default=5e-5)
    t.add_argument("--head-lr", type=float, default=1e-3)
    t.add_argument("--seed", type=int, default=20261129)
    t.add_argument("--threads", type=int, default=2)
    t.add_argument("--max-names", type=int, default=56, help="pieces for all the candidate names with their markers")
    t.add_argument("--max-prev", type=int, default=24, help="pieces of the previous sentence (its end)")
    t.add_argument("--max-sentence", type=int, default=88, help="pieces of the sentence with its date markers")
    t.add_argument("--checkpoint", help="the training state after each epoch and every --save-every batches; resumed from when it exists (checkpoint.py)")
    t.add_argument("--save-every", type=int, default=200, help="batches between saves within an epoch (0: after each epoch only)")
    p = sub.add_parser("predict")
    p.add_argument("model")
    p.add_argument("units")
    p.add_argument("out")
    p.add_argument("--threads", type=int, default=2)
    x = sub.add_parser("export", help="ONNX for the JVM (dev.dateline.reader.ParticipantModel); then quantize_onnx.py")
    x.add_argument("model")
    x.add_argument("out")
    x.add_argument("--check", help="units file: torch's probabilities for its first 32 units -> OUT.ref.jsonl")
    e = sub.add_parser("evaluate")
    e.add_argument("units")
    e.add_argument("pred")
    a = ap.parse_args()
    if a.cmd == "train":
        train(a)
    elif a.cmd == "predict":
        torch.set_num_threads(a.threads)
        model, enc, _ = load(a.model)
        units = read_units([a.units])
        t0 = time.time()
        probs = predict_probs(model, enc, units)
        took = time.time() - t0
        with open(a.out, "w", encoding="utf-8") as f:
            for u, pr in zip(units, probs):
                f.write(json.dumps({"unit": u["unit"], "names": [c["name"] for c in u["candidates"]],
                                    "kinds": [c["kind"] for c in u["candidates"]],
                                    "probs": [round(x, 5) for x in pr]}) + "\n")
        print(f"{len(units)} units in {took:.1f}s -> {a.out}", file=sys.stderr)
        print(json.dumps(metrics(units, probs)))
    elif a.cmd == "export":
        export(a)
    else:
        units = read_units([a.units])
        pred = {}
        with open(a.pred, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    m = json.loads(line)
                    pred[m["unit"]] = m["probs"]
        print(json.dumps(metrics(units, [pred.get(u["unit"], []) for u in units])))


if __name__ == "__main__":
    main()
