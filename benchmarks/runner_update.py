"""A turn's update of its runner (``storage.runners.change``), beside the same update read back with
``RETURNING *`` and the runner built again from the row (``storage.runners.update_runner``, which a turn used
before). Both on 2,000 runners in one file database, alternating, five rounds each; medians of a call.

Run: python benchmarks/runner_update.py
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.table import Figure, show  # noqa: E402
from coach.models import Awaiting  # noqa: E402
from storage import open_db, runners  # noqa: E402

NOW = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.timezone.utc)
RUNNERS = 2_000
ROUNDS = 5


def _round(db, update, shift: int) -> float:
    """Microseconds a call: each runner read, then given the fields a daily question sets."""
    with db.atomic():
        found = [runners.get_runner(db, n) for n in range(1, RUNNERS + 1)]
        started = time.perf_counter()
        for n, runner in enumerate(found):
            update(db, runner, awaiting=Awaiting.PAIN if n % 2 else Awaiting.DISTANCE, awaiting_date=NOW.date(),
                   next_prompt_utc=NOW + dt.timedelta(days=1, minutes=shift))
        return (time.perf_counter() - started) / RUNNERS * 1e6


def _read_back(db, runner, **fields):
    return runners.update_runner(db, runner.id, now=NOW, **fields)


def _change(db, runner, **fields):
    return runners.change(db, runner, now=NOW, **fields)


def run() -> tuple[list[Figure], list[str]]:
    with tempfile.TemporaryDirectory(prefix="lumbar-runner-update-") as folder:
        db = open_db(Path(folder) / "bench.db")
        with db.atomic():
            for n in range(RUNNERS):
                runners.create_runner(db, "telegram", str(n), now=NOW, consent_wording="bench", tz="Europe/London")
        changed, read_back = [], []
        for shift in range(ROUNDS):
            changed.append(_round(db, _change, shift))
            read_back.append(_round(db, _read_back, shift))
        db.close()
    med = statistics.median
    figures = [Figure("a turn's runner update (µs a call)", med(changed), "the same, read back with RETURNING *",
                      med(read_back), "", None)]
    return figures, [f"runner update: {RUNNERS:,} runners, {ROUNDS} alternating rounds, medians of a call"]


if __name__ == "__main__":
    show(run)
