"""Compares this directory's tokenizer and encoder with the Java lab's (VectorCheck.java's output).

    /usr/bin/python3 lab/reader/check.py SENTENCES.txt JAVA.tsv
"""
import sys

import torch

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from bert import load_pretrained, mean_pool  # noqa: E402
from wordpiece import WordPiece  # noqa: E402


def main(sent_path, java_path):
    sents = [s.rstrip("\n") for s in open(sent_path, encoding="utf-8") if s.strip()]
    rows = [line.rstrip("\n").split("\t") for line in open(java_path, encoding="utf-8")]
    wp, model = WordPiece.from_json(), load_pretrained().eval()
    same, worst = 0, 0.0
    for s, (ids, vec) in zip(sents, rows):
        mine = wp.encode(s)
        jids = [int(x) for x in ids.split()]
        same += mine == jids
        if mine != jids:
            print("DIFF", s, mine, jids)
        with torch.no_grad():
            t = torch.tensor([mine])
            m = torch.ones_like(t)
            v = torch.nn.functional.normalize(mean_pool(model(t, m), m), dim=-1)[0]
        d = (v - torch.tensor([float(x) for x in vec.split()])).abs().max().item()
        worst = max(worst, d)
        print(f"max |diff| {d:.2e}  cos {float(v @ torch.tensor([float(x) for x in vec.split()])):.6f}  {s[:60]}")
    print(f"{same} of {len(sents)} token sequences identical; largest vector difference {worst:.2e}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
