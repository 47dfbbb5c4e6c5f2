"""Writes a predictions JSONL ({"unit":..., "probs":{TYPE: p, ...}} with all 33 types) for a units file.

    /usr/bin/python3 lab/reader/predict.py MODEL.pt UNITS.jsonl OUT.jsonl [--threads 1]
"""
import argparse
import json
import os
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reader import TYPES, load, read_units  # noqa: E402
from train import predict_probs  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("units")
    ap.add_argument("out")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--batch", type=int, default=64)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    model, enc, cfg = load(a.model)
    units = read_units([a.units])
    t0 = time.time()
    probs = predict_probs(model, enc, units, a.batch)
    took = time.time() - t0
    with open(a.out, "w", encoding="utf-8") as f:
        for u, p in zip(units, probs):
            f.write(json.dumps({"unit": u["unit"], "probs": {t: round(float(p[i]), 5) for i, t in enumerate(TYPES)}}) + "\n")
    print(f"{len(units)} units in {took:.1f}s ({len(units) / max(took, 1e-9):.0f} units/s, {a.threads} thread(s)) -> {a.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
