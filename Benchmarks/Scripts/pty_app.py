"""Runs a full-screen program in a pseudo-terminal and follows its screen with pyte.

A reader thread timestamps every chunk the program writes as it arrives, so a measurement
says when the bytes that completed a screen reached the terminal, not when this (slower)
Python emulator finished parsing them.
"""
import fcntl
import os
import struct
import subprocess
import sys
import termios
import threading
import time

import pyte

sys.setswitchinterval(0.0005)


class PtyApp:
    def __init__(self, argv, env, cols, rows):
        self.cols, self.rows = cols, rows
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.master = master
        self.chunks = []
        self.cond = threading.Condition()
        self.eof = False
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            argv, env=env, stdin=slave, stdout=slave, stderr=slave, close_fds=True,
            start_new_session=True, preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0))
        os.close(slave)
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.fed_until = self.started
        # Chunks pyte failed on (an IndexError now and then, seen twice in ~15 long runs): the
        # run goes on with the screen as pyte left it, and says how many there were.
        self.parse_errors = 0

    def parse(self, data):
        """Feeds `data` to the emulator; a chunk it cannot parse is counted, not fatal."""
        try:
            self.stream.feed(data)
        except Exception as error:  # noqa: BLE001 - pyte's own bugs, whatever they raise
            self.parse_errors += 1
            if self.parse_errors == 1:
                print(f"pty_app: pyte could not parse a chunk ({type(error).__name__}: {error}); "
                      "counting such chunks", file=sys.stderr, flush=True)

    def _read(self):
        while True:
            try:
                data = os.read(self.master, 65536)
            except OSError:
                data = b""
            now = time.perf_counter()
            with self.cond:
                if not data:
                    self.eof = True
                    self.cond.notify_all()
                    return
                self.chunks.append((now, data))
                self.cond.notify_all()

    def feed(self, timeout):
        """Parses what arrived (waiting up to `timeout` for something); returns its arrival time."""
        with self.cond:
            if not self.chunks and not self.eof:
                self.cond.wait(timeout)
            chunks, self.chunks = self.chunks, []
        for stamp, data in chunks:
            self.parse(data)
            self.fed_until = stamp
        return bool(chunks)

    def wait_for(self, check, timeout):
        """Arrival time of the first chunk after which `check(lines)` holds, or None on timeout.

        Chunks are parsed one by one so the time is that of the chunk that made it true.
        """
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            with self.cond:
                if not self.chunks and not self.eof:
                    self.cond.wait(0.05)
                chunks, self.chunks = self.chunks, []
                eof = self.eof
            for index, (stamp, data) in enumerate(chunks):
                self.parse(data)
                self.fed_until = stamp
                if check(self.screen.display):
                    with self.cond:
                        self.chunks = chunks[index + 1:] + self.chunks
                    return stamp
            if eof and not chunks:
                return None
        return None

    def drain(self, seconds):
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.feed(0.05)

    def send(self, data):
        """Writes `data` to the program; returns the time taken just before the write.

        Taken after it, the time was late whenever this process lost the CPU between the write
        and the clock (seen: 200 ms with the simulator busy on both cores), which made the key's
        frame look faster, or arrive "before" its key. Before the write, a delay can only make
        the key look slower."""
        sent = time.perf_counter()
        os.write(self.master, data)
        return sent

    def proc_status(self, field):
        """A /proc/PID/status field in MB (VmRSS, VmHWM)."""
        try:
            with open(f"/proc/{self.process.pid}/status") as f:
                for line in f:
                    if line.startswith(field + ":"):
                        return int(line.split()[1]) / 1024
        except OSError:
            pass
        return float("nan")

    def cpu_seconds(self):
        with open(f"/proc/{self.process.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def quit(self, key=b"q", timeout=10):
        try:
            self.send(key)
        except OSError:
            pass
        end = time.perf_counter() + timeout
        while self.process.poll() is None and time.perf_counter() < end:
            self.feed(0.05)
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        try:
            os.close(self.master)
        except OSError:
            pass
        return self.process.returncode
