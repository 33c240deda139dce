#!/usr/bin/env bash
# Ranking the pool for a vacancy (top 50 with the points per criterion) at 100,000 and 1,000,000 synthetic profiles
# (the pool benchmark's seeded generator and COPY loader), through Matching.candidatesFor as an employer's user
# against the best hand-written SQL computing the same score, in one run on the embedded PostgreSQL of the test
# profile: p50/p95/p99 over RUNS runs (default 200) after up to 30 unmeasured ones, whether both give the same 50,
# and EXPLAIN (ANALYZE, BUFFERS) of the hand-written SQL at the largest size.
# Usage: bash bench/matching.sh [runs] [sizes, e.g. 100000,1000000]   Prints the Markdown (also in
# target/bench/matching.md). Run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-200}
SIZES=${2:-100000,1000000}
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
# the benchmark's one user ranks thousands of times: its search quotas are lifted (the charge stays in the path)
QUOTAS="-Dwerkbrug.pool.quotas.searches-per-day=100000000 -Dwerkbrug.pool.quotas.searches-per-minute=100000000"
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.1f GB RAM", $2/1048576}' /proc/meminfo), $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -o test -Dtest=MatchingBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dwerkbrug.bench=true -Dwerkbrug.bench.runs="$RUNS" \
    -DargLine="-Dwerkbrug.bench=true -Dwerkbrug.bench.runs=$RUNS -Dwerkbrug.bench.sizes=$SIZES $QUOTAS" \
    >"$LOG" 2>&1 || { grep -E "ERROR|FAIL" "$LOG" | head -20 >&2; exit 1; }
grep -E "^(loaded|ROW) " "$LOG" || true
cat target/bench/matching.md
