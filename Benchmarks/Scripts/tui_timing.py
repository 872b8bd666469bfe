#!/usr/bin/env python3
"""Times the triage UI in a real pseudo-terminal against gerrit-sim behind a local sshd.

1. First start (empty cache): exec to the first screen with rows, and until every list is in.
2. Warm restarts: exec to the first screen with rows (painted from the cache), resident size
   after 3 s, peak resident size.
3. Key-to-frame latency while the server streams 1,000 events a second: a cursor key, then the
   time until a screen with the cursor on another change has arrived. By default the keys go
   out on a schedule while only their arrival times are kept, and the screens are parsed after
   the run (`--harness offline`): parsing 20 frames a second as they come took a fifth of a
   core beside the UI. `--harness online` parses as they arrive, as earlier passes did. Twice (unless
   --server-priority says one): with sshd and the simulator at normal priority, sharing the two
   cores with the UI, and at SCHED_IDLE, where they get only what the UI leaves (the nearest
   this machine comes to a server on another machine). The keys go out on a schedule while
   only the arrival times of the bytes are kept, and the screens are parsed after the run
   (`--harness offline`, the default): parsing 20 frames a second as they came took a fifth of
   a core beside the UI. `--harness online` parses them as they arrive, as earlier passes did.
4. Idle CPU over 30 s (unless --skip-idle: `make bench` runs Benchmarks/idle-cpu.sh instead when
   it exists).

The terminal is a pty followed by pyte, not tmux: tmux's capture-pane costs a process per look
and its own redraw delay, too coarse for a 16 ms target. Times are arrival times of the bytes.
"""
import argparse
import json
import os
import random
import re
import shutil
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_sshd import BenchSSHD  # noqa: E402
from pty_app import PtyApp  # noqa: E402

SELECTED = re.compile(r"▶\s*(\d+)")


def selected_change(lines):
    for line in lines:
        match = SELECTED.search(line)
        if match:
            return int(match.group(1))
    return None


def has_rows(lines):
    return selected_change(lines) is not None


def settled(lines):
    """Every list loaded (no tab count still "…", no refresh running) and the feed live."""
    return (len(lines) > 1 and "live" in lines[0] and "refreshing" not in lines[0] and "…" not in lines[1]
            and has_rows(lines))


def percentile(values, p):
    values = sorted(values)
    if not values:
        return float("nan")
    k = min(len(values) - 1, max(0, int(round(p / 100 * (len(values) - 1)))))
    return values[k]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gerrymander", required=True)
    parser.add_argument("--gerrit-sim", required=True)
    parser.add_argument("--organization", required=True)
    parser.add_argument("--changes", type=int, default=20000)
    parser.add_argument("--latency-changes", type=int, default=2000,
                        help="dataset of the key-to-frame run (each change an event announces is fetched alone,"
                             " and the simulator rebuilds its dataset for every such query)")
    parser.add_argument("--restarts", type=int, default=5)
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--burst", type=int, default=10000,
                        help="events the simulator sends at once for the burst measurement (0 skips it)")
    parser.add_argument("--skip-idle", action="store_true")
    parser.add_argument("--only-burst", action="store_true", help="measure the burst alone")
    parser.add_argument("--server-priority", choices=["both", "normal", "idle"], default="both",
                        help="the key-to-frame run's server: beside the UI, at SCHED_IDLE, or both")
    parser.add_argument("--only-keys", action="store_true", help="measure key-to-frame alone")
    parser.add_argument("--harness", choices=["offline", "online"], default="offline",
                        help="key-to-frame: parse the screens after the run (offline) or as they arrive")
    parser.add_argument("--size", default="200x60")
    parser.add_argument("--json")
    args = parser.parse_args()
    # The app and the simulator run from temporary folders: relative paths would not resolve.
    for name in ("gerrymander", "gerrit_sim", "organization", "json"):
        if getattr(args, name):
            setattr(args, name, os.path.abspath(getattr(args, name)))
    cols, rows = (int(x) for x in args.size.split("x"))
    with open(args.organization) as f:
        organization = f.read()
    hour = int(time.time()) // 3600 * 3600
    results = {}

    if args.only_burst:
        print(json.dumps(keys_during_burst(args)))
        return
    priorities = ["normal", "idle"] if args.server_priority == "both" else [args.server_priority]
    if args.only_keys:
        for priority in priorities:
            results[f"key_to_frame_{priority}"] = key_to_frame(args, organization, hour, cols, rows, priority)
        print(json.dumps(results))
        return
    knobs = {"GERRIT_SIM_CHANGES": args.changes, "GERRIT_SIM_NOW": hour, "GERRIT_SIM_SEED": 42}
    with BenchSSHD(args.gerrit_sim, knobs) as sshd:
        home = make_home(sshd, organization)
        env = app_env(home)
        argv = [args.gerrymander]

        log(f"first start against {args.changes} changes (empty cache)")
        app = PtyApp(argv, env, cols, rows)
        rows_at = app.wait_for(has_rows, 600) or screen_log(app, "no rows")
        done_at = app.wait_for(settled, 600) or screen_log(app, "never settled")
        app.drain(3)
        results["first_start"] = {
            "rows_s": (rows_at - app.started) if rows_at else None,
            "settled_s": (done_at - app.started) if done_at else None,
            "rss_mb": app.proc_status("VmRSS"), "hwm_mb": app.proc_status("VmHWM"),
        }
        app.quit()
        log(f"  {results['first_start']}")

        warm = []
        for index in range(args.restarts):
            app = PtyApp(argv, env, cols, rows)
            rows_at = app.wait_for(has_rows, 60) or screen_log(app, "no rows")
            app.drain(max(0.0, 3 - (time.perf_counter() - app.started)))
            rss3 = app.proc_status("VmRSS")
            app.wait_for(settled, 600) or screen_log(app, "never settled")
            app.drain(2)
            run = {"rows_ms": (rows_at - app.started) * 1000 if rows_at else None, "rss_3s_mb": rss3,
                   "settled_rss_mb": app.proc_status("VmRSS"), "hwm_mb": app.proc_status("VmHWM")}
            if index == 0 and not args.skip_idle:
                # Idle: lists loaded, feed live at the simulator's default 6 events a minute.
                before, start = app.cpu_seconds(), time.perf_counter()
                app.drain(30)
                run["idle_cpu_percent"] = (app.cpu_seconds() - before) / (time.perf_counter() - start) * 100
            app.quit()
            warm.append(run)
            log(f"  warm restart {index + 1}: {run}")
        results["warm"] = warm

    for priority in priorities:
        results[f"key_to_frame_{priority}"] = key_to_frame(args, organization, hour, cols, rows, priority)

    if args.burst:
        results["burst"] = keys_during_burst(args)
        log(f"  {results['burst']}")

    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    print(markdown(results, args))


def key_to_frame(args, organization, hour, cols, rows, priority):
    """Key-to-frame under 1,000 events a second, on a dataset whose per-query cost the simulator
    can bear; `priority` "idle" runs sshd and the simulator at SCHED_IDLE."""
    knobs = {"GERRIT_SIM_CHANGES": args.latency_changes, "GERRIT_SIM_NOW": hour, "GERRIT_SIM_SEED": 42,
             "GERRIT_SIM_EVENT_RATE": 60000}
    with BenchSSHD(args.gerrit_sim, knobs, idle=priority == "idle") as sshd:
        home = make_home(sshd, organization)
        env = app_env(home)
        log(f"key-to-frame, {args.latency_changes} changes, 1,000 events/s, server at {priority} priority")
        # Fill the cache and let the fetch burst (changes the events announce) pass first.
        app = PtyApp([args.gerrymander], env, cols, rows)
        app.wait_for(settled, 300) or screen_log(app, "never settled")
        app.drain(20)
        cpu, start = app.cpu_seconds(), time.perf_counter()
        if args.harness == "online":
            latencies, missed = keys_online(app, args.keys)
            cpu_percent = (app.cpu_seconds() - cpu) / (time.perf_counter() - start) * 100
        else:
            sends, chunks = record_keys(app, args.keys)
            cpu_percent = (app.cpu_seconds() - cpu) / (time.perf_counter() - start) * 100
            latencies, missed = replay_keys(app, sends, chunks)
        result = {
            "server_priority": priority, "harness": args.harness, "samples": len(latencies), "missed": missed,
            "unparsed_chunks": app.parse_errors,
            "p50_ms": percentile(latencies, 50), "p90_ms": percentile(latencies, 90),
            "p99_ms": percentile(latencies, 99), "max_ms": max(latencies) if latencies else None,
            # The app's own CPU while the keys ran: it stays near the shared run's when the idle
            # server still delivers the events.
            "cpu_percent_during": cpu_percent,
        }
        app.quit()
        log(f"  {result}")
        return result


def keys_online(app, count):
    """Each key's frame found as it arrives: the emulator parses every frame while the UI runs,
    taking its share of the two cores (about a fifth of one at 20 frames a second)."""
    latencies, missed, direction = [], 0, b"j"
    for index in range(count):
        app.drain(random.uniform(0.03, 0.08))
        before = selected_change(app.screen.display)
        sent = app.send(direction)
        arrived = app.wait_for(lambda lines: selected_change(lines) not in (None, before), 1.0)
        if arrived is None:
            missed += 1
            direction = b"k" if direction == b"j" else b"j"
            continue
        latencies.append((arrived - sent) * 1000)
        if index % 25 == 24:
            direction = b"k" if direction == b"j" else b"j"
    return latencies, missed


def record_keys(app, count, gap=(0.15, 0.25)):
    """Keys sent on a schedule while the reader thread only timestamps what arrives; the screens
    are parsed after the run (`replay_keys`). The UI then shares the cores with nothing of the harness's but a
    read per chunk. Twenty-five keys down, twenty-five up, from the top of a long list; a key
    whose frame has not arrived before the next key is sent counts as missed."""
    app.drain(0.2)
    sends, direction = [], b"j"
    for index in range(count):
        time.sleep(random.uniform(*gap))
        sends.append(app.send(direction))
        if index % 25 == 24:
            direction = b"k" if direction == b"j" else b"j"
    time.sleep(max(gap))
    with app.cond:
        chunks, app.chunks = app.chunks, []
    return sends, chunks


def replay_keys(app, sends, chunks):
    """The screens of `record_keys` parsed in order: each key's time to the first chunk after
    which the cursor is on another change."""
    latencies, missed, position = [], 0, 0
    for index, sent in enumerate(sends):
        until = sends[index + 1] if index + 1 < len(sends) else float("inf")
        while position < len(chunks) and chunks[position][0] < sent:
            app.parse(chunks[position][1])
            position += 1
        before = selected_change(app.screen.display)
        arrived = None
        while position < len(chunks) and chunks[position][0] < until:
            stamp, data = chunks[position]
            app.parse(data)
            position += 1
            now = selected_change(app.screen.display)
            if arrived is None and now not in (None, before):
                arrived = stamp
        if arrived is None:
            missed += 1
            log(f"  key {index + 1}: no frame with the cursor off {before} within {(until - sent) * 1000:.0f} ms")
        else:
            latencies.append((arrived - sent) * 1000)
    return latencies, missed


def keys_during_burst(args):
    """Issue G, item 4: keys while a burst of `args.burst` events arrives at once.

    The world of `make load`'s burst test (400 changes, the simulator's state file kept so later
    answers show what the burst did), at 80x24 on the Anyone's tab; for 20 s from the start of
    the feed, a cursor key every 100 ms and the time until the cursor row moved. The pty is
    read directly: tmux's capture-pane (the test's way) costs a process per look and adds its
    own redraw delay, which the test's figures include.
    """
    state = os.path.join(os.path.abspath(os.path.dirname(args.json or ".")), f".burst-state-{os.getpid()}.json")
    knobs = {"GERRIT_SIM_CHANGES": 400, "GERRIT_SIM_NOW": 1764000000, "GERRIT_SIM_EVENT_RATE": "0.01",
             "GERRIT_SIM_STATE": state, "GERRIT_SIM_EVENT_BURST": args.burst, "GERRIT_SIM_EVENT_BURST_DELAY_MS": 4000}
    log(f"keys during a burst of {args.burst} events (400 changes, 80x24)")
    try:
        with BenchSSHD(args.gerrit_sim, knobs) as sshd:
            home = make_home(sshd, "")
            app = PtyApp([args.gerrymander], app_env(home), 80, 24)
            app.wait_for(has_rows, 120) or screen_log(app, "no rows")
            latencies, missed, direction = [], 0, b"j"
            start = time.perf_counter()
            cpu = app.cpu_seconds()
            while time.perf_counter() - start < 20:
                before = selected_change(app.screen.display)
                sent = app.send(direction)
                arrived = app.wait_for(lambda lines: selected_change(lines) not in (None, before), 5.0)
                if arrived is None:
                    missed += 1
                else:
                    latencies.append((arrived - sent) * 1000)
                direction = b"k" if direction == b"j" else b"j"
                app.drain(0.1)
            cpu = (app.cpu_seconds() - cpu) / (time.perf_counter() - start) * 100
            app.quit()
    finally:
        for path in (state, state + ".lock"):
            if os.path.exists(path):
                os.remove(path)
    return {"events": args.burst, "samples": len(latencies), "missed": missed,
            "p50_ms": percentile(latencies, 50), "p90_ms": percentile(latencies, 90),
            "p99_ms": percentile(latencies, 99), "max_ms": max(latencies) if latencies else None,
            "app_cpu_percent": cpu}


def make_home(sshd, organization):
    home = os.path.join(sshd.directory, "home")
    os.makedirs(home + "/.ssh", exist_ok=True)
    shutil.copyfile(sshd.known_hosts, home + "/.ssh/known_hosts")
    with open(home + "/.gerrymander", "w") as f:
        f.write(f"""[server]
hostname = 127.0.0.1
port = {sshd.port}
username = {sshd.user}
keyfile = {sshd.user_key}

""")
        f.write(organization)
        # "Me" is the ssh login, who reviews nothing in the simulator: open on a list that has rows.
        f.write("\n[tui]\ntabs = anyones, noones, others, mine, approvable, expirable\n")
    return home


def app_env(home):
    return {"HOME": home, "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "TERM": "xterm-256color",
            "LANG": "C.UTF-8", "SSH_AUTH_SOCK": home + "/no-agent", "USER": os.environ.get("USER", "root")}


def screen_log(app, why):
    """Logs the top of the screen when a wait timed out; returns None (no time)."""
    log(f"{why}; the screen shows:")
    for line in app.screen.display[:4]:
        log("  |" + line.rstrip())
    return None


def log(text):
    print(f"tui: {text}", file=sys.stderr, flush=True)


def fmt(value, unit, digits=0):
    return "–" if value is None else f"{value:.{digits}f} {unit}"


def markdown(results, args):
    first = results["first_start"]
    warm = results["warm"]
    rows_ms = [w["rows_ms"] for w in warm if w["rows_ms"] is not None]
    lines = [f"TUI at {args.size} in a pty, {args.changes} changes behind a local sshd:", "",
             "| measurement | value |", "|---|---:|",
             f"| first start, empty cache: exec → rows | {fmt(first['rows_s'], 's', 1)} |",
             f"| first start: exec → every list loaded, live | {fmt(first['settled_s'], 's', 1)} |",
             f"| first start: resident after loading / peak | {fmt(first['rss_mb'], 'MB')} / {fmt(first['hwm_mb'], 'MB')} |",
             f"| warm restart: exec → first screen with rows (median of {len(rows_ms)}; min–max) | "
             f"{fmt(statistics.median(rows_ms) if rows_ms else None, 'ms', 1)} "
             f"({fmt(min(rows_ms) if rows_ms else None, '', 1)}–{fmt(max(rows_ms) if rows_ms else None, 'ms', 1)}) |",
             f"| warm restart: resident after 3 s (median) | {fmt(statistics.median(w['rss_3s_mb'] for w in warm), 'MB')} |",
             f"| warm restart: peak resident (median) | {fmt(statistics.median(w['hwm_mb'] for w in warm), 'MB')} |"]
    for priority in ("normal", "idle"):
        keys = results.get(f"key_to_frame_{priority}")
        if not keys:
            continue
        where = "beside the UI" if priority == "normal" else "at idle priority"
        lines.append(f"| key → frame, 1,000 events/s, {args.latency_changes} changes, server {where}: "
                     f"p50 / p90 / p99 / max ({keys['samples']} keys, {keys['missed']} missed; UI CPU "
                     f"{keys['cpu_percent_during']:.0f} %) | {fmt(keys['p50_ms'], 'ms', 1)} / {fmt(keys['p90_ms'], 'ms', 1)} / "
                     f"{fmt(keys['p99_ms'], 'ms', 1)} / {fmt(keys['max_ms'], 'ms', 1)} |")
    burst = results.get("burst")
    if burst:
        lines.append(f"| keys during a burst of {burst['events']:,} events (400 changes, 80x24): p50 / p90 / p99 / max "
                     f"({burst['samples']} keys, {burst['missed']} missed) | {fmt(burst['p50_ms'], 'ms', 1)} / "
                     f"{fmt(burst['p90_ms'], 'ms', 1)} / {fmt(burst['p99_ms'], 'ms', 1)} / {fmt(burst['max_ms'], 'ms', 1)} |")
    idle = [w.get("idle_cpu_percent") for w in warm if w.get("idle_cpu_percent") is not None]
    if idle:
        lines.append(f"| idle CPU over 30 s (lists loaded, feed live) | {idle[0]:.1f} % of a core |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
