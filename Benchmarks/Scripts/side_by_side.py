#!/usr/bin/env python3
"""Every CLI command of gerrymander and of the original Python gerrymander 1.5, side by side,
on the same simulated Gerrit behind the same local sshd.

For each command: cold (the cache folder removed before each run) and warm (one unmeasured run
fills the cache, then the measured runs read it), N runs each, tools interleaved so drift on a
shared machine hits both alike, each round starting with the next tool (whichever runs after the
original's Python finds the CPU caches cold). Per run: wall time, client CPU (user + system of the process and
every child it waited for: the original's `ssh` and `cat` children included) and peak RSS, all
from wait4(). Prints a markdown table of medians and ratios and writes the raw runs as JSON.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_sshd import BenchSSHD  # noqa: E402

COMMANDS = [
    ["changes"],
    ["todo-mine"],
    ["todo-others"],
    ["todo-anyones"],
    ["todo-noones"],
    ["todo-approvable"],
    ["todo-expirable"],
    ["patchreviewstats", "--all-groups"],
    ["patchreviewrate", "--all-groups"],
    ["openreviewstats", "--all-groups"],
    ["comments", "{change}"],
]


# Peak RSS is read by GNU time (Debian package `time`, which `make bench` installs), in one run
# of its own per tool, command and mode: a process forked from this script starts with the
# script's own resident size, and Linux keeps that as the floor of the exec'd tool's ru_maxrss
# (~30 MB here once the script has collected its runs, which hid every tool smaller than that).
# GNU time is small, so its child's peak is the tool's; it is kept out of the timed runs, whose
# CPU would include its own.
GNU_TIME = "/usr/bin/time"


def run_once(argv, env, cwd, peak_rss=False):
    """Runs argv to completion; returns wall seconds, CPU seconds, peak RSS in MB, exit status.

    The RSS is wait4's (floored at this script's size) unless `peak_rss` asks for GNU time's."""
    rss_file = None
    if peak_rss and os.access(GNU_TIME, os.X_OK):
        fd, rss_file = tempfile.mkstemp(prefix="gm-rss-")
        os.close(fd)
        argv = [GNU_TIME, "-f", "%M", "-o", rss_file] + list(argv)
    start = time.perf_counter()
    process = subprocess.Popen(argv, env=env, cwd=cwd, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # wait4 reports the child's usage including the children it reaped (ssh, cat; GNU time's one).
    stderr_fd = process.stderr
    err = stderr_fd.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    rss_mb = usage.ru_maxrss / 1024
    if rss_file:
        with open(rss_file) as f:
            lines = f.read().split()
        os.unlink(rss_file)
        # GNU time writes "Command exited with non-zero status N" before %M on a failure.
        if lines and lines[-1].isdigit():
            rss_mb = int(lines[-1]) / 1024
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "rss_mb": rss_mb,
        "status": process.returncode,
        "stderr": err.decode("utf-8", "replace")[-400:],
    }


class Tool:
    def __init__(self, name, argv0, home, env):
        self.name = name
        self.argv0 = argv0
        self.home = home
        self.env = env
        self.cache = os.path.join(home, ".gerrymander.d")

    def argv(self, command):
        return self.argv0 + command

    def clear_cache(self):
        shutil.rmtree(self.cache, ignore_errors=True)


def write_config(path, sshd, organization, cache_dir):
    with open(path, "w") as f:
        f.write(f"""[server]
hostname = 127.0.0.1
port = {sshd.port}
username = {sshd.user}
keyfile = {sshd.user_key}

[cache]
directory = {cache_dir}

""")
        f.write(organization)


def median(values):
    return statistics.median(values) if values else float("nan")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gerrymander", required=True, help="the gerrymander binary to measure")
    parser.add_argument("--original", required=True, help="the original's gerrymander script (in its virtualenv)")
    parser.add_argument("--baseline", help="an earlier gerrymander binary, measured alongside as 'before'")
    parser.add_argument("--gerrit-sim", required=True)
    parser.add_argument("--organization", required=True, help="the [organization] and [group-*] sections")
    parser.add_argument("--changes", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", action="append", help="run only these commands")
    parser.add_argument("--json", help="write every run here")
    args = parser.parse_args()
    # Every tool runs with its own home as the working directory, so a relative path given here
    # (BENCH_BASELINE=.build-bench/baseline/gerrymander) would not be found: make them absolute.
    for name in ("gerrymander", "original", "baseline", "gerrit_sim", "organization", "json"):
        if getattr(args, name):
            setattr(args, name, os.path.abspath(getattr(args, name)))

    with open(args.organization) as f:
        organization = f.read()
    hour = int(time.time()) // 3600 * 3600
    knobs = {"GERRIT_SIM_CHANGES": args.changes, "GERRIT_SIM_NOW": hour, "GERRIT_SIM_SEED": 42}
    results = []
    with BenchSSHD(args.gerrit_sim, knobs) as sshd:
        base = sshd.directory
        tools = []
        # gerrymander: libssh2 in process; known_hosts from $HOME/.ssh.
        home = os.path.join(base, "home-swift")
        os.makedirs(home + "/.ssh")
        shutil.copyfile(sshd.known_hosts, home + "/.ssh/known_hosts")
        write_config(home + "/.gerrymander", sshd, organization, home + "/.gerrymander.d/cache")
        env = {"HOME": home, "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "USER": sshd.user, "LANG": "C.UTF-8",
               "SSH_AUTH_SOCK": home + "/no-agent", "TERM": "dumb"}
        tools.append(Tool("gerrymander", [args.gerrymander], home, env))
        if args.baseline:
            home = os.path.join(base, "home-baseline")
            os.makedirs(home + "/.ssh")
            shutil.copyfile(sshd.known_hosts, home + "/.ssh/known_hosts")
            write_config(home + "/.gerrymander", sshd, organization, home + "/.gerrymander.d/cache")
            tools.append(Tool("before", [args.baseline], home, dict(env, HOME=home, SSH_AUTH_SOCK=home + "/no-agent")))
        # The original runs `ssh`, which reads ~/.ssh of the passwd entry, not $HOME: a wrapper on
        # PATH gives it this server's client config (one exec of /bin/sh, counted in its CPU).
        home = os.path.join(base, "home-python")
        os.makedirs(home + "/bin")
        sshd.ssh_config(home + "/ssh_config")
        with open(home + "/bin/ssh", "w") as f:
            f.write(f'#!/bin/sh\nexec /usr/bin/ssh -F {home}/ssh_config "$@"\n')
        os.chmod(home + "/bin/ssh", 0o755)
        write_config(home + "/.gerrymander", sshd, organization, home + "/.gerrymander.d/cache")
        env = {"HOME": home, "PATH": home + "/bin:" + os.environ.get("PATH", "/usr/bin:/bin"), "USER": sshd.user,
               "LANG": "C.UTF-8", "TERM": "dumb", "PYTHONDONTWRITEBYTECODE": "1"}
        tools.append(Tool("gerrymander 1.5", [args.original], home, env))

        change = first_change_number(tools[0], base)
        commands = [[word.replace("{change}", str(change)) for word in c] for c in COMMANDS]
        if args.only:
            commands = [c for c in commands if c[0] in args.only]
        for command in commands:
            name = " ".join(command)
            for mode in ("cold", "warm"):
                if mode == "warm":
                    for tool in tools:
                        tool.clear_cache()
                        run_once(tool.argv(command), tool.env, tool.home)
                for index in range(args.runs):
                    # Each round starts with the next tool: the one run right after the original's
                    # half second of Python found the CPU caches cold and paid for it (7 ms of
                    # 30 on `changes`, with the same instructions), so no tool may always be it.
                    for tool in tools[index % len(tools):] + tools[:index % len(tools)]:
                        if mode == "cold":
                            tool.clear_cache()
                        run = run_once(tool.argv(command), tool.env, tool.home)
                        run.update({"tool": tool.name, "command": name, "mode": mode, "run": index})
                        results.append(run)
                        print(f"{tool.name:16} {mode} {name:32} {run['wall']*1000:8.1f} ms wall "
                              f"{run['cpu']*1000:8.1f} ms cpu {run['rss_mb']:6.1f} MB exit {run['status']}",
                              file=sys.stderr, flush=True)
                        if run["status"] != 0:
                            print(f"    stderr: {run['stderr'][-300:]!r}", file=sys.stderr, flush=True)
                for tool in tools:
                    if mode == "cold":
                        tool.clear_cache()
                    peak = run_once(tool.argv(command), tool.env, tool.home, peak_rss=True)["rss_mb"]
                    for run in results:
                        if (run["tool"], run["command"], run["mode"]) == (tool.name, name, mode):
                            run["rss_mb"] = peak
                    print(f"{tool.name:16} {mode} {name:32} peak RSS {peak:6.1f} MB", file=sys.stderr, flush=True)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    print(table(results, [" ".join(c) for c in commands], args))


def first_change_number(tool, base):
    """A change every comments run can ask for: the newest open one."""
    out = subprocess.run(tool.argv(["changes", "--status", "open", "--limit", "1", "-m", "csv", "--field", "url"]),
                         env=tool.env, cwd=tool.home, capture_output=True, text=True)
    for token in out.stdout.replace("/", " ").replace(",", " ").split():
        if token.isdigit() and int(token) > 1000:
            return int(token)
    raise RuntimeError(f"no change number in: {out.stdout!r} {out.stderr!r}")


def table(results, commands, args):
    baseline = any(r["tool"] == "before" for r in results)
    lines = [f"Side by side, {args.changes} changes behind a local sshd, median of {args.runs} runs "
             "(× = gerrymander 1.5 ÷ gerrymander):", ""]
    if baseline:
        lines += ["| command | mode | wall 1.5 | wall before | wall now | × | CPU 1.5 | CPU before | CPU now | × | "
                  "peak RSS 1.5 / before / now | exit |",
                  "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    else:
        lines += ["| command | mode | wall 1.5 | wall now | × | CPU 1.5 | CPU now | × | peak RSS 1.5 / now | exit |",
                  "|---|---|---:|---:|---:|---:|---:|---:|---:|---|"]

    def pick(command, mode, tool):
        return [r for r in results if r["command"] == command and r["mode"] == mode and r["tool"] == tool]

    for command in commands:
        for mode in ("cold", "warm"):
            new, old, before = (pick(command, mode, t) for t in ("gerrymander", "gerrymander 1.5", "before"))
            if not new or not old:
                continue
            wall = {k: median([r["wall"] for r in v]) * 1000 for k, v in (("new", new), ("old", old), ("before", before)) if v}
            cpu = {k: median([r["cpu"] for r in v]) * 1000 for k, v in (("new", new), ("old", old), ("before", before)) if v}
            rss = {k: median([r["rss_mb"] for r in v]) for k, v in (("new", new), ("old", old), ("before", before)) if v}
            status = "/".join(str(max(r["status"] for r in v)) for v in (old, before, new) if v)
            if baseline and before:
                lines.append(f"| {command} | {mode} | {wall['old']:.0f} ms | {wall['before']:.0f} ms | {wall['new']:.1f} ms | "
                             f"{wall['old'] / wall['new']:.1f} | {cpu['old']:.0f} ms | {cpu['before']:.0f} ms | "
                             f"{cpu['new']:.1f} ms | {cpu['old'] / cpu['new']:.1f} | "
                             f"{rss['old']:.0f} / {rss['before']:.0f} / {rss['new']:.0f} MB | {status} |")
            else:
                lines.append(f"| {command} | {mode} | {wall['old']:.0f} ms | {wall['new']:.1f} ms | {wall['old'] / wall['new']:.1f} | "
                             f"{cpu['old']:.0f} ms | {cpu['new']:.1f} ms | {cpu['old'] / cpu['new']:.1f} | "
                             f"{rss['old']:.0f} / {rss['new']:.0f} MB | {status} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
