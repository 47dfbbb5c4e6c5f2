"""Unit-level figures of a predictions file against the units' gold (and the rules' labels as a baseline).

    /usr/bin/python3 lab/reader/evaluate.py UNITS.jsonl PRED.jsonl
Top-1: on positive units, whether the most probable type (model) or the rules' first type is one of the gold types.
Micro P/R/F1: every (unit, type) the model gives p > threshold, or the rules list, against gold (all units).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reader import INDEX, TYPES, read_units  # noqa: E402


def prf(found, gold, match):
    p = match / found if found else 0.0
    r = match / gold if gold else 0.0
    return {"P": round(p, 4), "R": round(r, 4), "F1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "matched": match, "found": found, "gold": gold}


def unit_metrics(units, probs, thresholds=(0.5, 0.7), full=False):
    pos = [i for i, u in enumerate(units) if u.get("gold")]
    top = sum(1 for i in pos if TYPES[int(probs[i].argmax())] in units[i]["gold"])
    out = {"top1": round(top / len(pos), 4) if pos else 0.0}
    gold_n = sum(len(set(u["gold"])) for u in units)
    for th in thresholds:
        f = m = 0
        for i, u in enumerate(units):
            pred = {TYPES[j] for j in range(len(TYPES)) if probs[i][j] > th}
            f += len(pred)
            m += len(pred & set(u.get("gold") or []))
        r = prf(f, gold_n, m)
        out[f"F1@{th}"] = r["F1"] if not full else r
    if full:
        rtop = sum(1 for i in pos if units[i].get("rules") and units[i]["rules"][0] in units[i]["gold"])
        f = m = 0
        for u in units:
            rs = set(u.get("rules") or [])
            f += len(rs)
            m += len(rs & set(u.get("gold") or []))
        out["rules"] = {"top1": round(rtop / len(pos), 4) if pos else 0.0, **prf(f, gold_n, m)}
        both = [i for i in pos if units[i].get("rules")]
        out["positive_units_with_rules"] = {
            "units": len(both),
            "model_top1": round(sum(1 for i in both if TYPES[int(probs[i].argmax())] in units[i]["gold"]) / max(1, len(both)), 4),
            "rules_top1": round(sum(1 for i in both if units[i]["rules"][0] in units[i]["gold"]) / max(1, len(both)), 4),
            "either": round(sum(1 for i in both if TYPES[int(probs[i].argmax())] in units[i]["gold"]
                                or units[i]["rules"][0] in units[i]["gold"]) / max(1, len(both)), 4)}
        out["positive_units"] = len(pos)
        out["units"] = len(units)
    return out


def main(units_path, pred_path):
    import torch
    units = read_units([units_path])
    preds = {}
    with open(pred_path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            preds[d["unit"]] = d["probs"]
    probs = torch.tensor([[preds[u["unit"]][t] for t in TYPES] for u in units])
    m = unit_metrics(units, probs, thresholds=(0.3, 0.5, 0.7), full=True)
    print(json.dumps(m, indent=1))


if __name__ == "__main__":
    main(*sys.argv[1:3])
