"""What reading one message costs: the symptom reader on running talk, and on the longest message Telegram
allows (4,096 characters) made of nothing but symptom words, the worst case for it.

Each text is new to the reader (it keeps the last few it read, as a turn asks two or three questions of
the same message). Before any of that, the reader is built when the bot starts: the start of a fresh
Python that imports the bot, beside one that imports PTB alone. A message longer than
``handlers.conversation.READ_AHEAD_CHARS`` is read in a worker thread before its turn, so the last
figure is how long the worst case holds the event loop while the bot answers it, beside the reading
that used to run on the loop.

Run: python benchmarks/readers.py
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.table import Figure, show  # noqa: E402
from coach.symptoms import find_symptoms  # noqa: E402
from handlers.conversation import Conversation  # noqa: E402
from handlers.replies import Inbound  # noqa: E402
from storage import open_db  # noqa: E402
from storage.runners import create_runner  # noqa: E402
from tests.symptom_corpus import ordinary  # noqa: E402

LONGEST = 4096
ROUNDS = 5
_fresh = itertools.count()


def _timed_ms(text: str) -> float:
    """One reading of ``text`` made new by a trailing number, so no earlier reading is reused."""
    unseen = f"{text[:LONGEST - 8]} {next(_fresh)}"
    started = time.perf_counter()
    find_symptoms(unseen)
    return (time.perf_counter() - started) * 1000


def _loop_held_ms(text: str) -> float:
    """The longest the event loop waited for its turn (a 1 ms timer's lateness) while a runner's message
    was answered, through ``Conversation.answer`` as Telegram's and the terminal's handlers call it."""
    now = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.timezone.utc)
    with tempfile.TemporaryDirectory() as folder:
        db = open_db(Path(folder) / "lumbar.db")
        with db.atomic():
            create_runner(db, "telegram", "1", now=now, consent_wording="benchmark", tz="Europe/London")
        conversation = Conversation(db, lambda: now)

        async def answered() -> float:
            done, worst = False, 0.0

            async def probe() -> None:
                nonlocal worst
                while not done:
                    started = time.perf_counter()
                    await asyncio.sleep(0.001)
                    worst = max(worst, time.perf_counter() - started - 0.001)

            timer = asyncio.create_task(probe())
            await asyncio.sleep(0)
            await conversation.answer(Inbound("telegram", "1", text=f"{text[:LONGEST - 8]} {next(_fresh)}",
                                              update_key=str(next(_fresh))))
            done = True
            await timer
            return worst * 1000

        held = asyncio.run(answered())
        db.close()
    return held


def _import_seconds(module: str) -> float:
    """A fresh interpreter's time to import ``module`` (from the start of the process to its end)."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", f"import {module}"], check=True, cwd=Path(__file__).resolve().parents[1])
    return time.perf_counter() - started


def run() -> tuple[list[Figure], list[str]]:
    bot_start, ptb_start = [], []
    for _ in range(ROUNDS):
        bot_start.append(_import_seconds("bot.app"))
        ptb_start.append(_import_seconds("telegram.ext"))
    talk = ordinary()
    per_message = [_timed_ms(text) for text in talk]
    dense = ("🍑 numb " * LONGEST)[:LONGEST]  # the slowest found: a saddle finding at every word
    plain = " ".join(itertools.islice(itertools.cycle(talk), 200))[:LONGEST]
    worst = statistics.median(_timed_ms(dense) for _ in range(ROUNDS))
    reference = statistics.median(_timed_ms(plain) for _ in range(ROUNDS))
    held = statistics.median(_loop_held_ms(dense) for _ in range(ROUNDS))
    figures = [
        Figure("a fresh process importing the bot (s)", statistics.median(bot_start), "importing PTB alone",
               statistics.median(ptb_start), "", None),
        Figure("symptom reader, a message of running talk (ms)", statistics.median(per_message), "", None, "", None),
        Figure("symptom reader, 4,096 characters of symptom words (ms)", worst,
               "4,096 characters of running talk", reference, "", None),
        Figure("event loop held while that message is answered (ms)", held,
               "the reading, as it ran on the loop", worst, "< 50 ms", held < 50),
    ]
    notes = [f"start: {ROUNDS} fresh processes each, alternating, medians; readers: {len(talk):,} messages of "
             f"running talk (median), and a {LONGEST:,}-character message "
             f"of symptom words against one of running talk ({ROUNDS} readings each, medians)"]
    return figures, notes


if __name__ == "__main__":
    show(run)
