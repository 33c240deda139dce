#!/usr/bin/env bash
# Start-up time and memory of the portal on the embedded default, measured on the jar that
# `bash .ci/werkbrug.sh run` (or `test`) builds. Cold = first start on an empty data folder (initdb, migrations,
# demo data); warm = restart on the same data. Memory = resident set size of the JVM plus its PostgreSQL
# processes, after start-up and after 200 requests of the login page (each a new HTTP session).
# Usage: bash bench/startup.sh [rounds]   (default 3). Prints a Markdown table row per round.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAR=$(ls target/werkbrug-*.jar 2>/dev/null | head -1)
[ -n "$JAR" ] || { echo "build first: bash .ci/werkbrug.sh run (or test)" >&2; exit 1; }
PORT=${BENCH_PORT:-18080}
WORK=$(mktemp -d)
PID=""
STARTED_MS=0
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT

start() {
  local begin end
  begin=$(date +%s%N)
  "$JAVA" -jar "$JAR" --server.port="$PORT" --werkbrug.embedded-database.data-directory="$WORK/pg" \
      >"$WORK/app.log" 2>&1 &
  PID=$!
  until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null; do
    kill -0 "$PID" 2>/dev/null || { tail -20 "$WORK/app.log" >&2; exit 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  STARTED_MS=$(( (end - begin) / 1000000 ))
}

stop() {
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
}

descendants() {
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do
    echo "$child"; descendants "$child"
  done
}

rss_mb() {
  local total=0 pid kb
  for pid in "$PID" $(descendants "$PID"); do
    kb=$(awk '/VmRSS/{print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    total=$(( total + ${kb:-0} ))
  done
  echo $(( total / 1024 ))
}

echo "| round | cold start (ms) | warm start (ms) | RSS after start (MB) | RSS after 200 sessions (MB) |"
echo "|---|---|---|---|---|"
for round in $(seq 1 "$ROUNDS"); do
  rm -rf "$WORK/pg"
  start; cold=$STARTED_MS; stop
  start; warm=$STARTED_MS
  after_start=$(rss_mb)
  for _ in $(seq 1 200); do curl -s -o /dev/null "http://localhost:$PORT/login"; done
  after_sessions=$(rss_mb)
  stop
  echo "| $round | $cold | $warm | $after_start | $after_sessions |"
done
