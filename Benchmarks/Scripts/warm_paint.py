#!/usr/bin/env python3
"""Warm restarts of the triage UI, binaries interleaved: exec to the first screen with rows.

    warm_paint.py --gerrit-sim SIM --organization CONF --runs 8 BIN [BIN ...]

One local sshd and simulator (20,000 changes by default), one home: the first binary starts once
on an empty cache and is left to settle (every list fetched and stored), then each run starts
every binary in turn on that warm cache, waits for rows, lets it settle, and quits. Prints each
binary's median, min and max time to rows, its peak resident size, and how long its refresh of
every list took (exec until no tab is still refreshing). The loop of
tui_timing.py's warm restarts, for comparing builds (BENCHMARKS.md, fifth pass).
"""
import argparse
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_sshd import BenchSSHD  # noqa: E402
from pty_app import PtyApp  # noqa: E402
from tui_timing import app_env, has_rows, log, make_home, screen_log, settled  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gerrit-sim", required=True)
    parser.add_argument("--organization", required=True)
    parser.add_argument("--changes", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=8)
    parser.add_argument("--size", default="200x60")
    parser.add_argument("binaries", nargs="+")
    args = parser.parse_args()
    binaries = [os.path.abspath(b) for b in args.binaries]
    cols, rows = (int(x) for x in args.size.split("x"))
    with open(args.organization) as f:
        organization = f.read()
    hour = int(time.time()) // 3600 * 3600
    knobs = {"GERRIT_SIM_CHANGES": args.changes, "GERRIT_SIM_NOW": hour, "GERRIT_SIM_SEED": 42}
    with BenchSSHD(os.path.abspath(args.gerrit_sim), knobs) as sshd:
        env = app_env(make_home(sshd, organization))
        app = PtyApp([binaries[0]], env, cols, rows)
        app.wait_for(settled, 900) or screen_log(app, "never settled")
        app.drain(2)
        app.quit()
        times = {b: [] for b in binaries}
        peaks = {b: [] for b in binaries}
        settles = {b: [] for b in binaries}
        for run in range(args.runs):
            for binary in binaries:
                app = PtyApp([binary], env, cols, rows)
                at = app.wait_for(has_rows, 60) or screen_log(app, "no rows")
                done = app.wait_for(settled, 600) or screen_log(app, "never settled")
                if done:
                    settles[binary].append(done - app.started)
                app.drain(1.5)
                peaks[binary].append(app.proc_status("VmHWM"))
                app.quit()
                if at:
                    times[binary].append((at - app.started) * 1000)
                log(f"run {run + 1} {binary}: {times[binary][-1] if at else None} ms, peak {peaks[binary][-1]} MB")
    print(f"| binary | exec → rows, median (min–max) of {args.runs} | peak resident, median (min–max) | "
          "exec → every list refreshed, median |")
    print("|---|---:|---:|---:|")
    for binary in binaries:
        t, p, s = times[binary], peaks[binary], settles[binary]
        print(f"| {binary} | {statistics.median(t):.0f} ms ({min(t):.0f}–{max(t):.0f}) | "
              f"{statistics.median(p):.0f} MB ({min(p):.0f}–{max(p):.0f}) | "
              f"{statistics.median(s) if s else float('nan'):.1f} s |")


if __name__ == "__main__":
    main()
