"""lab/eval/confusions.py TAG [TRIGGER FOUND GOLD]: the rules' type confusions in the readable error files of TAG in $PM.

Pairs each FALSE event marked {type} with the MISS of the same article, date and sentence, and counts them by the
trigger that read the event, the type it gave and the gold type (most frequent first, with one sentence each). Given a
trigger and the two types, prints the sentences of that confusion around the trigger instead. Reads only the sets
that lab/eval/readable.sh lists (never the five unseen sets or the held-out ones).
"""
import collections
import os
import re
import subprocess
import sys

PM = os.environ.get('PM', '/tmp/pm')
HERE = os.path.dirname(os.path.abspath(__file__))
LINE = re.compile(r'^(MISS|FALSE)\s+(\S+)\s+(\S+)\s+(\S+)\s+\[([^\]]*)\]')
TRIGGER = re.compile(r'\) \[([^\]]*)\] \{')


def confusions(tag):
    files = subprocess.run(['bash', os.path.join(HERE, 'readable.sh'), tag], capture_output=True, text=True,
                           env=dict(os.environ, PM=PM)).stdout.split()
    for fn in files:
        miss, false = [], []
        for line in open(fn):
            m = LINE.match(line)
            if not m or '{type}' not in line or ' | ' not in line:
                continue
            kind, art, date, typ, _ = m.groups()
            t = TRIGGER.search(line)
            (miss if kind == 'MISS' else false).append((art, date, typ, line.split(' | ', 1)[1].strip(),
                                                        t.group(1) if t else ''))
        for f in false:
            for g in miss:
                if g[:2] == f[:2] and g[3] == f[3]:
                    yield f[4], f[2], g[2], f[3]
                    break


if __name__ == '__main__':
    tag = sys.argv[1]
    if len(sys.argv) == 5:
        trigger, found, gold = sys.argv[2:]
        for t, f, g, sentence in confusions(tag):
            if (t, f, g) == (trigger, found, gold):
                i = sentence.find(trigger)
                print(sentence[max(0, i - 50):i + 80])
    else:
        counts, example = collections.Counter(), {}
        for t, f, g, sentence in confusions(tag):
            counts[(t, f, g)] += 1
            example.setdefault((t, f, g), sentence[:110])
        for (t, f, g), n in counts.most_common(40):
            print(f'{n:4d} {t} {f} -> {g} | {example[(t, f, g)]}')
