#!/usr/bin/env python3
"""Process start-up: median wall time of running each command many times, after a warm-up.

The floor to read them against is an empty Swift program linked the same way (static stdlib):
whatever a command costs above it is its own start-up work.
"""
import argparse
import statistics
import subprocess
import sys
import time


def measure(argv, runs, warmup):
    for _ in range(warmup):
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("command", nargs="+", help="LABEL=COMMAND (split on spaces)")
    args = parser.parse_args()
    lines = [f"Start-up, median of {args.runs} runs (min):", "", "| program | median | min |", "|---|---:|---:|"]
    for item in args.command:
        label, _, command = item.partition("=")
        median, fastest = measure(command.split(), args.runs, args.warmup)
        lines.append(f"| {label} | {median:.2f} ms | {fastest:.2f} ms |")
        print(f"startup: {label}: {median:.2f} ms", file=sys.stderr, flush=True)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
