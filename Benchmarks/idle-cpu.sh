#!/usr/bin/env bash
# Idle CPU of the triage UI: how much of one core gerrymander uses while nobody types and the
# server's event feed is quiet.
#
# Builds release, starts the UI in a private tmux server (80×24 by default), waits for it to
# settle, then samples utime+stime of the process from /proc/PID/stat over a window and prints
# the percentage of one core. A benchmark, not a test: the number depends on the machine.
#
#   Benchmarks/idle-cpu.sh [--mode sshd|demo] [--seconds 30] [--warmup 5] [--size 80x24]
#                          [--event-rate 0] [--package-path DIR] [--no-build]
#
# --mode sshd (default when /usr/sbin/sshd exists): a private OpenSSH sshd on loopback whose
#   ForceCommand is the release gerrit-sim with GERRIT_SIM_EVENT_RATE set to --event-rate,
#   reached over libssh2 as a user with a real server would.
# --mode demo: `gerrymander --demo` with GERRYMANDER_DEMO_EVENT_RATE set to --event-rate (older
#   builds ignore the variable and keep the demo's 6 events a minute).
# --event-rate: live events per minute; 0 (the default) is a quiet feed (the simulator then
#   sends about one event per thousand minutes).
# --package-path: measure another checkout (e.g. an older commit, for a before/after).
set -euo pipefail

mode=""
seconds=30
warmup=5
size=80x24
rate=0
build=1
package="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

while [ $# -gt 0 ]; do
  case "$1" in
    --mode) mode="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --size) size="$2"; shift 2 ;;
    --event-rate) rate="$2"; shift 2 ;;
    --package-path) package="$(cd "$2" && pwd)"; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "idle-cpu: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
if [ -z "$mode" ]; then
  if [ -x /usr/sbin/sshd ]; then mode=sshd; else mode=demo; fi
fi
case "$mode" in sshd|demo) ;; *) echo "idle-cpu: --mode is sshd or demo" >&2; exit 2 ;; esac
width="${size%x*}"
height="${size#*x}"
command -v tmux >/dev/null || { echo "idle-cpu: tmux is not installed" >&2; exit 2; }

cd "$package"
if [ "$build" = 1 ]; then
  # One product per invocation: `swift build` takes a single --product.
  swift build -c release --product gerrymander >&2
  [ "$mode" = sshd ] && swift build -c release --product gerrit-sim >&2
fi
bin="$(swift build -c release --show-bin-path)"
[ -x "$bin/gerrymander" ] || { echo "idle-cpu: no $bin/gerrymander (drop --no-build)" >&2; exit 2; }

work="$(mktemp -d /tmp/gm-idle-cpu.XXXXXX)"
socket="gm-idle-$$"
sshd_pid=""
cleanup() {
  tmux -L "$socket" kill-server 2>/dev/null || true
  [ -n "$sshd_pid" ] && kill "$sshd_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

home="$work/home"
mkdir -p "$home/.ssh"
env_args=(env "HOME=$home" "LANG=C.UTF-8" "TERM=tmux-256color")
if [ "$mode" = sshd ]; then
  [ -x "$bin/gerrit-sim" ] || { echo "idle-cpu: no $bin/gerrit-sim (drop --no-build)" >&2; exit 2; }
  mkdir -p /run/sshd 2>/dev/null || true
  ssh-keygen -q -t ed25519 -N '' -f "$work/host_ed25519"
  ssh-keygen -q -t ed25519 -N '' -f "$work/user_ed25519"
  cp "$work/user_ed25519.pub" "$work/authorized_keys"
  chmod 600 "$work/authorized_keys"
  # A port nothing answers on (a refused connection means free).
  port=""
  for _ in $(seq 50); do
    candidate=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
  done
  [ -n "$port" ] || { echo "idle-cpu: no free port on 127.0.0.1" >&2; exit 1; }
  user="$(id -un)"
  cat > "$work/force-command.sh" <<EOF
#!/bin/sh
export GERRIT_SIM_USER=demo GERRIT_SIM_CHANGES=120 GERRIT_SIM_EVENT_RATE=$rate
exec '$bin/gerrit-sim'
EOF
  chmod 755 "$work/force-command.sh"
  cat > "$work/sshd_config" <<EOF
Port $port
ListenAddress 127.0.0.1
HostKey $work/host_ed25519
PidFile $work/sshd.pid
AuthorizedKeysFile $work/authorized_keys
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
PermitRootLogin prohibit-password
AllowUsers $user
ForceCommand $work/force-command.sh
SetEnv SHLVL=1
PrintMotd no
PrintLastLog no
UseDNS no
LogLevel INFO
EOF
  /usr/sbin/sshd -D -e -f "$work/sshd_config" 2>"$work/sshd.log" &
  sshd_pid=$!
  for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
  done
  echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$work/host_ed25519.pub")" > "$home/.ssh/known_hosts"
  cat > "$home/gerrymander.conf" <<EOF
[server]
hostname = 127.0.0.1
port = $port
username = $user
keyfile = $work/user_ed25519
EOF
  ui=("${env_args[@]}" "SSH_AUTH_SOCK=$home/no-agent" "$bin/gerrymander" -c "$home/gerrymander.conf")
else
  ui=("${env_args[@]}" "GERRYMANDER_DEMO_EVENT_RATE=$rate" "$bin/gerrymander" --demo)
fi

printf 'set -g status off\nset -g remain-on-exit on\n' > "$work/tmux.conf"
# `env` execs gerrymander, so the pane's process is the UI itself.
tmux -L "$socket" -f "$work/tmux.conf" new-session -d -s idle -x "$width" -y "$height" "${ui[@]}"
pid="$(tmux -L "$socket" list-panes -t idle -F '#{pane_pid}')"

sleep "$warmup"
if ! kill -0 "$pid" 2>/dev/null; then
  echo "idle-cpu: gerrymander exited during the warm-up; its screen:" >&2
  tmux -L "$socket" capture-pane -p -t idle >&2 || true
  exit 1
fi
status_line="$(tmux -L "$socket" capture-pane -p -t idle | head -1)"

ticks() {
  # Fields after "(comm)": state is 3, utime 14, stime 15 (man 5 proc); comm may hold spaces.
  local stat
  stat="$(cat "/proc/$1/stat")"
  stat="${stat##*) }"
  set -- $stat
  echo $(( ${12} + ${13} ))
}
hz="$(getconf CLK_TCK)"
start_ticks="$(ticks "$pid")"
start_ns="$(date +%s%N)"
sleep "$seconds"
end_ticks="$(ticks "$pid")"
end_ns="$(date +%s%N)"

threads="$(ls "/proc/$pid/task" | wc -l)"
awk -v t=$((end_ticks - start_ticks)) -v hz="$hz" -v ns=$((end_ns - start_ns)) -v mode="$mode" \
    -v size="$size" -v rate="$rate" -v threads="$threads" -v line="$status_line" 'BEGIN {
  wall = ns / 1e9; cpu = t / hz
  printf "mode=%s size=%s events/min=%s window=%.1fs cpu=%.2fs threads=%d\n", mode, size, rate, wall, cpu, threads
  printf "status bar: %s\n", line
  printf "idle CPU: %.2f%% of one core\n", 100 * cpu / wall
}'
