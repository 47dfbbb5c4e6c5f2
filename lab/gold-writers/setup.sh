#!/bin/bash
# lab/gold-writers/setup.sh SET [DIR] : five writer folders DIR/w1..w5 (default /tmp/brief) for a new gold set SET, each with
# the brief, the format guide, the taxonomy, the checks and the list of stories already told; run from the repository
# root. The writers' validate.py asks for one article or more, not the 140 a finished set needs.
set -euo pipefail
SET=$1; DIR=${2:-/tmp/brief}
mkdir -p "$DIR/base/docs" "$DIR/base/gold"
cp docs/gold-format.md docs/taxonomy.md "$DIR/base/docs/"
cp gold/validate.py gold/overlap.py "$DIR/base/gold/"
sed -i 's/minimum = small.get(name, 140 if re.fullmatch/minimum = small.get(name, 1 if re.fullmatch/' "$DIR/base/gold/validate.py"
grep -q 'minimum = small.get(name, 1 if re.fullmatch' "$DIR/base/gold/validate.py" \
    || { echo "setup.sh: gold/validate.py's minimum line changed; update the sed above" >&2; exit 1; }
python3 gold/overlap.py --list > "$DIR/base/taken.txt"
for k in 1 2 3 4 5; do
  d=$DIR/w$k; rm -rf "$d"; mkdir -p "$d/gold/$SET"
  cp -r "$DIR/base/docs" "$d/"; cp "$DIR/base/gold/"*.py "$d/gold/"; cp "$DIR/base/taken.txt" "$d/"
  sed "s/__SET__/$SET/g" lab/gold-writers/BRIEF.md > "$d/BRIEF.md"
done
echo "writer folders in $DIR/w1..w5; prompt each: 'You are writer K of five for the Dateline gold set $SET. Read $DIR/wK/BRIEF.md and follow it exactly ...'"
