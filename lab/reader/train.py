"""Fine-tunes MiniLM as a multi-label event-type reader on units JSONL files.

    /usr/bin/python3 lab/reader/train.py --out /tmp/reader/model-X.pt [options] UNITS.jsonl [UNITS2.jsonl ...]
        [--val VAL.jsonl]   (scores the validation units after each epoch; never used for training)
        [--checkpoint CKPT] (saves the whole training state after each epoch and every --save-every batches, 200 by
                             default, and, when CKPT exists, resumes where it was saved: a run stopped at any point
                             and started again with the same command ends with the model an unstopped run gives, at
                             the cost of the batches since the last save; checkpoint.py)
"""
import argparse
import json
import os
import random
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bert import MINILM  # noqa: E402
from reader import Encoder, Reader, read_units, targets  # noqa: E402
from evaluate import unit_metrics  # noqa: E402
import checkpoint  # noqa: E402


def predict_probs(model, enc, units, batch=64):
    model.eval()
    order = sorted(range(len(units)), key=lambda i: len(units[i]["sentence"]))
    probs = [None] * len(units)
    with torch.no_grad():
        for k in range(0, len(order), batch):
            idx = order[k:k + batch]
            p = torch.sigmoid(model(*enc.batch([units[i] for i in idx])))
            for j, i in enumerate(idx):
                probs[i] = p[j]
    return torch.stack(probs) if probs else torch.zeros(0)


def param_groups(model, lr, head_lr):
    """AdamW groups: the encoder at lr with weight decay 0.01 (none on biases and LayerNorms), everything outside
    the encoder (the heads) at head_lr without decay."""
    no_decay = lambda n: n.endswith(".bias") or ".ln" in n or n.startswith("bert.ln")  # noqa: E731
    heads = [p for n, p in model.named_parameters() if not n.startswith("bert.")]
    return [
        {"params": [p for n, p in model.bert.named_parameters() if not no_decay(n)], "lr": lr, "weight_decay": 0.01},
        {"params": [p for n, p in model.bert.named_parameters() if no_decay(n)], "lr": lr, "weight_decay": 0.0},
        {"params": heads, "lr": head_lr, "weight_decay": 0.0},
    ]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("units", nargs="+")
    ap.add_argument("--out", required=True)
    ap.add_argument("--val")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--max-len", type=int, default=96)
    ap.add_argument("--marker", choices=["unused", "bracket"], default="unused")
    ap.add_argument("--pool", choices=["cls", "marker", "both"], default="both")
    ap.add_argument("--rules-feature", action="store_true")
    ap.add_argument("--title", action="store_true")
    ap.add_argument("--prev", type=int, default=0, help="the last N pieces of the sentence before, as a first segment")
    ap.add_argument("--neg-keep", type=float, default=1.0, help="fraction of negative units kept per epoch")
    ap.add_argument("--encoder", default=MINILM, help="the pretrained encoder's ONNX file (MiniLM-L6 by default)")
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0, help="debug: use only the first N units")
    ap.add_argument("--checkpoint", help="the training state after each epoch and every --save-every batches; resumed from when it exists")
    ap.add_argument("--save-every", type=int, default=200, help="batches between saves within an epoch (0: after each epoch only)")
    a = ap.parse_args()

    torch.set_num_threads(a.threads)
    random.seed(a.seed)
    torch.manual_seed(a.seed)
    units = read_units(a.units)
    if a.limit:
        units = units[:a.limit]
    pos = [u for u in units if u.get("gold")]
    neg = [u for u in units if not u.get("gold")]
    print(f"{len(units)} units: {len(pos)} positive, {len(neg)} negative", flush=True)
    enc = Encoder(marker=a.marker, rules_feature=a.rules_feature, max_len=a.max_len, title=a.title, prev=a.prev)
    model = Reader(pool=a.pool, encoder=a.encoder)
    opt = torch.optim.AdamW(param_groups(model, a.lr, a.head_lr))
    per_epoch = len(pos) + round(len(neg) * a.neg_keep)
    steps = a.epochs * ((per_epoch + a.batch - 1) // a.batch)
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm))))
    lossf = torch.nn.BCEWithLogitsLoss()
    val = read_units([a.val]) if a.val else None
    cfg = {k: getattr(a, k) for k in ("marker", "pool", "rules_feature", "max_len", "title", "prev")}
    cfg.update(encoder=os.path.basename(a.encoder), layers=len(model.bert.layers), train=a.units, epochs=a.epochs, lr=a.lr, head_lr=a.head_lr, batch=a.batch, neg_keep=a.neg_keep, seed=a.seed)
    same = checkpoint.same_args(a)
    r = checkpoint.resume(a.checkpoint, same, model, opt, sched)
    step = r.step
    for ep in range(r.epoch, a.epochs):
        t0 = time.time()
        model.train()

        def draw():
            data = pos + (random.sample(neg, round(len(neg) * a.neg_keep)) if a.neg_keep < 1 else neg)
            random.shuffle(data)
            # batches of similar length (shuffled in chunks) to waste less on padding
            chunks = [sorted(data[i:i + a.batch * 50], key=lambda u: len(u["sentence"])) for i in range(0, len(data), a.batch * 50)]
            batches = [c[i:i + a.batch] for c in chunks for i in range(0, len(c), a.batch)]
            random.shuffle(batches)
            return data, batches

        (data, batches), drawn_from, first, total = checkpoint.epoch_start(draw, r, ep)
        for k in range(first, len(batches)):
            b = batches[k]
            logits = model(*enc.batch(b))
            loss = lossf(logits, targets(b))
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
        took = time.time() - t0
        msg = f"epoch {ep + 1}: loss {total / len(batches):.4f}, {took:.0f}s ({len(data)} units)"
        if val:
            t1 = time.time()
            p = predict_probs(model, enc, val)
            m = unit_metrics(val, p)
            msg += f"; val ({time.time() - t1:.0f}s) " + json.dumps(m)
        print(msg, flush=True)
        if a.checkpoint:
            checkpoint.save(a.checkpoint, same, ep + 1, step, model, opt, sched)
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    torch.save({"config": cfg, "state_dict": model.state_dict()}, a.out)
    print("saved", a.out)


if __name__ == "__main__":
    main()
