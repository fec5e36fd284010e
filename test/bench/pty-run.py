#!/usr/bin/env python3
"""Runs one command on a pseudo-terminal and times it (used by test/bench/run.mjs).

Usage: pty-run.py SPEC_JSON. SPEC: {argv, cols, rows, first, key?, next?, key_delay_ms?, quit?, remove_env?, set_env?, timeout_ms?}.
Prints one JSON line: {first_ms, key_ms, next_ms, hwm_kib, frame, code, error}. Times are measured from just
before fork (so they include exec and Node's start-up) to the moment the pattern appears in the output.
Without key_delay_ms the key is sent once the output has been quiet for a second (steady state); with it,
that many ms after the first frame appeared (0: at once), and next_ms is the time from the start to `next`.
"""
import fcntl
import json
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time


def main():
    spec = json.loads(sys.argv[1])
    cols, rows = spec.get('cols', 100), spec.get('rows', 30)
    timeout = spec.get('timeout_ms', 10000) / 1000
    env = dict(os.environ)
    for name in spec.get('remove_env', []):
        env.pop(name, None)
    env.update(spec.get('set_env', {}))
    env.setdefault('TERM', 'xterm-256color')
    first_re = re.compile(spec['first'].encode())
    argv = spec['argv']

    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', rows, cols, 0, 0))
        try:
            os.execvpe(argv[0], argv, env)
        finally:
            os._exit(127)

    out = bytearray()
    result = {'first_ms': None, 'key_ms': None, 'next_ms': None, 'hwm_kib': None, 'frame': None, 'code': None, 'error': None}

    def read_until(pattern, since, deadline):
        """Reads until `pattern` matches the output from offset `since`; returns the time or None."""
        while True:
            m = pattern.search(out, since)
            if m:
                return time.perf_counter(), m.end()
            left = deadline - time.perf_counter()
            if left <= 0:
                return None, None
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                return None, None
            if not chunk:
                return None, None
            out.extend(chunk)

    def drain(quiet, limit):
        """Reads until the output has been quiet for `quiet` seconds (at most `limit`)."""
        end = time.perf_counter() + limit
        while time.perf_counter() < end:
            ready, _, _ = select.select([fd], [], [], quiet)
            if not ready:
                return
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            out.extend(chunk)

    try:
        seen, end = read_until(first_re, 0, start + timeout)
        if seen is None:
            result['error'] = 'no first frame; output: ' + out[-400:].decode('utf-8', 'replace')
        else:
            result['first_ms'] = (seen - start) * 1000
            # The bytes up to the frame's footer, and the rest of the footer line: what a bare node prints.
            tail = out.find(b'\n', end)
            result['frame'] = out[: (len(out) if tail < 0 else tail + 1)].decode('utf-8', 'replace')
            if spec.get('key'):
                delay = spec.get('key_delay_ms')
                if delay is None:
                    # Steady state: the first frame is painted before Ink loads (issue 5), so wait for a
                    # whole second of quiet — Ink has mounted by then — before timing a key.
                    drain(1.0, 5)
                elif delay > 0:
                    drain(delay / 1000, delay / 1000)
                since = len(out)
                os.write(fd, spec['key'].encode())
                sent = time.perf_counter()
                got, _ = read_until(re.compile(spec['next'].encode()), since, sent + timeout)
                if got is None:
                    result['error'] = 'no frame after the key; output: ' + out[since:][-400:].decode('utf-8', 'replace')
                else:
                    result['key_ms'] = (got - sent) * 1000
                    result['next_ms'] = (got - start) * 1000
                drain(0.1, 1)
            try:
                with open(f'/proc/{pid}/status') as status:
                    for line in status:
                        if line.startswith('VmHWM:'):
                            result['hwm_kib'] = int(line.split()[1])
            except OSError:
                pass
            if spec.get('quit'):
                os.write(fd, spec['quit'].encode())
        # Wait for the exit, reading so that the child never blocks on a full terminal.
        deadline = time.perf_counter() + 5
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                result['code'] = os.waitstatus_to_exitcode(status)
                break
            if time.perf_counter() > deadline:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                result['code'] = 'killed'
                break
            ready, _, _ = select.select([fd], [], [], 0.02)
            if ready:
                try:
                    if not os.read(fd, 65536):
                        pass
                except OSError:
                    pass
    finally:
        os.close(fd)
    print(json.dumps(result))


main()
