#!/usr/bin/env bash
# Ours vs the peer (@neo4j/graphql on @apollo/server) on the same database; see bench/README.md.
#   bench/peer/run.sh <our GraphQL URL> <Bolt URL of our embedded database> <label> [compare.js options]
#   e.g. bench/peer/run.sh http://127.0.0.1:8080/graphql bolt://127.0.0.1:7687 main-S --seconds 15
# Installs the pinned packages (npm ci) when node_modules is missing, starts the peer on PEER_PORT (default
# 4000) over the given Bolt URL, runs compare.js, stops the peer. Exits non-zero when a pair's answers differ.
# With OURS_JAR=<jar> OURS_DATA=<data directory> it first starts our service as well, fresh, on the ports of the two
# URLs (-Xmx2g, seed never, the rate limit raised, the embedding job off unless PILOTGRAPH_EMBEDDING_BACKGROUND=true),
# and stops it at the end; with AOT_CACHE=<cache> as well, the
# JVM starts from that AOT cache (bench/aot/train.sh; OURS_JAR must then be the jar the cache was trained with).
set -euo pipefail
cd "$(dirname "$0")"
if [ $# -lt 3 ]; then
  sed -n '2,6p' "$0" >&2
  exit 2
fi
ours=$1 bolt=$2 label=$3
shift 3
port=${PEER_PORT:-4000}
[ -d node_modules ] || npm ci --no-audit --no-fund
mkdir -p out
ours_pid=
if [ -n "${OURS_JAR:-}" ]; then
  http_port=$(echo "$ours" | sed -E 's#^[a-z]+://[^:/]+:([0-9]+).*#\1#')
  bolt_port=$(echo "$bolt" | sed -E 's#^[a-z]+://[^:/]+:([0-9]+).*#\1#')
  # the embedding job off unless asked for: on a graph without vectors it would embed beside the measurement
  PILOTGRAPH_EMBEDDING_BACKGROUND=${PILOTGRAPH_EMBEDDING_BACKGROUND:-false} \
  SERVER_PORT=$http_port PILOTGRAPH_BOLT_PORT=$bolt_port PILOTGRAPH_DATA_DIR="$OURS_DATA" PILOTGRAPH_SEED=never \
    "${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" -Xmx2g ${AOT_CACHE:+-XX:AOTCache=$AOT_CACHE} \
    -jar "$OURS_JAR" --pilotgraph.rate-limit.per-second=1000000 --pilotgraph.rate-limit.burst=1000000 \
    > "out/ours-$label.log" 2>&1 &
  ours_pid=$!
  started=$(date +%s)
  until curl -sf "http://127.0.0.1:$http_port/actuator/health/readiness" 2> /dev/null | grep -q UP; do
    kill -0 $ours_pid 2>/dev/null || { cat "out/ours-$label.log" >&2; exit 1; }
    sleep 1
  done
  echo "ours ready after $(( $(date +%s) - started )) s${AOT_CACHE:+ (AOT cache $AOT_CACHE)}"
fi
NEO4J_URI="$bolt" PORT="$port" node server.js > "out/peer-$label.log" 2>&1 &
peer=$!
trap 'kill $peer $ours_pid 2>/dev/null; wait $peer $ours_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  grep -q 'peer ready' "out/peer-$label.log" && break
  kill -0 $peer 2>/dev/null || { cat "out/peer-$label.log" >&2; exit 1; }
  sleep 1
done
node compare.js --ours "$ours" --peer "http://127.0.0.1:$port/" --bolt "$bolt" --label "$label" "$@"
