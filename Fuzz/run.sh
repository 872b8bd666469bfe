#!/usr/bin/env bash
# Builds the fuzz targets with coverage and AddressSanitizer, seeds each corpus from the
# repository's own samples, and runs each target for SECONDS. Prints executions and findings
# per target; exits 1 when any target found a crash (its input is kept under .build-fuzz).
# Usage: Fuzz/run.sh SECONDS TARGET...
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}; shift
targets=("$@")
work=.build-fuzz
swiftc_path=$(command -v swiftc)
runtime=$(ls "$(dirname "$(readlink -f "$swiftc_path")")"/../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a 2>/dev/null | head -1)
if [ -z "$runtime" ]; then
  echo "make fuzz: libclang_rt.fuzzer_no_main not found next to $swiftc_path (it ships with the Swift toolchain)" >&2
  exit 2
fi
mkdir -p "$work"
echo "Building the fuzz targets (coverage + AddressSanitizer)…"
swift build --package-path Fuzz --scratch-path "$work/build" -c debug \
  -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp \
  -Xlinker "$runtime" -Xlinker -lstdc++ >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 2; }
bin=$(swift build --package-path Fuzz --scratch-path "$work/build" -c debug --show-bin-path)

# One seed file per line of the real Gerrit samples.
seed_lines() { # target, files...
  local dir="$work/corpus/$1"; shift
  mkdir -p "$dir"
  local n=0
  for file in "$@"; do
    while IFS= read -r line || [ -n "$line" ]; do
      n=$((n + 1)); printf '%s' "$line" >"$dir/seed-$n"
    done <"$file"
  done
}
seed_files() { # target, files...
  local dir="$work/corpus/$1"; shift
  mkdir -p "$dir"
  for file in "$@"; do cp "$file" "$dir/seed-$(basename "$file")"; done
}
# Every multi-line string literal of the diff tests (git's diff text, the samples the golden
# screens draw), its indentation removed, one seed each; and real `git diff` output: the
# last commits of this repository (when it is a git checkout), each cut at 16 KB.
seed_diffs() { # target, swift files...
  local dir="$work/corpus/$1"; shift
  mkdir -p "$dir"
  for file in "$@"; do
    awk -v dir="$dir" -v base="$(basename "$file" .swift)" '
      inside && /^[ \t]*"""/ { inside = 0; close(out); next }
      !inside && /"""#?$/ { inside = 1; n++; out = dir "/seed-" base "-" n; printf "" >out; indent = -1; next }
      inside {
        if (indent < 0) { match($0, /^[ \t]*/); indent = RLENGTH }
        print substr($0, indent + 1) >out
      }' "$file"
  done
  local commit
  for commit in $(git log -n 30 --format=%h 2>/dev/null); do
    git show --format= "$commit" 2>/dev/null | head -c 16384 >"$dir/seed-git-$commit"
    [ -s "$dir/seed-git-$commit" ] || rm -f "$dir/seed-git-$commit"  # a merge shows no diff
  done
}
samples=Tests/Fixtures/gerrit-real
seed_lines FuzzQueryRows "$samples"/query-*.jsonl "$samples"/edge-*.jsonl
seed_lines FuzzEvents "$samples"/events-*.jsonl "$samples"/edge-*.jsonl
seed_diffs FuzzDiff Tests/GerritModelTests/Diff/UnifiedDiffParserTests.swift Tests/TUITests/Support/SampleDiff.swift \
  Tests/OutputTests/DiffTextLayoutTests.swift Tests/ReportsTests/Diff/DiffDocumentTests.swift
seed_files FuzzINI gerrymander.conf.example Tests/Fixtures/gerrymander-1.5-example.conf
seed_files FuzzSettings gerrymander.conf.example Tests/Fixtures/gerrymander-1.5-example.conf
seed_files FuzzTheme themes/*.theme
mkdir -p "$work/corpus/FuzzKeyNames"
for name in j q C-r Enter PgDn PgUp F5 F12 S-Tab Space M-x ctrl-a %% esc up Home "+" "/"; do
  printf '%s' "$name" >"$work/corpus/FuzzKeyNames/seed-$(printf '%s' "$name" | od -An -tx1 | tr -d ' \n')"
done

mkdir -p "$work/findings"
failed=0
printf '\n%-15s %12s %10s  %s\n' target executions corpus result
for target in "${targets[@]}"; do
  log="$work/$target.log"
  "$bin/$target" -max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$work/findings/$target-" "$work/corpus/$target" >"$log" 2>&1
  status=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  corpus=$(ls "$work/corpus/$target" | wc -l)
  if [ $status -eq 0 ]; then
    result="no findings"
  else
    result="FINDING (see $log and $work/findings/$target-*)"
    failed=1
  fi
  printf '%-15s %12s %10s  %s\n' "$target" "${runs:-?}" "$corpus" "$result"
done
exit $failed
