#!/usr/bin/env bash
# Ours vs the peer (@neo4j/graphql on @apollo/server) on the same database; see bench/README.md.
#   bench/peer/run.sh <our GraphQL URL> <Bolt URL of our embedded database> <label> [compare.js options]
#   e.g. bench/peer/run.sh http://127.0.0.1:8080/graphql bolt://127.0.0.1:7687 main-S --seconds 15
# Installs the pinned packages (npm ci) when node_modules is missing, starts the peer on PEER_PORT (default
# 4000) over the given Bolt URL, runs compare.js, stops the peer. Exits non-zero when a pair's answers differ.
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
NEO4J_URI="$bolt" PORT="$port" node server.js > "out/peer-$label.log" 2>&1 &
peer=$!
trap 'kill $peer 2>/dev/null; wait $peer 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  grep -q 'peer ready' "out/peer-$label.log" && break
  kill -0 $peer 2>/dev/null || { cat "out/peer-$label.log" >&2; exit 1; }
  sleep 1
done
node compare.js --ours "$ours" --peer "http://127.0.0.1:$port/" --bolt "$bolt" --label "$label" "$@"
