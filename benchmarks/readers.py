"""What reading one message costs: the symptom reader on running talk, and on the longest message Telegram
allows (4,096 characters) made of nothing but symptom words, the worst case for it.

A runner's message is read on the event loop, inside the turn that answers it, so the worst case is how
long one message can hold everyone else's replies. Each text is new to the reader (it keeps the last few
it read, as a turn asks two or three questions of the same message).

Run: python benchmarks/readers.py
"""

from __future__ import annotations

import itertools
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.table import Figure, show  # noqa: E402
from coach.symptoms import find_symptoms  # noqa: E402
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


def run() -> tuple[list[Figure], list[str]]:
    talk = ordinary()
    per_message = [_timed_ms(text) for text in talk]
    dense = ("🍑 numb " * LONGEST)[:LONGEST]  # the slowest found: a saddle finding at every word
    plain = " ".join(itertools.islice(itertools.cycle(talk), 200))[:LONGEST]
    worst = statistics.median(_timed_ms(dense) for _ in range(ROUNDS))
    reference = statistics.median(_timed_ms(plain) for _ in range(ROUNDS))
    figures = [
        Figure("symptom reader, a message of running talk (ms)", statistics.median(per_message), "", None, "", None),
        Figure("symptom reader, 4,096 characters of symptom words (ms)", worst,
               "4,096 characters of running talk", reference, "", None),
    ]
    notes = [f"readers: {len(talk):,} messages of running talk (median), and a {LONGEST:,}-character message "
             f"of symptom words against one of running talk ({ROUNDS} readings each, medians)"]
    return figures, notes


if __name__ == "__main__":
    show(run)
