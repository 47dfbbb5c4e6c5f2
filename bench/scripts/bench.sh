#!/usr/bin/env bash
# Runs the end-to-end benchmark (the same as `dateline bench`) from a clone, with a 4 GB heap:
# builds the bench module and what it needs, then runs dev.dateline.bench.BenchMain with the given
# options. Results are printed and a row is appended to docs/benchmarks.md.
#   bench/scripts/bench.sh                      # the default run (100,000 articles: hours on 2 cores)
#   bench/scripts/bench.sh --scale 0.1          # 10,000 articles, about 10-15 minutes
#   bench/scripts/bench.sh --scale 0.03 --no-record     # a quick check
#   bench/scripts/bench.sh --only restore --articles 0 --restore-events 1000000
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cd "$ROOT"
if [ ! -d bench/target/classes/dev/dateline/bench ] || [ -n "$(find . \( -path ./.git -o -path ./.dateline -o -name target \) -prune -o \
    \( -name '*.java' -o -name pom.xml -o -name '*.avsc' -o -path '*/src/main/resources/*' \) -newer bench/target/classes -print -quit)" ]; then
  echo "bench: building …" >&2
  ./mvnw -B -q -DskipTests -Dmaven.test.skip=true -pl bench -am package >&2
  touch bench/target/classes
fi
exec "$JAVA" ${BENCH_JAVA_OPTS:--Xmx4g} -Ddateline.home="${DATELINE_HOME:-$ROOT/.dateline}" \
  -cp "bench/target/classes:bench/target/lib/*" dev.dateline.bench.BenchMain "$@"
