"""``make bench``: every benchmark in one run, one table, and benchmarks/results.md rewritten between its markers.

Each figure is printed beside its reference, measured in the same run on the same machine, with the
ratio and the goal (shared/issue 14). The nudge engine's false-alarm and nagging tables and the
reporting table follow, as their scripts print them. Only the ``bench`` section of results.md is
written; the sections other commands own are left as they are.

Run: python benchmarks/run.py   (the first run builds the year-long sweep database, see sweep_scale.py)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import platform
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import (  # noqa: E402
    broadcast, charts, checkins, false_alarms, readers, runner_update, sms_cost, summaries, sweep_scale,
)
from benchmarks.table import Figure, render  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
SUMMARY_GOAL_SECONDS = 10.0


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    return (f"{model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}")


def commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    return git("rev-parse", "--short", "HEAD") + (" (with uncommitted changes)" if git("status", "--porcelain") else "")


def captured(work) -> tuple[str, object]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        result = work()
    return out.getvalue(), result


def main() -> None:
    figures: list[Figure] = []
    notes: list[str] = []
    for module in (sweep_scale, runner_update, checkins, broadcast, charts, sms_cost, readers):
        print(f"== {module.__name__}", file=sys.stderr, flush=True)
        try:
            found, said = module.run()
        except Exception as error:  # noqa: BLE001 - one broken benchmark must not lose the others' figures
            found, said = [], [f"{module.__name__} failed: {type(error).__name__}: {error}"]
            print(said[0], file=sys.stderr, flush=True)
        figures += found
        notes += said
    print("== false alarms and nagging", file=sys.stderr, flush=True)
    alarms, _ = captured(false_alarms.main)
    print("== reporting", file=sys.stderr, flush=True)
    reporting, seconds = captured(summaries.main)
    figures.append(Figure("weekly summary texts, 100,000 runners (s)", seconds, "", None,
                          f"<= {SUMMARY_GOAL_SECONDS:.0f} s", seconds <= SUMMARY_GOAL_SECONDS))
    table = render(figures)
    print(table)
    print(*notes, sep="\n")
    print(alarms)
    print(reporting)
    write(table, notes, alarms, reporting)


def write(table: str, notes: list[str], alarms: str, reporting: str) -> None:
    text = RESULTS.read_text()
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    section = "\n".join([
        START,
        f"## `make bench`: {dt.date.today().isoformat()}, commit {commit()}",
        "",
        f"Machine: {machine()}. Medians; each reference measured in the same run.",
        "",
        table,
        "",
        *[f"- {note}" for note in notes],
        "",
        "### False alarms and nagging (benchmarks/false_alarms.py)",
        "",
        "```", alarms.rstrip(), "```",
        "",
        "### Reporting (benchmarks/summaries.py)",
        "",
        "```", reporting.rstrip(), "```",
        END,
    ])
    RESULTS.write_text(head + section + tail)


if __name__ == "__main__":
    main()
