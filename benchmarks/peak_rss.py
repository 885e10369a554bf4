"""``python -m benchmarks.peak_rss REPORT -- COMMAND ...``: run COMMAND, write its peak resident memory.

``ru_maxrss`` from ``wait4`` is not the child's own figure when the parent is big: Linux carries the
high-water mark of the process a child was forked from across ``exec``. A benchmark run that has
just built a 100,000-incident database (about 500 MB resident) would report that for every child it
starts. This launcher is a fresh interpreter of about 10 MB; COMMAND is *its* child, so the figure
written to REPORT (KiB, one line) is the command's own peak. Standard streams are passed through
and the exit status is COMMAND's.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[1] != "--":
        print("usage: python -m benchmarks.peak_rss REPORT -- COMMAND ...", file=sys.stderr)
        return 2
    report, command = Path(argv[0]), argv[2:]
    process = subprocess.Popen(command)
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    report.write_text(f"{usage.ru_maxrss}\n", encoding="ascii")
    return process.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
