#!/usr/bin/env python3
"""Drives an interactive command through a pseudo-terminal.

Reads a JSON script on standard input:
  {"cmd": [...], "cwd": "...", "env": {...}, "timeout": 20, "cols": 100, "rows": 40,
   "steps": [{"expect": "text on screen", "send": ["keys", "more keys"]}, ...]}
Each step waits (up to the timeout) for its text to appear after the previous
match, then types its keys, one chunk at a time. Afterwards it reads until the
command exits. Prints JSON: {"code", "signal", "transcript", "text", "error"}:
the raw output, the output without terminal escapes, and the step that timed
out (or null).
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

ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")


def plain(data: bytes) -> str:
    return ESCAPES.sub("", data.decode("utf-8", "replace")).replace("\r", "")


def main() -> int:
    script = json.load(sys.stdin)
    timeout = float(script.get("timeout", 20))
    env = dict(script.get("env") or os.environ)
    env.setdefault("TERM", "xterm-256color")
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(script["cwd"])
        os.execvpe(script["cmd"][0], script["cmd"], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", script.get("rows", 40), script.get("cols", 100), 0, 0))

    out = bytearray()
    eof = False

    def pump(wait: float) -> None:
        nonlocal eof
        if eof:
            time.sleep(wait)
            return
        ready, _, _ = select.select([fd], [], [], wait)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                chunk = b""
            if chunk:
                out.extend(chunk)
            else:
                eof = True

    error = None
    cursor = 0
    for index, step in enumerate(script.get("steps", [])):
        expect = step["expect"]
        deadline = time.monotonic() + timeout
        while True:
            text = plain(bytes(out))
            found = text.find(expect, cursor)
            if found >= 0:
                cursor = found + len(expect)
                break
            if eof or time.monotonic() > deadline:
                error = f"step {index}: did not see {expect!r}"
                break
            pump(0.05)
        if error:
            break
        # Let the prompt finish drawing before typing, as a person would.
        settle = time.monotonic() + float(step.get("settle", 0.15))
        while time.monotonic() < settle:
            pump(0.02)
        sends = step.get("send", [])
        for chunk in [sends] if isinstance(sends, str) else sends:
            os.write(fd, chunk.encode("utf-8"))
            pause = time.monotonic() + 0.08
            while time.monotonic() < pause:
                pump(0.02)

    deadline = time.monotonic() + timeout
    while not eof and time.monotonic() < deadline:
        pump(0.1)
    if not eof:
        os.kill(pid, signal.SIGKILL)
        error = error or "the command did not exit"
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    json.dump(
        {
            "code": code if code >= 0 else None,
            "signal": -code if code < 0 else None,
            "transcript": out.decode("utf-8", "replace"),
            "text": plain(bytes(out)),
            "error": error,
        },
        sys.stdout,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
