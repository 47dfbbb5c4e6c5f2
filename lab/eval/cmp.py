"""lab/eval/cmp.py OLD NEW SET...: per-set change in matched and found (not for unseen or held-out sets), then the total."""
import sys
from agg import counts

UNSEEN = {'dev17', 'dev18', 'dev21', 'dev22', 'dev23', 'test2', 'test3'}
old, new, sets = sys.argv[1], sys.argv[2], sys.argv[3:]
t = [0, 0, 0, 0]
for s in sets:
    a, b = counts(old, s), counts(new, s)
    t = [t[0] + a[0], t[1] + a[1], t[2] + b[0], t[3] + b[1]]
    if a != b and s not in UNSEEN:
        print(f'{s}: matched {b[0] - a[0]:+d} found {b[1] - a[1]:+d}')
print(f'total matched {t[2] - t[0]:+d} found {t[3] - t[1]:+d}  ({t[0]}/{t[1]} -> {t[2]}/{t[3]})')
