"""A private OpenSSH sshd on 127.0.0.1 that runs gerrit-sim for every session.

The same set-up as the test suites' TestSSHD (Sources/GerritClientTestSupport/SSHD/TestSSHD.swift):
a fresh temp folder with an ed25519 host key and user key, a free port found by binding port 0,
`ForceCommand` running a wrapper that exports the simulator's knobs and execs gerrit-sim.
Everything is removed by close() (also on exceptions and Ctrl-C through the context manager).
"""
import os
import shlex
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import pwd

SSHD = "/usr/sbin/sshd"


class BenchSSHD:
    def __init__(self, gerrit_sim, knobs, prefix="gm-bench-", idle=False):
        """`idle`: sshd, its sessions and the simulator run at SCHED_IDLE, getting only the CPU
        nothing else wants: the nearest this machine comes to a server on another machine."""
        self.directory = tempfile.mkdtemp(prefix=prefix)
        self.process = None
        self.idle = idle
        try:
            self._start(gerrit_sim, knobs)
        except BaseException:
            self.close()
            raise

    def _start(self, gerrit_sim, knobs):
        base = self.directory
        self.user = pwd.getpwuid(os.getuid()).pw_name
        self.user_key = os.path.join(base, "user_ed25519")
        for path in (os.path.join(base, "host_ed25519"), self.user_key):
            subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", path, "-C", "gm-bench"],
                           check=True)
        shutil.copyfile(self.user_key + ".pub", os.path.join(base, "authorized_keys"))
        os.chmod(os.path.join(base, "authorized_keys"), 0o600)
        with open(os.path.join(base, "host_ed25519.pub")) as f:
            host_key = " ".join(f.read().split()[:2])
        self.port = free_port()
        self.known_hosts = os.path.join(base, "known_hosts")
        with open(self.known_hosts, "w") as f:
            f.write(f"[127.0.0.1]:{self.port} {host_key}\n")

        wrapper = os.path.join(base, "force-command.sh")
        with open(wrapper, "w") as f:
            f.write("#!/bin/sh\n")
            for key, value in sorted(knobs.items()):
                f.write(f"export {key}={shlex.quote(str(value))}\n")
            f.write(f"exec {shlex.quote(gerrit_sim)}\n")
        os.chmod(wrapper, 0o755)
        os.makedirs("/run/sshd", mode=0o755, exist_ok=True)
        config = os.path.join(base, "sshd_config")
        with open(config, "w") as f:
            f.write(f"""Port {self.port}
ListenAddress 127.0.0.1
HostKey {base}/host_ed25519
PidFile {base}/sshd.pid
AuthorizedKeysFile {base}/authorized_keys
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
PermitRootLogin prohibit-password
AllowUsers {self.user}
ForceCommand {wrapper}
SetEnv SHLVL=1
PrintMotd no
PrintLastLog no
UseDNS no
MaxSessions 64
MaxStartups 64
LoginGraceTime 20
LogLevel ERROR
""")
        self.log_file = os.path.join(base, "sshd.log")
        log = open(self.log_file, "w")
        idle = (lambda: os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))) if self.idle else None
        self.process = subprocess.Popen([SSHD, "-D", "-e", "-f", config], stdout=log, stderr=log,
                                        start_new_session=True, preexec_fn=idle)
        deadline = time.time() + 10
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"sshd exited: {open(self.log_file).read()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.02)
        raise RuntimeError("sshd did not listen within 10 s")

    def ssh_config(self, path):
        """An OpenSSH client config for this server (for the original, which runs `ssh`)."""
        with open(path, "w") as f:
            f.write(f"""Host *
  User {self.user}
  IdentityFile {self.user_key}
  IdentitiesOnly yes
  IdentityAgent none
  UserKnownHostsFile {self.known_hosts}
  GlobalKnownHostsFile /dev/null
  StrictHostKeyChecking yes
  BatchMode yes
""")

    def close(self):
        if self.process is not None and self.process.poll() is None:
            # sshd and the sessions it forked share its process group.
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        shutil.rmtree(self.directory, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
