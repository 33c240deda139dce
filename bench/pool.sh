#!/usr/bin/env bash
# The pool search at 100,000 and 1,000,000 synthetic profiles (seeded generator, COPY as the owner role), three
# typical searches through PoolSearch as a consultant and as an employer's user against the best hand-written SQL on
# the same indexes, in one run on the embedded PostgreSQL of the test profile: p50/p95/p99 over RUNS runs (default
# 200) after 30 unmeasured ones, and EXPLAIN (ANALYZE, BUFFERS) of the hand-written queries at 1,000,000.
# Usage: bash bench/pool.sh [runs] [sizes, e.g. 100000,1000000]   Prints the Markdown (also in target/bench/pool.md). Run it on a quiet machine.
# The loaded profiles stay in target/bench-postgres for the next run (delete the folder to load afresh).
# HOLD=true bash bench/pool.sh 10 1000000 stops after loading and keeps the JVM with its embedded PostgreSQL for
# EXPLAIN by hand (port: ps aux | grep bin/postgres; user postgres, database werkbrug); kill its JVM when done.
exec bash "$(dirname "$0")/search-benchmark.sh" PoolBenchmark pool "$@"
