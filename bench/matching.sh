#!/usr/bin/env bash
# Ranking the pool for a vacancy (top 50 with the points per criterion) at 100,000 and 1,000,000 synthetic profiles
# (the pool benchmark's seeded generator and COPY loader), through Matching.candidatesFor as an employer's user
# against the best hand-written SQL computing the same score, in one run on the embedded PostgreSQL of the test
# profile: p50/p95/p99 over RUNS runs (default 200) after up to 30 unmeasured ones, whether both give the same 50,
# and EXPLAIN (ANALYZE, BUFFERS) of the hand-written SQL at the largest size.
# Usage: bash bench/matching.sh [runs] [sizes, e.g. 100000,1000000]   Prints the Markdown (also in
# target/bench/matching.md). Run it on a quiet machine.
exec bash "$(dirname "$0")/search-benchmark.sh" MatchingBenchmark matching "$@"
