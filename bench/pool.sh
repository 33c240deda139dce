#!/usr/bin/env bash
# The pool search at 100,000 and 1,000,000 synthetic profiles (seeded generator, COPY as the owner role), three
# typical searches through PoolSearch as a consultant and as an employer's user against the best hand-written SQL on
# the same indexes, in one run on the embedded PostgreSQL of the test profile: p50/p95/p99 over RUNS runs (default
# 200) after 30 unmeasured ones, and EXPLAIN (ANALYZE, BUFFERS) of the hand-written queries at 1,000,000.
# Usage: bash bench/pool.sh [runs] [sizes, e.g. 100000,1000000]   Prints the Markdown (also in target/bench/pool.md). Run it on a quiet machine.
# HOLD=true bash bench/pool.sh 10 1000000 stops after loading and keeps the JVM with its embedded PostgreSQL for
# EXPLAIN by hand (port: ps aux | grep bin/postgres; user postgres, database werkbrug); kill its JVM when done.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-200}
SIZES=${2:-100000,1000000}
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
# The benchmark's one user searches thousands of times: its quotas are lifted (the charge itself, a bucket4j round
# trip to PostgreSQL per search, stays in the measured path).
QUOTAS="-Dwerkbrug.pool.quotas.searches-per-day=100000000 -Dwerkbrug.pool.quotas.searches-per-minute=100000000"
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.1f GB RAM", $2/1048576}' /proc/meminfo), $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -o test -Dtest=PoolBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dwerkbrug.bench=true -Dwerkbrug.bench.runs="$RUNS" \
    -DargLine="-Dwerkbrug.bench=true -Dwerkbrug.bench.runs=$RUNS -Dwerkbrug.bench.sizes=$SIZES -Dwerkbrug.bench.hold=${HOLD:-false} $QUOTAS" \
    >"$LOG" 2>&1 || { grep -E "ERROR|FAIL" "$LOG" | head -20 >&2; exit 1; }
grep -E "^(loaded|ROW) " "$LOG" || true
cat target/bench/pool.md
