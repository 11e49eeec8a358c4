#!/bin/sh
# Builds a JVM AOT cache for the packaged service (JDK 25: the successor of AppCDS, JEP 483 and 514) and says how to
# start with it. Optional: the service starts without it; with it the JVM loads and links its classes from the
# cache instead of the jar. See docs/deployment.md, "Faster start-up".
#
#   bench/aot-cache.sh [jar] [output directory]      # defaults: target/pilotgraph-0.1.0-SNAPSHOT.jar, target/aot
#
# The training run starts the application context on an empty scratch database and exits once it is refreshed
# (Spring's spring.context.exit=onRefresh): no data directory of yours is touched. Rebuild the cache after every
# new jar or JDK; a stale cache is ignored by the JVM (it prints a warning) and start-up is as without it.
set -eu
JAR=${1:-target/pilotgraph-0.1.0-SNAPSHOT.jar}
OUT=${2:-target/aot}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
rm -rf "$OUT"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$OUT"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
name=$(basename "$JAR")
(cd "$OUT" && PILOTGRAPH_DATA_DIR="$scratch" PILOTGRAPH_BOLT_PORT=0 SERVER_PORT=0 \
  "$JAVA" -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar "$name" --pilotgraph.seed=never)
echo "AOT cache written; start the service with:"
echo "  java -XX:AOTCache=$OUT/app.aot -jar $OUT/$name"
