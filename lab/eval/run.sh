#!/bin/bash
# lab/eval/run.sh TAG JARDIR rules|prod SET... : eval events --errors on each gold set, two at a time, into $PM/TAG-SET.txt
TAG=$1; JD=$2; MODE=$3; shift 3
PM=${PM:-/tmp/pm}; ROOT=$(cd "$(dirname "$0")/../.." && pwd)
EXTRA=""; [ "$MODE" = prod ] && EXTRA="--reader"
mkdir -p "$PM"
printf '%s\n' "$@" | xargs -P2 -I{} sh -c "java -Ddateline.home=$ROOT/.dateline -jar $JD/dateline-cli-0.1.0-SNAPSHOT.jar eval events $ROOT/gold/{} --errors $EXTRA > $PM/$TAG-{}.txt 2>&1"
