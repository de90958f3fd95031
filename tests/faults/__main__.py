"""``python -m tests.faults`` (``make faults``): every fault scenario at full size, one table, and the figures
written into benchmarks/results.md between its faults markers with the date and commit.

Options: ``--quick`` for the sizes ``make test`` uses, ``--only NAME`` (kills, thrice, outage, flood, dst,
several allowed), ``--channel telegram|sms`` (kills, thrice and outage run on both unless told; several
allowed), ``--outage-seconds N``, ``--no-write`` to leave results.md alone (it is written only by a full run
of everything). Exit status 1 when a scenario lost or duplicated anything, or failed a check.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.faults import scenarios
from tests.faults.scenarios import Row

RESULTS = scenarios.REPO / "benchmarks" / "results.md"
START, END = "<!-- faults:start -->", "<!-- faults:end -->"
CHANNELS = ("telegram", "sms")
PER_CHANNEL = ("kills", "thrice", "outage")
"""The scenarios run once per channel; the flood is against Telegram's limits, the DST matrix has no channel."""
COLUMNS = ("scenario", "runs", "kills", "messages", "lost", "duplicated", "integrity", "notes")

FULL = {
    "kills": dict(kills=20, chats=50, burst=20, members=1000),
    "thrice": dict(chats=50, per_chat=2),
    "outage": dict(seconds=300, members=200, chats=20),
    "flood": dict(flood=200, over=5.0, group_commands=30, others=10),
    "dst": dict(hours_around=48),
}
QUICK = {
    "kills": dict(kills=3, chats=20, burst=20, members=100, finish=90),
    "thrice": dict(chats=10, per_chat=2),
    "outage": dict(seconds=6, members=50, chats=5),
    "flood": dict(flood=100, over=2.5, group_commands=15, others=10),
    "dst": dict(zones=("Pacific/Chatham", "America/Santiago"), hours_around=24),
}


def table(rows: list[Row]) -> str:
    cells = [[r.scenario, str(r.runs), str(r.kills), str(r.messages), str(r.lost), str(r.duplicated), r.integrity,
              r.notes] for r in rows]
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "|".join("---" for _ in COLUMNS) + "|"]
    lines += ["| " + " | ".join(c.replace("|", "/") for c in row) + " |" for row in cells]
    return "\n".join(lines)


def commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=scenarios.REPO, capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def write_results(rows: list[Row], took: float) -> None:
    text = RESULTS.read_text()
    if START not in text or END not in text:
        text = text.rstrip("\n") + f"\n\n## Faults (`make faults`)\n\n{START}\n{END}\n"
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    machine = f"{os.cpu_count()} cores, Python {platform.python_version()} on {platform.system()}"
    body = (f"\n`make faults`, {dt.date.today().isoformat()}, commit {commit()}, {machine}, {took / 60:.1f} minutes; "
            f"{'all scenarios passed' if all(r.ok for r in rows) else 'SOME SCENARIOS FAILED'}.\n\n{table(rows)}\n")
    failures = [f"- {r.scenario}: {f}" for r in rows for f in r.failures]
    if failures:
        body += "\nFailed:\n" + "\n".join(failures) + "\n"
    RESULTS.write_text(head + START + body + END + tail)


async def run(names: list[str], sizes: dict, workdir: Path, channels: list[str] = list(CHANNELS)) -> list[Row]:
    def folder(name: str) -> Path:
        path = workdir / name
        path.mkdir()
        return path

    rows: dict[str, Row] = {}
    # the outages mostly wait for the clock, so the others run meanwhile; the flood, which measures
    # reply times, runs alone at the end
    outages = {f"outage-{c}": asyncio.create_task(scenarios.outage(folder(f"outage-{c}"), channel_name=c,
                                                                    **sizes["outage"]))
               for c in channels if "outage" in names}
    for name in ("kills", "thrice"):
        if name in names:
            for c in channels:
                scenario = getattr(scenarios, name)
                rows[f"{name}-{c}"] = await scenario(folder(f"{name}-{c}"), channel_name=c, **sizes[name])
    if "dst" in names:
        rows["dst"] = await asyncio.to_thread(scenarios.dst_matrix, **sizes["dst"])
    for key, task in outages.items():
        rows[key] = await task
    if "flood" in names:
        rows["flood"] = await scenarios.flood(folder("flood"), **sizes["flood"])
    order = [f"{n}-{c}" for n in PER_CHANNEL for c in CHANNELS] + ["dst", "flood"]
    return [rows[key] for key in order if key in rows]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.faults", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", action="append", choices=sorted(FULL))
    parser.add_argument("--channel", action="append", choices=CHANNELS)
    parser.add_argument("--outage-seconds", type=float)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    sizes = {name: dict(values) for name, values in (QUICK if args.quick else FULL).items()}
    if args.outage_seconds:
        sizes["outage"]["seconds"] = args.outage_seconds
    names = args.only or list(FULL)
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="lumbar-faults-") as workdir:
        rows = asyncio.run(run(names, sizes, Path(workdir), args.channel or list(CHANNELS)))
    took = time.monotonic() - began
    print(table(rows))
    for row in rows:
        for failure in row.failures:
            print(f"FAILED {row.scenario}: {failure}", file=sys.stderr)
    if not args.no_write and not args.quick and not args.only and not args.channel:
        write_results(rows, took)
        print(f"written to {RESULTS.relative_to(scenarios.REPO)}")
    return 0 if all(r.ok for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
