#!/usr/bin/env bash
# The benchmark at scale and the load run (see bench/README.md and docs/benchmarks.md).
#   bench/run.sh S M        sizes S (10k nodes), M (100k), L (1M); figures into docs/benchmarks.md
# Builds the jar and the harness, then for each size: generate, start the jar on a fresh data directory,
# import, restart, measure. Exits non-zero when the load run saw any error.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then
  echo "usage: bench/run.sh S|M|L ..." >&2
  exit 2
fi
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mvn -q package -DskipTests
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec "$JAVA_HOME/bin/java" -Xmx1500m -Dbench.command="bench/run.sh $*" ${BENCH_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  city.quanzhou.pilotgraph.bench.BenchHarness "$@"
