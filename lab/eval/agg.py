"""lab/eval/agg.py TAG SET...: matched / found / gold and P, R, F1 summed over the sets' eval outputs in $PM."""
import os, re, sys

PM = os.environ.get('PM', '/tmp/pm')
EVENTS = re.compile(r'^events\s+P \S+\s+R \S+\s+F1 \S+\s+\((\d+)/(\d+)/(\d+)\)', re.M)


def counts(tag, s):
    return tuple(map(int, EVENTS.search(open(f'{PM}/{tag}-{s}.txt').read()).groups()))


if __name__ == '__main__':
    tag, sets = sys.argv[1], sys.argv[2:]
    m = f = g = 0
    for s in sets:
        a, b, c = counts(tag, s)
        m, f, g = m + a, f + b, g + c
    p, r = (m / f if f else 0), (m / g if g else 0)
    print(f'{tag}: {m}/{f}/{g}  P {p:.4f} R {r:.4f} F1 {2 * p * r / (p + r) if p + r else 0:.4f}')
