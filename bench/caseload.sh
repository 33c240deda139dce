#!/usr/bin/env bash
# The caseload query at 5,000 and 50,000 candidate files in one municipality (Enschede; Hengelo and Hellendoorn get
# files too), through the real service (Caseloads.page: JPA specification, tenant filter, row-level security) and as
# the same query in hand-written SQL over JDBC with app.tenant_id set, in one run on the embedded PostgreSQL of the
# test profile. Each query: 30 unmeasured runs, then p50/p95/max over RUNS runs (default 200).
# Usage: bash bench/caseload.sh [runs]   Prints the Markdown table (also in target/bench/caseload.md).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-200}
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.1f GB RAM", $2/1048576}' /proc/meminfo), $(uname -sr)"
./mvnw -B -o test -Dtest=CaseloadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dwerkbrug.bench=true -Dwerkbrug.bench.runs="$RUNS" -DargLine="-Dwerkbrug.bench=true -Dwerkbrug.bench.runs=$RUNS" \
    >"$LOG" 2>&1 || { grep -E "ERROR|FAIL" "$LOG" | head -20 >&2; exit 1; }
grep -E "^loaded " "$LOG" || true
if [ -n "${BENCH_PLANS:-}" ]; then grep -A30 "^EXPLAIN" "$LOG" >"$BENCH_PLANS" || true; grep -A3 "org.hibernate.SQL" "$LOG" >>"$BENCH_PLANS" || true; fi
cat target/bench/caseload.md
