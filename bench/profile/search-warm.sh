#!/usr/bin/env bash
# The contract's Search over HTTP on a warm service: one request at a time with curl, 10 texts six times each, after
# WARM_ROUNDS (default 20) rounds of warm-up searches of the same texts, 10 a round. Starts the jar fresh on the data
# directory and stops it at the end.
#
#   bench/profile/search-warm.sh <jar> <data directory holding a loaded graph> <label>
#
# Prints p50, p90, min and max in ms, and the load average before and after. The data directory is opened as it is:
# stop any service using it first. Ports SERVER_PORT (default 18097) and PILOTGRAPH_BOLT_PORT (17697); heap -Xmx2g,
# page cache PILOTGRAPH_PAGE_CACHE (default 3g), the embedding job off, the rate limit raised.
set -euo pipefail
JAR=$(realpath "$1")
DATA=$(realpath "$2")
LABEL=$3
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
CONTRACT=$(cd "$(dirname "$0")/../.." && pwd)/../shared/contract/operations/Search.graphql
export SERVER_PORT=${SERVER_PORT:-18097} PILOTGRAPH_BOLT_PORT=${PILOTGRAPH_BOLT_PORT:-17697}
[ -f "$CONTRACT" ] || { echo "needs the contract's Search operation at $CONTRACT" >&2; exit 2; }
PILOTGRAPH_DATA_DIR="$DATA" PILOTGRAPH_SEED=never PILOTGRAPH_PAGE_CACHE=${PILOTGRAPH_PAGE_CACHE:-3g} \
  PILOTGRAPH_EMBEDDING_BACKGROUND=false "$JAVA" -Xmx2g --add-modules jdk.incubator.vector -jar "$JAR" \
  --pilotgraph.rate-limit.per-second=1000000 --pilotgraph.rate-limit.burst=1000000 > "/tmp/search-warm-$LABEL.log" 2>&1 &
pid=$!
# stopped and waited for, so that a second run on the same data directory finds the store unlocked
trap 'kill $pid 2> /dev/null || true; wait $pid 2> /dev/null || true' EXIT
url="http://127.0.0.1:$SERVER_PORT"
for waited in $(seq 300); do
  curl -sf "$url/actuator/health/readiness" > /dev/null 2>&1 && break
  kill -0 $pid 2> /dev/null || { echo "the service stopped; see /tmp/search-warm-$LABEL.log" >&2; exit 1; }
  [ "$waited" -lt 300 ] || { echo "not ready after 300 s; see /tmp/search-warm-$LABEL.log" >&2; exit 1; }
  sleep 1
done
TEXTS=(光刻胶中试 新能源汽车电池 "Tianjin University" 中试基地 碳化硅功率器件 海洋生物医药 智能制造 纺织鞋服 石墨烯 氢能)
body() { python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read(), "variables": {"text": sys.argv[2], "first": 10}}))' "$CONTRACT" "$1"; }
search() { curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' -d "$(body "$1")" "$url/graphql"; }
for _ in $(seq "${WARM_ROUNDS:-20}"); do for t in "${TEXTS[@]}"; do search "$t" > /dev/null; done; done
echo "$LABEL load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq 6); do for t in "${TEXTS[@]}"; do search "$t"; done; done | sort -n | awk -v l="$LABEL" '{a[NR]=$1}
  END {printf "%s n=%d p50 %.1f p90 %.1f min %.1f max %.1f ms\n", l, NR, a[int((NR+1)/2)]*1000, a[int(NR*0.9)]*1000, a[1]*1000, a[NR]*1000}'
echo "$LABEL load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
