#!/usr/bin/env bash
# The dashboards at national scale (issue 14): FACTS synthetic facts (default 10,000,000) over 342 municipalities in
# 35 regions and five years (seeded generator, COPY as the owner role, figures by the rebuild's formula), then in one
# run the coordinator's full regional dashboard through the service against the naive GROUP BY over the raw facts
# (p50/p95/p99 over RUNS runs, default 200, after 30 unmeasured ones, with EXPLAIN ANALYZE of both), and the
# projection lag: EVENTS real events (default 20,000) published through the application's publisher and registry by
# one thread and by PUBLISHERS threads at once (default 8, the node under load), timed until the last one is a fact
# with its figures. On the embedded PostgreSQL of the test profile.
# Usage: bash bench/dashboards.sh [runs] [facts] [events]   Prints the Markdown (also in target/bench/dashboards.md).
# Needs about 4 GB of free disk for the database at 10,000,000 facts. Run it on a quiet machine.
# The database stays in target/bench-dashboards-postgres: a later run with the same FACTS keeps the loaded facts and
# rebuilds only the figures (delete the folder to load afresh).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-200} FACTS=${2:-10000000} EVENTS=${3:-20000}
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.1f GB RAM", $2/1048576}' /proc/meminfo), $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -o test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dwerkbrug.bench=true -Dwerkbrug.bench.runs="$RUNS" \
    -DargLine="-Dwerkbrug.bench=true -Dwerkbrug.bench.runs=$RUNS -Dwerkbrug.bench.facts=$FACTS -Dwerkbrug.bench.events=$EVENTS -Dwerkbrug.bench.publishers=${PUBLISHERS:-8} -Dwerkbrug.embedded-database.data-directory=target/bench-dashboards-postgres -Dwerkbrug.embedded-database.clean=false -Dwerkbrug.demo-data.caseloads=false" \
    >"$LOG" 2>&1 || { grep -E "ERROR|FAIL" "$LOG" | head -20 >&2; exit 1; }
grep -E "^(loaded|built|LAG|VISIBLE) " "$LOG" || true
echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
cat target/bench/dashboards.md
