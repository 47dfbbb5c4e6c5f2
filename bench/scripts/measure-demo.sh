#!/usr/bin/env bash
# Measures the demo: wall time, broker start time, and peak resident memory (VmHWM) of the broker
# JVM and of the CLI JVM that runs the producer and the streams app.
#   bench/scripts/measure-demo.sh            # warm: uses the existing build and Maven cache
#   bench/scripts/measure-demo.sh --cold     # cold: fresh clone, empty Maven repository, build included
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
MODE="${1:---warm}"
WORK="$ROOT"
if [ "$MODE" = "--cold" ]; then
  TMP="$(mktemp -d)"
  git clone -q "$ROOT" "$TMP/dateline"
  WORK="$TMP/dateline"
  export MAVEN_OPTS="-Dmaven.repo.local=$TMP/m2 ${MAVEN_OPTS:-}"
  export MAVEN_ARGS="-Dmaven.repo.local=$TMP/m2"
fi
cd "$WORK"
OUT="$(mktemp)"
start=$(date +%s.%N)
./dateline demo > "$OUT" 2>&1 &
DEMO=$!
broker_hwm=0; app_hwm=0
while kill -0 "$DEMO" 2>/dev/null; do
  for pid in $(pgrep -f 'dev.dateline.kafka.local.BrokerMain' || true); do
    v=$(awk '/VmHWM/ {print $2}' /proc/$pid/status 2>/dev/null || echo 0); [ "${v:-0}" -gt "$broker_hwm" ] && broker_hwm=$v
  done
  for pid in $(pgrep -f 'dateline-cli-0.1.0-SNAPSHOT.jar' || true); do
    v=$(awk '/VmHWM/ {print $2}' /proc/$pid/status 2>/dev/null || echo 0); [ "${v:-0}" -gt "$app_hwm" ] && app_hwm=$v
  done
  sleep 0.2
done
wait "$DEMO"; status=$?
end=$(date +%s.%N)
echo "mode: ${MODE#--}, exit: $status"
printf 'demo wall time: %.1f s\n' "$(echo "$end - $start" | bc)"
grep -E 'ready at|caught up|took' "$OUT" | sed 's/^ */  /'
echo "peak RSS broker JVM: $((broker_hwm / 1024)) MB, CLI+app JVM: $((app_hwm / 1024)) MB"
[ "$MODE" = "--cold" ] && rm -rf "$TMP"
exit $status
