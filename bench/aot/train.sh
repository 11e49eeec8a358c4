#!/usr/bin/env bash
# An AOT cache trained on real work (JDK 25: JEP 483 classes loaded and linked, JEP 515 method profiles).
#
#   bench/aot/train.sh <jar> <data directory holding a loaded graph> <output directory> [workload seconds, default 180]
#
# Extracts the jar into <output>/app (the cache is valid only for that jar on that JDK, started with the options
# JAVA_OPTS gave the training run, by default -Xmx2g and the vector module:
# `java -Xmx2g --add-modules jdk.incubator.vector -XX:AOTCache=<output>/app.aot -jar <output>/app/<jar>`), copies the
# data directory (the training run must not touch the measured one), starts the service on the copy with -XX:AOTCacheOutput, sends it the request workload of
# bench/aot/workload.js for the given seconds, then stops it: the JVM writes the cache as it exits. Unlike
# bench/startup/startup.sh, whose training run exits once the context has refreshed (classes only), this one has
# served requests, so the cache also holds the profiles of the request path and the JIT can compile it soon after
# start instead of after thousands of requests. Ports: SERVER_PORT (default 18081), PILOTGRAPH_BOLT_PORT (17681).
set -euo pipefail
JAR=$(realpath "$1")
DATA=$(realpath "$2")
OUT=$(realpath -m "$3")
SECONDS_OF_WORK=${4:-180}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
HERE=$(cd "$(dirname "$0")" && pwd)
export SERVER_PORT=${SERVER_PORT:-18081} PILOTGRAPH_BOLT_PORT=${PILOTGRAPH_BOLT_PORT:-17681}

rm -rf "$OUT/app" "$OUT/training-data" "$OUT/app.aot"
mkdir -p "$OUT"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --force --destination "$OUT/app" > /dev/null
APP=$(ls "$OUT"/app/*.jar)
cp -a "$DATA" "$OUT/training-data"

started=$(date +%s)
PILOTGRAPH_DATA_DIR="$OUT/training-data" PILOTGRAPH_SEED=never PILOTGRAPH_EMBEDDING_BACKGROUND=false \
  "$JAVA" ${JAVA_OPTS:--Xmx2g --add-modules jdk.incubator.vector} -XX:AOTCacheOutput="$OUT/app.aot" -jar "$APP" \
  --pilotgraph.rate-limit.per-second=1000000 --pilotgraph.rate-limit.burst=1000000 > "$OUT/training.log" 2>&1 &
pid=$!
trap 'kill $pid 2> /dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$SERVER_PORT/actuator/health/readiness" 2> /dev/null | grep -q UP; do
  kill -0 "$pid" 2> /dev/null || { echo "the training run stopped; see $OUT/training.log" >&2; exit 1; }
  sleep 1
done
echo "training run ready after $(( $(date +%s) - started )) s; workload for $SECONDS_OF_WORK s"
# A few errors (a path search past its time limit on a busy machine) do not spoil the profiles: reported, not fatal.
node "$HERE/workload.js" --ours "http://127.0.0.1:$SERVER_PORT/graphql" --bolt "bolt://127.0.0.1:$PILOTGRAPH_BOLT_PORT" \
  --seconds "$SECONDS_OF_WORK" || echo "the workload had errors (above); the cache is written all the same"
kill -TERM "$pid"
wait "$pid" || true
trap - EXIT
[ -f "$OUT/app.aot" ] || { echo "the training run wrote no cache; see $OUT/training.log" >&2; exit 1; }
rm -rf "$OUT/training-data"
echo "cache $OUT/app.aot ($(du -h "$OUT/app.aot" | cut -f1)) after $(( $(date +%s) - started )) s; start with:"
echo "  java ${JAVA_OPTS:--Xmx2g --add-modules jdk.incubator.vector} -XX:AOTCache=$OUT/app.aot -jar $APP"
