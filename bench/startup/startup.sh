#!/usr/bin/env bash
# Start-up to ready on a loaded data directory, with and without the JVM's AOT cache (JDK 25: JEP 483/514/515,
# the successor of AppCDS), as Spring Boot documents it: the jar extracted, one training run that exits once the
# context has refreshed, then the cache given to every start.
#
#   bench/startup/startup.sh <jar> <data directory holding a loaded graph> [runs per mode, default 3]
#
# Prints, per start: the mode, seconds from process start to /actuator/health/readiness answering UP, and the
# resident memory (ps rss) at that moment. The data directory is opened as it is (not copied): stop any service
# using it first. Ports 18095 (HTTP) and 17695 (Bolt), heap -Xmx2g and the vector module (as the
# service is started in production, docs/deployment.md) unless JAVA_OPTS says otherwise; a cache holds only for the
# options it was trained with.
# KEEP=<directory>: keep the extracted jar and the cache there, and reuse them if they are there already (the
# training run takes minutes; a cache is valid only for the same jar and JDK).
set -euo pipefail
JAR=$(realpath "$1")
DATA=$(realpath "$2")
RUNS=${3:-3}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
WORK=${KEEP:-$(mktemp -d /tmp/pilotgraph-startup.XXXXXX)}
mkdir -p "$WORK"
HEAP=${JAVA_OPTS:--Xmx2g --add-modules jdk.incubator.vector}
export SERVER_PORT=18095 PILOTGRAPH_BOLT_PORT=17695

if [ -f "$WORK/app.aot" ]; then
  echo "reusing the extracted jar and the cache in $WORK"
else
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --force --destination "$WORK/app" > /dev/null
  APP=$(ls "$WORK"/app/*.jar)

  # The training run opens a throwaway data directory: it must not touch the measured one, and the context's refresh
  # (embedded Neo4j, migrations, the model) is the same for an empty graph.
  training_started=$(date +%s.%N)
  PILOTGRAPH_DATA_DIR="$WORK/training-data" PILOTGRAPH_SEED=never "$JAVA" $HEAP -XX:AOTCacheOutput="$WORK/app.aot" \
    -Dspring.context.exit=onRefresh -jar "$APP" > "$WORK/training.log" 2>&1 || true
  [ -f "$WORK/app.aot" ] || { echo "training run wrote no cache; see $WORK/training.log" >&2; exit 1; }
  printf 'training run: %.1f s, cache %s\n' "$(echo "$(date +%s.%N) - $training_started" | bc)" \
    "$(du -h "$WORK/app.aot" | cut -f1)"
fi
APP=$(ls "$WORK"/app/*.jar)

start_once() {
  local mode=$1; shift
  local started pid ready rss
  started=$(date +%s.%N)
  PILOTGRAPH_DATA_DIR="$DATA" PILOTGRAPH_SEED=never PILOTGRAPH_EMBEDDING_BACKGROUND=false \
    "$JAVA" $HEAP "$@" -jar "$APP" > "$WORK/$mode.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$SERVER_PORT/actuator/health/readiness" 2> /dev/null | grep -q UP; do
    kill -0 "$pid" 2> /dev/null || { echo "$mode: the service stopped; see $WORK/$mode.log" >&2; exit 1; }
    sleep 0.2
  done
  ready=$(echo "$(date +%s.%N) - $started" | bc)
  rss=$(ps -o rss= -p "$pid")
  kill "$pid"; wait "$pid" || true
  printf '%-10s ready %6.1f s  rss %5d MB  load %s\n' "$mode" "$ready" $((rss / 1024)) "$(cut -d' ' -f1-3 /proc/loadavg)"
}

for run in $(seq 1 "$RUNS"); do
  start_once plain
  start_once aot-cache -XX:AOTCache="$WORK/app.aot"
done
[ -n "${KEEP:-}" ] || rm -rf "$WORK"
