"""Exports a trained reader to ONNX, for ONNX Runtime in the JVM (`dev.dateline.lab.ReaderOnnx`).

    /usr/bin/python3 lab/reader/export_onnx.py MODEL.pt OUT.onnx [--check UNITS.jsonl] [--n 64]

Inputs (all int64): input_ids, token_type_ids, attention_mask (batch, length), marker (batch: the position of the
date's start marker); both axes dynamic. Outputs (float32, (batch, 33)): probs (sigmoid) and logits, types in
the order of reader.TYPES. Every Linear runs as F.linear (bert.PLAIN_LINEAR: a MatMul and an Add; training and
predict.py take the 1x1 convolution path when the batch holds 16 pieces or more or several threads run). The
encoder's settings and the types go into the model's metadata (`reader.config`, `reader.types`, JSON) so that
the Java side can refuse a model whose input it does not build the same way.

With --check: writes OUT.onnx.ref.jsonl, torch's unrounded probabilities and logits for the first N units (as
predict.py computes them, one batch), and prints the largest difference between torch's two Linear paths;
`ReaderOnnx ... --compare OUT.onnx.ref.jsonl` then gives ONNX Runtime's difference from torch (there is no
ONNX runtime for Python on this machine).
"""
import argparse
import json
import os
import sys

import torch
import torch.nn as nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bert  # noqa: E402
from reader import TYPES, load, read_units  # noqa: E402


class Exported(nn.Module):
    """The Reader with its probabilities beside its logits."""

    def __init__(self, reader):
        super().__init__()
        self.reader = reader

    def forward(self, ids, types, mask, mark):
        logits = self.reader(ids, types, mask, mark)
        return torch.sigmoid(logits), logits


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("out")
    ap.add_argument("--check", help="units file: torch's outputs for its first --n units -> OUT.ref.jsonl")
    ap.add_argument("--n", type=int, default=64)
    ap.add_argument("--opset", type=int, default=17)
    a = ap.parse_args()
    torch.set_num_threads(1)
    model, enc, cfg = load(a.model)
    wrapped = Exported(model).eval()

    if a.check:
        units = read_units([a.check])[:a.n]
        batch = enc.batch(units)
        with torch.no_grad():
            bert.PLAIN_LINEAR = False
            conv_logits = model(*batch)  # predict.py's path (1x1 convolutions here: the batch holds >= 16 pieces)
            bert.PLAIN_LINEAR = True
            probs, logits = wrapped(*batch)
        print(f"torch, {len(units)} units: max |logit(F.linear, gather) - logit(predict.py's path)| = "
              f"{(logits - conv_logits).abs().max().item():.2e}, max |prob diff| = "
              f"{(probs - torch.sigmoid(conv_logits)).abs().max().item():.2e}", file=sys.stderr)
        ref = a.out + ".ref.jsonl"
        with open(ref, "w", encoding="utf-8") as f:
            for u, p, lg in zip(units, probs, logits):
                f.write(json.dumps({"unit": u["unit"], "probs": {t: float(p[i]) for i, t in enumerate(TYPES)},
                                    "logits": {t: float(lg[i]) for i, t in enumerate(TYPES)}}) + "\n")
        print("reference ->", ref, file=sys.stderr)

    bert.PLAIN_LINEAR = True
    example = enc.batch(read_units([a.check])[:2]) if a.check else (
        torch.tensor([[101, 1, 2, 102]] * 2), torch.zeros((2, 4), dtype=torch.long),
        torch.ones((2, 4), dtype=torch.long), torch.tensor([1, 1]))
    seq = {0: "batch", 1: "length"}
    with torch.no_grad():
        torch.onnx.export(
            wrapped, tuple(example), a.out, opset_version=a.opset, do_constant_folding=True,
            input_names=["input_ids", "token_type_ids", "attention_mask", "marker"],
            output_names=["probs", "logits"],
            dynamic_axes={"input_ids": seq, "token_type_ids": seq, "attention_mask": seq, "marker": {0: "batch"},
                          "probs": {0: "batch"}, "logits": {0: "batch"}})

    import onnx
    m = onnx.load(a.out)
    meta = {"reader.config": json.dumps(cfg, sort_keys=True), "reader.types": json.dumps(TYPES)}
    for k, v in meta.items():
        p = m.metadata_props.add()
        p.key, p.value = k, v
    onnx.checker.check_model(m)
    onnx.save(m, a.out)
    print(f"{a.out}: {os.path.getsize(a.out) / 1e6:.1f} MB, opset {a.opset}, config {meta['reader.config']}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
