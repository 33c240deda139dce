#!/usr/bin/env bash
# Load test (issue 13): consultants and employers doing their real steps through Vaadin's real requests (Gatling's
# Java DSL, src/gatling/java, Maven profile `load`) against the jar of the run command on the embedded PostgreSQL with
# demo data, on loopback. Levels of concurrent users, each ramped up in LOAD_RAMP seconds and held for `duration`
# seconds (70 % consultants, 30 % employers, 2-5 s think time between steps); per level the p95 round trip (also of
# the requests sent during the ramp and during the hold apart) and the errors; "held" = no error and p95 <= 250 ms
# of the requests sent while all the level's users work (the hold; ADR 0028), "ramp included" when the p95 of all
# requests is within 250 ms too; the first level that is not held is the breaking point. After each level a forced
# GC and the heap in use and the number of Vaadin UIs (class histogram) give the heap per UI: (heap after - heap
# before) / (UIs after - UIs before); the users do not log out, so their sessions stay in memory.
#
# Usage: bash bench/load.sh [users] [duration]
#   users     target concurrency (default 300): levels 25, 50, 100, then steps of 50 up to users, then 4/3, 5/3 and
#             2 times users; the run stops after the first level that is not held (LOAD_KEEP_GOING=1 runs them all)
#   duration  seconds each level holds its users after the ramp (default 120)
# Environment: LOAD_LEVELS="10 25 50" (levels instead), LOAD_RAMP (default 30 s), LOAD_SKIP_BUILD=1 (reuse target/),
#   LOAD_WARMUP_USERS and LOAD_WARMUP_SECONDS (the uncounted warm-up before the first level, default 50 users, 60 s),
#   LOAD_PORTAL_OPTS (JVM options of the portal; default those of the run command and the Helm chart,
#   -XX:+UseCompactObjectHeaders; e.g. add -Xmx1g), JAVA_HOME;
#   LOAD_AOT=0 (the plain jar; default: the extracted jar with an AOT cache from a training run of the simulation,
#   src/main/docker/aot-cache.sh, docs/adr/0030), LOAD_AOT_USERS and LOAD_AOT_SECONDS (the training: users after a
#   30-s ramp for that many seconds, default 100 and 120).
# Prints the Markdown results (also in target/load/<time>/results.md); exits non-zero when the build, the portal's
# start or a Gatling run fails, naming the log.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
USERS=${1:-300}
DURATION=${2:-120}
RAMP=${LOAD_RAMP:-30}
# a warm-up that lets the JIT compile the steps' code before the first level (10 users for 30 s left it cold)
WARMUP_USERS=${LOAD_WARMUP_USERS:-50}
WARMUP_SECONDS=${LOAD_WARMUP_SECONDS:-60}
# the portal's JVM options: those of the run command and the Helm chart unless LOAD_PORTAL_OPTS says otherwise
PORTAL_OPTS=${LOAD_PORTAL_OPTS--XX:+UseCompactObjectHeaders}
# the portal as the image runs it: from the extracted jar with the AOT cache of a training run (docs/adr/0030)
AOT=${LOAD_AOT:-1}
AOT_USERS=${LOAD_AOT_USERS:-100}
AOT_SECONDS=${LOAD_AOT_SECONDS:-120}
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
JCMD="$JAVA_HOME/bin/jcmd"
if [ -x "$ROOT/.tools/node24/bin/node" ]; then export PATH="$ROOT/.tools/node24/bin:$PATH"; fi
OUT="$ROOT/target/load/$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
PID=""
WORK=$(mktemp -d)

log() { printf '[load] %s\n' "$*" >&2; }
fail() { log "FAILED: $*"; log "logs: $OUT"; exit 1; }

cleanup() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    log "stopping the portal (pid $PID)"
    kill "$PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$PID" 2>/dev/null || true
  fi
  rm -rf "$WORK" "$OUT/app" # the extracted jar and its cache: 450 MB a run
}
trap cleanup EXIT

levels() {
  if [ -n "${LOAD_LEVELS:-}" ]; then echo "$LOAD_LEVELS"; return; fi
  local list="" n
  for n in 25 50 100; do [ "$n" -lt "$USERS" ] && list="$list $n"; done
  for ((n = 150; n < USERS; n += 50)); do list="$list $n"; done
  echo "$list $USERS $((USERS * 4 / 3)) $((USERS * 5 / 3)) $((USERS * 2))"
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
    || echo $((20000 + RANDOM % 20000))
}

# heap in use after a forced full GC (KB) and the number of Vaadin UIs and sessions alive
heap_kb() {
  "$JCMD" "$PID" GC.run >/dev/null && "$JCMD" "$PID" GC.run >/dev/null
  "$JCMD" "$PID" GC.heap_info | awk '{ for (i = 1; i < NF; i++) if ($i == "used") { v = $(i + 1); u = v
      gsub(/[^0-9]/, "", v); gsub(/[0-9,]/, "", u); f = (u == "M") ? 1024 : (u == "G") ? 1048576 : 1
      print v * f; exit } }'
}
histogram() { # saves the class histogram (after the GC of heap_kb) for a look at what a session holds
  "$JCMD" "$PID" GC.class_histogram >"$OUT/histogram-$1.txt"
}
instances() { # class histogram-file
  awk -v c="$1" '$4 == c { n = $2 } END { print n + 0 }' "$2"
}

# CPU time (ms) of the portal's JVM and of its PostgreSQL (the postmaster, the backends it reaped and the live ones):
# per request it says what the machine's load does not, how much work a step is
cpu_ms() {
  local tck pg total=0 pid
  tck=$(getconf CLK_TCK)
  total=$(awk '{ print $14 + $15 }' "/proc/$PID/stat")
  pg=$(pgrep -f -- "-D $WORK/pg" | head -1 || true)
  if [ -n "$pg" ]; then
    total=$((total + $(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pg/stat")))
    for pid in $(pgrep -P "$pg"); do
      total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
  fi
  echo $((total * 1000 / tck))
}

tsv_all() { awk -F'\t' '$1 == "all"' "$1"; }
# p95 of the requests sent while users were arriving (ramp) and once all had arrived (hold)
tsv_p95() { awk -F'\t' -v phase="all ($2)" '$1 == phase { print $5 }' "$1"; }

steps_table() {
  echo "| step | requests | errors | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |"
  echo "|---|---|---|---|---|---|---|"
  awk -F'\t' 'NR > 1 { printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7 }' "$1"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# the CPU time the hypervisor gave to others while this machine wanted it (steal), from the start to the end
cpu_ticks() { awk '/^cpu / { total = 0; for (i = 2; i <= NF; i++) total += $i; print total, $9 }' /proc/stat; }
TICKS_BEFORE=$(cpu_ticks)

if [ -z "${LOAD_SKIP_BUILD:-}" ]; then
  log "building the jar and the simulation (./mvnw -Pload -DskipTests package), log $OUT/build.log"
  ./mvnw -B -Pload -DskipTests package >"$OUT/build.log" 2>&1 || fail "build, see $OUT/build.log"
fi
./mvnw -B -q -o -Pload dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" \
    >"$OUT/classpath.log" 2>&1 || fail "Gatling's classpath, see $OUT/classpath.log"
[ -f target/test-classes/nl/werkbrug/bench/load/PortalSimulation.class ] \
  || fail "the simulation is not compiled: run without LOAD_SKIP_BUILD"
JAR=$(ls target/werkbrug-*.jar 2>/dev/null | head -1)
[ -n "$JAR" ] || fail "no target/werkbrug-*.jar"

# the Gatling run of the simulation, in SIMULATION: base-url users ramp-seconds hold-seconds result-file description
simulation() {
  SIMULATION=("$JAVA" --add-opens=java.base/java.lang=ALL-UNNAMED --enable-native-access=ALL-UNNAMED -Xss4m
      -Dload.baseUrl="$1" -Dload.users="$2" -Dload.rampSeconds="$3" -Dload.holdSeconds="$4" -Dload.resultFile="$5"
      -cp "$ROOT/target/test-classes:$(cat "$OUT/classpath.txt")"
      io.gatling.app.Gatling -s nl.werkbrug.bench.load.PortalSimulation -rf "$OUT/gatling" -rd "$6")
}

RUN_JAR=$JAR
AOT_OPTS=""
AOT_TEXT="no AOT cache (LOAD_AOT=0)"
if [ "$AOT" != 0 ]; then
  log "AOT cache: extracting the jar, then a training run of $AOT_USERS users for $AOT_SECONDS s, log $OUT/training-portal.log"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$OUT/app" >"$OUT/extract.log" 2>&1 \
    || fail "extracting the jar, see $OUT/extract.log"
  RUN_JAR="$OUT/app/$(basename "$JAR")"
  TRAINING_PORT=$(free_port)
  started=$(date +%s)
  simulation "http://127.0.0.1:$TRAINING_PORT" "$AOT_USERS" 30 "$AOT_SECONDS" "$OUT/training.tsv" training
  JAVA="$JAVA" AOT_TRAINING_PORT=$TRAINING_PORT AOT_TRAINING_JAVA_OPTIONS="$PORTAL_OPTS" \
      AOT_TRAINING_LOG="$OUT/training-portal.log" bash src/main/docker/aot-cache.sh "$RUN_JAR" "$OUT/app/app.aot" \
      bash -c '"$@" >"$0" 2>&1' "$OUT/gatling-training.log" "${SIMULATION[@]}" \
    || fail "the AOT cache's training run, see $OUT/training-portal.log and $OUT/gatling-training.log"
  AOT_OPTS="-XX:AOTCache=$OUT/app/app.aot"
  AOT_TEXT="AOT cache of a training run ($AOT_USERS users for $AOT_SECONDS s after a 30-s ramp, $(( $(date +%s) - started )) s with the cache's assembly, $(( $(stat -c %s "$OUT/app/app.aot") / 1048576 )) MB)"
fi

PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
log "starting the portal on $BASE (embedded PostgreSQL in $WORK/pg, demo data), log $OUT/portal.log"
# shellcheck disable=SC2086
"$JAVA" $PORTAL_OPTS $AOT_OPTS -jar "$RUN_JAR" --server.port="$PORT" --server.address=127.0.0.1 \
    --werkbrug.embedded-database.data-directory="$WORK/pg" >"$OUT/portal.log" 2>&1 &
PID=$!
for i in $(seq 1 900); do
  curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || { tail -20 "$OUT/portal.log" >&2; fail "the portal stopped during start-up"; }
  [ "$i" -lt 900 ] || fail "the portal did not answer on $BASE/actuator/health within 15 minutes"
  sleep 1
done
log "portal up (pid $PID)"

gatling() { # users hold-seconds result-file log-file description
  simulation "$BASE" "$1" "$RAMP" "$2" "$3" "$5"
  "${SIMULATION[@]}" >"$4" 2>&1 || fail "Gatling ($5), see $4"
  [ -f "$3" ] || fail "Gatling wrote no results ($5), see $4"
}

log "warm-up: $WARMUP_USERS users for $WARMUP_SECONDS s (not counted)"
gatling "$WARMUP_USERS" "$WARMUP_SECONDS" "$OUT/warmup.tsv" "$OUT/gatling-warmup.log" "warm-up"

ROWS=""
HELD=""
HELD_WHOLE=""
HELD_FILE=""
BROKEN=""
BROKEN_FILE=""
for n in $(levels); do
  heap0=$(heap_kb); histogram "before-$n"
  uis0=$(instances com.vaadin.flow.component.UI "$OUT/histogram-before-$n.txt")
  sessions0=$(instances com.vaadin.flow.server.VaadinSession "$OUT/histogram-before-$n.txt")
  log "level $n users: ramp ${RAMP} s, hold ${DURATION} s (heap $((heap0 / 1024)) MB, $uis0 UIs before)"
  cpu0=$(cpu_ms)
  gatling "$n" "$DURATION" "$OUT/level-$n.tsv" "$OUT/gatling-$n.log" "$n users"
  cpu1=$(cpu_ms)
  heap1=$(heap_kb); histogram "after-$n"
  uis1=$(instances com.vaadin.flow.component.UI "$OUT/histogram-after-$n.txt")
  sessions1=$(instances com.vaadin.flow.server.VaadinSession "$OUT/histogram-after-$n.txt")
  IFS=$'\t' read -r _ requests errors p50 p95 p99 max < <(tsv_all "$OUT/level-$n.tsv")
  p95_ramp=$(tsv_p95 "$OUT/level-$n.tsv" ramp); p95_hold=$(tsv_p95 "$OUT/level-$n.tsv" hold)
  duis=$((uis1 - uis0)); dsessions=$((sessions1 - sessions0))
  per_ui="-"; per_session="-"
  [ "$duis" -gt 0 ] && per_ui="$(( (heap1 - heap0) / duis )) KB"
  [ "$dsessions" -gt 0 ] && per_session="$(( (heap1 - heap0) / dsessions )) KB"
  # held: no error in the level and p95 <= 250 ms while all its users are at work (the hold); the ramp, where the
  # users arrive and log in, is judged beside it (ADR 0028)
  if [ "$errors" -eq 0 ] && [ -n "$p95_hold" ] && [ "$p95_hold" != "-" ] && [ "$p95_hold" -le 250 ]; then
    HELD=$n; HELD_FILE="$OUT/level-$n.tsv"
    if [ "$p95" != "-" ] && [ "$p95" -le 250 ]; then
      verdict="held, ramp included"; HELD_WHOLE=$n
    else
      verdict="held (not with the ramp: p95 $p95 ms)"
    fi
  else
    verdict="not held"; [ -z "$BROKEN" ] && { BROKEN=$n; BROKEN_FILE="$OUT/level-$n.tsv"; }
  fi
  # CPU per request, and the users two cores could carry at 70 % busy if the work per user stayed the same
  # (user-seconds: n users for the hold and on average half the ramp)
  cpu_per_request=$(awk -v c=$((cpu1 - cpu0)) -v r="$requests" 'BEGIN { printf "%.0f", r ? c / r : 0 }')
  estimate=$(awk -v c=$((cpu1 - cpu0)) -v n="$n" -v h="$DURATION" -v r="$RAMP" -v k="$(nproc)" \
      'BEGIN { us = n * (h + r / 2); printf "%.0f", c ? 0.7 * k * 1000 * us / c : 0 }')
  error_pct=$(awk -v e="$errors" -v r="$requests" 'BEGIN { printf "%.2f", r ? 100 * e / r : 0 }')
  ROWS="$ROWS| $n | $requests | $errors ($error_pct %) | $p50 | $p95 | $p95_ramp / $p95_hold | $p99 | $max | $((heap0 / 1024)) → $((heap1 / 1024)) MB | $duis UIs, $dsessions sessions | $per_ui | $per_session | $cpu_per_request | $estimate | $verdict |
"
  log "level $n: p95 $p95 ms, $errors errors of $requests, heap per UI $per_ui: $verdict"
  if [ "$verdict" = "not held" ] && [ -z "${LOAD_KEEP_GOING:-}" ]; then break; fi
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
STEAL=$(printf '%s %s' "$TICKS_BEFORE" "$(cpu_ticks)" | awk '{ t = $3 - $1; printf "%.1f", (t > 0) ? 100 * ($4 - $2) / t : 0 }')

{
  echo "### Load test, $(date -u '+%Y-%m-%d %H:%M') UTC"
  echo
  echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.1f GB RAM", $2 / 1048576 }' /proc/meminfo), $(uname -sr), $("$JAVA" -version 2>&1 | head -1);"
  echo "load average (1, 5, 15 min) before: $LOAD_BEFORE, after: $LOAD_AFTER; CPU time stolen by the hypervisor: $STEAL %."
  echo "Portal and Gatling share the machine; the portal's JVM options: \`$PORTAL_OPTS\`; $AOT_TEXT."
  echo "Command: \`bash bench/load.sh $USERS $DURATION\`; levels: $(levels | xargs); ramp $RAMP s, hold $DURATION s, think 2-5 s; warm-up $WARMUP_USERS users for $WARMUP_SECONDS s."
  echo
  echo "| users | requests | errors | p50 (ms) | p95 (ms) | p95 ramp / hold (ms) | p99 (ms) | max (ms) | heap in use after GC | new | heap per UI | heap per session | portal CPU per request (ms) | users at 70 % of $(nproc) cores (estimate) | verdict |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s' "$ROWS"
  echo
  held_text="no level"; [ -n "$HELD" ] && held_text="$HELD users"
  whole_text="no level"; [ -n "$HELD_WHOLE" ] && whole_text="$HELD_WHOLE users"
  broken_text="not reached"; [ -n "$BROKEN" ] && broken_text="$BROKEN users"
  echo "Held (no error, p95 ≤ 250 ms while all users work): $held_text; with the ramp's arrivals and logins included"
  echo "as well: $whole_text. Breaking point: $broken_text."
  if [ -n "$HELD_FILE" ]; then
    echo; echo "#### Per step at $HELD users (held)"; echo; steps_table "$HELD_FILE"
  fi
  if [ -n "$BROKEN_FILE" ]; then
    echo; echo "#### Per step at $BROKEN users (breaking point)"; echo; steps_table "$BROKEN_FILE"
  fi
  echo
  echo "Logs and Gatling's HTML reports: $OUT"
} >"$OUT/results.md"
cat "$OUT/results.md"
