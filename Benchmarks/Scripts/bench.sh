#!/usr/bin/env bash
# `make bench`: the package-benchmark suites. Results go to .build-bench/results.
#
# Knobs: BENCH_SKIP="suites" to only build and write the fixtures.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
SWIFT=${SWIFT:-swift}
skip=" ${BENCH_SKIP:-} "
out=.build-bench/results
mkdir -p "$out"
say() { printf '\n== %s\n' "$*" >&2; }

say "fixtures (generated once into Benchmarks/.build/fixtures)"
(cd Benchmarks && nice $SWIFT run -c release bench-fixtures)
fixtures=$root/Benchmarks/.build/fixtures

if [[ $skip != *" suites "* ]]; then
    say "package-benchmark suites"
    (cd Benchmarks && $SWIFT package --allow-writing-to-package-directory benchmark --no-progress) | tee "$out/suites.txt"
fi

say "results in $out"
