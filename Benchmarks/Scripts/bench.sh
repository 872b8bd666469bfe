#!/usr/bin/env bash
# `make bench`: the package-benchmark suites, start-up, the side-by-side with the original
# Python gerrymander 1.5 through a local sshd, and the TUI timings. Results (markdown and JSON)
# go to .build-bench/results; BENCHMARKS.md explains them.
#
# Knobs: BENCH_RUNS (5), BENCH_CHANGES (2000, side-by-side), BENCH_TUI_CHANGES (20000),
# BENCH_SKIP="suites sidebyside tui startup" (any of them), BENCH_BASELINE=/path/to/an/older/gerrymander
# (measured beside the others as "before").
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
SWIFT=${SWIFT:-swift}
runs=${BENCH_RUNS:-5}
skip=" ${BENCH_SKIP:-} "
out=.build-bench/results
mkdir -p "$out"
say() { printf '\n== %s\n' "$*" >&2; }

say "building the shipped binaries (release, static Swift stdlib)"
nice $SWIFT build -c release --static-swift-stdlib --product gerrymander
nice $SWIFT build -c release --static-swift-stdlib --product gerrit-sim
bin=$root/.build/release

say "fixtures (generated once into Benchmarks/.build/fixtures)"
(cd Benchmarks && nice $SWIFT run -c release bench-fixtures)
fixtures=$root/Benchmarks/.build/fixtures

if [[ $skip != *" suites "* ]]; then
    say "package-benchmark suites"
    (cd Benchmarks && $SWIFT package --allow-writing-to-package-directory benchmark --no-progress) | tee "$out/suites.txt"
fi

# Python: the original in its own virtualenv; the harness's terminal emulator in another.
python=${PYTHON:-python3}
if [[ ! -x .build-bench/original/bin/gerrymander ]]; then
    say "installing gerrymander 1.5 into .build-bench/original"
    $python -m venv .build-bench/original
    .build-bench/original/bin/pip install -q gerrymander==1.5
fi
if [[ ! -x .build-bench/harness/bin/python ]] || ! .build-bench/harness/bin/python -c 'import pyte' 2>/dev/null; then
    say "installing the harness (pyte) into .build-bench/harness"
    $python -m venv .build-bench/harness
    .build-bench/harness/bin/pip install -q pyte
fi
harness=.build-bench/harness/bin/python

if [[ $skip != *" startup "* ]]; then
    say "start-up"
    mkdir -p .build-bench/empty
    printf '' > .build-bench/empty/main.swift
    [[ -x .build-bench/empty/empty-static ]] || swiftc -O -static-stdlib .build-bench/empty/main.swift -o .build-bench/empty/empty-static
    home=$(mktemp -d /tmp/gm-bench-home.XXXXXX)
    before=()
    [[ -n ${BENCH_BASELINE:-} ]] && before=("before: gerrymander --version=$BENCH_BASELINE --version")
    HOME=$home $harness Benchmarks/Scripts/startup.py \
        "empty Swift program (static stdlib)=.build-bench/empty/empty-static" \
        "${before[@]}" \
        "gerrymander --version=$bin/gerrymander --version" \
        "gerrymander --help=$bin/gerrymander --help" | tee "$out/startup.md"
    rm -rf "$home"
fi

if [[ $skip != *" sidebyside "* ]]; then
    say "side by side with gerrymander 1.5 (${BENCH_CHANGES:-2000} changes, $runs runs)"
    $harness Benchmarks/Scripts/side_by_side.py --gerrymander "$bin/gerrymander" \
        --original "$root/.build-bench/original/bin/gerrymander" --gerrit-sim "$bin/gerrit-sim" \
        --organization "$fixtures/organization.conf" --changes "${BENCH_CHANGES:-2000}" --runs "$runs" \
        ${BENCH_BASELINE:+--baseline "$BENCH_BASELINE"} \
        --json "$out/side-by-side.json" 2> >(tee "$out/side-by-side.log" >&2) | tee "$out/side-by-side.md"
fi

if [[ $skip != *" tui "* ]]; then
    say "TUI timings (${BENCH_TUI_CHANGES:-20000} changes)"
    idle=()
    # The idle-CPU measurement belongs to the run loop's own script when it exists.
    [[ -x Benchmarks/idle-cpu.sh ]] && idle=(--skip-idle)
    $harness Benchmarks/Scripts/tui_timing.py --gerrymander "$bin/gerrymander" --gerrit-sim "$bin/gerrit-sim" \
        --organization "$fixtures/organization-typical.conf" --changes "${BENCH_TUI_CHANGES:-20000}" \
        "${idle[@]}" --json "$out/tui.json" | tee "$out/tui.md"
    if [[ -x Benchmarks/idle-cpu.sh ]]; then
        say "idle CPU (Benchmarks/idle-cpu.sh)"
        # --no-build: measure the static binaries built above. Left to build, the script makes a
        # dynamically linked release build in the same .build/release, which replaces the shipped
        # binaries being measured and makes the next `make release` rebuild everything.
        Benchmarks/idle-cpu.sh --no-build | tee "$out/idle-cpu.txt"
    fi
fi
say "results in $out"
