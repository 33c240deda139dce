#!/usr/bin/env bash
# Shared by bench/pool.sh and bench/matching.sh: runs the benchmark test class $1 on the embedded PostgreSQL of the
# test profile with RUNS measured runs at SIZES profiles and prints its Markdown (target/bench/$2.md). The one user
# of the benchmark searches thousands of times, so its search quotas are lifted; the charge itself (a bucket4j round
# trip to PostgreSQL per search) stays in the measured path. HOLD=true keeps the loaded database (bench/pool.sh).
# BENCH_JFR=-XX:StartFlightRecording=filename=target/bench/pool.jfr,settings=profile records the benchmark's JVM.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
CLASS=$1 RESULT=$2 RUNS=${3:-200} SIZES=${4:-100000,1000000}
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
QUOTAS="-Dwerkbrug.pool.quotas.searches-per-day=100000000 -Dwerkbrug.pool.quotas.searches-per-minute=100000000"
# its own database folder, kept between runs: a run finds the profiles an earlier run of the same day loaded
KEEP="-Dwerkbrug.embedded-database.data-directory=target/bench-postgres -Dwerkbrug.embedded-database.clean=false"
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.1f GB RAM", $2/1048576}' /proc/meminfo), $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -o test -Dtest="$CLASS" -Dsurefire.failIfNoSpecifiedTests=false \
    -Dwerkbrug.bench=true -Dwerkbrug.bench.runs="$RUNS" \
    -DargLine="-Dwerkbrug.bench=true -Dwerkbrug.bench.runs=$RUNS -Dwerkbrug.bench.sizes=$SIZES -Dwerkbrug.bench.hold=${HOLD:-false} ${BENCH_JFR:-} $QUOTAS $KEEP" \
    >"$LOG" 2>&1 || { grep -E "ERROR|FAIL" "$LOG" | head -20 >&2; exit 1; }
grep -E "^(loaded|ROW) " "$LOG" || true
cat "target/bench/$RESULT.md"
