#!/usr/bin/env bash
# The portal's AOT cache (JDK 25: classes loaded and linked ahead of time, JEP 483/514, and the method profiles of a
# training run, JEP 515; docs/adr/0030). Starts the portal from the extracted jar with -XX:AOTCacheOutput on its
# embedded PostgreSQL with demo data, runs a training workload against it, stops it; the JVM writes the cache when
# it exits. Start the portal later with `java -XX:AOTCache=<cache> -jar <jar>` and the same -XX options that
# shape objects (here -XX:+UseCompactObjectHeaders): its JIT then compiles the request paths the training ran from
# their recorded profiles instead of first profiling them under load.
#
# Usage: aot-cache.sh JAR CACHE TRAINING-COMMAND [ARGS...]
#   JAR       the application jar of `java -Djarmode=tools -jar werkbrug.jar extract` (the cache is only valid for
#             the class path it was made with, and for the same Java runtime)
#   CACHE     where to write the cache
#   TRAINING-COMMAND  the workload, run with AOT_TRAINING_BASE_URL set to the portal's address; the cache is only
#             written when it succeeds (bench/load.sh runs the load test's own simulation)
# Environment: JAVA (default java on the PATH), AOT_TRAINING_PORT (default 18080), AOT_TRAINING_JAVA_OPTIONS
#   (default -XX:+UseCompactObjectHeaders, as the Helm chart and the run command), AOT_TRAINING_LOG (portal log).
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 JAR CACHE TRAINING-COMMAND [ARGS...]" >&2; exit 2; }
JAR=$1 CACHE=$2
shift 2
JAVA=${JAVA:-java}
PORT=${AOT_TRAINING_PORT:-18080}
# shellcheck disable=SC2206
OPTIONS=(${AOT_TRAINING_JAVA_OPTIONS:--XX:+UseCompactObjectHeaders})
LOG=${AOT_TRAINING_LOG:-/dev/stderr}
DATA=$(mktemp -d)
PID=""
WRITTEN=""

say() { printf '[aot-cache] %s\n' "$*" >&2; }
stop_portal() { # SIGTERM, then wait until the JVM has written the cache and exited
  [ -n "$PID" ] || return 0
  kill "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  PID=""
}
# a failed training leaves no cache behind (the JVM writes one at every exit)
trap 'stop_portal; rm -rf "$DATA"; [ -n "$WRITTEN" ] || rm -f "$CACHE"' EXIT

healthy() { # the actuator's health over bash's /dev/tcp (no curl in the JRE image)
  { exec 3<>"/dev/tcp/127.0.0.1/$PORT"; } 2>/dev/null || return 1
  printf 'GET /actuator/health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
  local answer
  answer=$(timeout 5 cat <&3 || true)
  exec 3<&-
  [[ $answer == *'"status":"UP"'* ]]
}

rm -f "$CACHE"
say "training run of $JAR on 127.0.0.1:$PORT, cache $CACHE"
"$JAVA" "${OPTIONS[@]}" -XX:AOTCacheOutput="$CACHE" -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 \
    --werkbrug.embedded-database.data-directory="$DATA/pg" >>"$LOG" 2>&1 &
PID=$!
for i in $(seq 1 600); do
  healthy && break
  kill -0 "$PID" 2>/dev/null || { say "the portal stopped during start-up (log: $LOG)"; exit 1; }
  [ "$i" -lt 600 ] || { say "the portal did not become healthy within 10 minutes"; exit 1; }
  sleep 1
done
say "portal up (pid $PID); training"
AOT_TRAINING_BASE_URL="http://127.0.0.1:$PORT" "$@"
say "training done; stopping the portal, which writes the cache"
stop_portal
[ -s "$CACHE" ] || { say "no cache written (log: $LOG)"; exit 1; }
WRITTEN=1
say "cache written: $CACHE ($(( $(stat -c %s "$CACHE") / 1048576 )) MB)"
