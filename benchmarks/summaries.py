"""How long does the Sunday push take? Weekly summaries, charts, PDFs and CSVs, side by side.

100,000 synthetic runners, each with an 8-week diary generated once before timing (seeded):
a stable week of rest Mon/Thu/Sat, 6-8 km Tue/Wed/Fri and a 14 km long run on Sunday, each run
within +-10%; pain 3 + noise (SD 1), a point higher the morning after the long run; about 8%
of days not logged and 3% logged without a distance. Every runner's Sunday summary is built
and written (``weekly_summary`` + ``summary_text``) in one process, one after the other; then
again split between two worker processes (forked, so they share the diaries; 5,000 runners a
task), timed from starting the workers to the last text: the one-core figure is the one the goal
is read against. Charts and PDFs are rendered 20 times each (median), one thread.

Run: python benchmarks/summaries.py           (plain script, a few minutes)
     python benchmarks/summaries.py --texts   (the summary texts only)
"""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402  (a matplotlib dependency)

from coach.chart import diary_chart  # noqa: E402
from coach.export import diary_csv  # noqa: E402
from coach.models import Entry, Unit  # noqa: E402
from coach.report import physio_report  # noqa: E402
from coach.summary import summary_text, weekly_rows, weekly_summary  # noqa: E402

RUNNERS = 100_000
DAYS = 56
RENDERS = 20
SUNDAY = dt.date(2026, 11, 29)
WEEK_KM = (0.0, 6.0, 8.0, 0.0, 7.0, 0.0, 14.0)  # Mon..Sun
NUDGES = ("Warm up for 10 minutes before your run.",)
WORKERS = 2
CHUNK = 5_000

_diaries: list[list[Entry]] = []  # set before the workers fork, so they read it without a copy


def make_diaries(n: int, seed: int = 1) -> list[list[Entry]]:
    rng = np.random.default_rng(seed)
    dates = [SUNDAY - dt.timedelta(days=DAYS - 1 - i) for i in range(DAYS)]
    base = np.array([WEEK_KM[d.weekday()] for d in dates])
    after_long = np.array([d.weekday() == 0 for d in dates])
    km = np.round(base * rng.uniform(0.9, 1.1, (n, DAYS)), 1).tolist()
    pain = (
        np.clip(np.rint(3 + after_long + rng.normal(0, 1, (n, DAYS))), 0, 10).astype(int).tolist()
    )
    missing = (rng.random((n, DAYS)) < 0.08).tolist()
    no_km = (rng.random((n, DAYS)) < 0.03).tolist()
    return [
        [Entry(d, p, None if nk else k) for d, p, k, m, nk in zip(dates, pr, kr, mr, nkr) if not m]
        for pr, kr, mr, nkr in zip(pain, km, missing, no_km)
    ]


def summarise(first: int, last: int) -> tuple[int, int]:
    """Weekly summary and text of runners first..last-1 (one in four in miles); how many had a
    finding and a load ratio."""
    findings = acwrs = 0
    for i in range(first, last):
        unit = Unit.MI if i % 4 == 0 else Unit.KM
        s = weekly_summary(_diaries[i], SUNDAY, unit=unit, nudges=NUDGES)
        summary_text(s)
        findings += s.finding is not None
        acwrs += s.load_ratio is not None
    return findings, acwrs


def summarise_in_workers() -> tuple[float, int, int]:
    """summarise() for every runner, in tasks of CHUNK runners shared by WORKERS forked processes:
    the wall time from starting them to the last text, and the counts."""
    firsts = range(0, RUNNERS, CHUNK)
    lasts = [min(first + CHUNK, RUNNERS) for first in firsts]
    gc.freeze()  # the workers' collectors would otherwise touch, and so copy, every diary
    try:
        start = time.perf_counter()
        with ProcessPoolExecutor(WORKERS, mp_context=multiprocessing.get_context("fork")) as pool:
            counts = list(pool.map(summarise, firsts, lasts))
        seconds = time.perf_counter() - start
    finally:
        gc.unfreeze()
    findings, acwrs = map(sum, zip(*counts))
    return seconds, findings, acwrs


def median_ms(fn, repeats: int = RENDERS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def texts() -> tuple[float, float, int, int]:
    """Seconds for every runner's summary text on one core, then in WORKERS processes; how many had
    a finding and a load ratio (the same both times, or the workers did other work)."""
    start = time.perf_counter()
    counts = summarise(0, RUNNERS)
    one_core = time.perf_counter() - start
    in_workers, *worker_counts = summarise_in_workers()
    assert tuple(worker_counts) == counts, (worker_counts, counts)
    return one_core, in_workers, *counts


HEADER = f"{'what':<44} {'runs':>8} {'total':>10} {'each':>12}\n" + "-" * 77


def texts_rows(one_core: float, in_workers: float) -> list[str]:
    rows = (
        ("weekly_summary + summary_text, one core", one_core),
        (f"... the same in {WORKERS} processes (wall time)", in_workers),
    )
    return [
        f"{name:<44} {RUNNERS:>8,} {seconds:>8.1f} s {seconds / RUNNERS * 1e6:>9.0f} us"
        for name, seconds in rows
    ]


def main_texts() -> float:
    """The summary texts only: prints their rows; returns the one-core seconds."""
    _diaries[:] = make_diaries(RUNNERS)
    one_core, in_workers, _, _ = texts()
    print(HEADER, *texts_rows(one_core, in_workers), sep="\n")
    return one_core


def main() -> float:
    """Prints the reporting table; returns the seconds the summary texts of every runner took on
    one core."""
    started = time.perf_counter()
    _diaries[:] = make_diaries(RUNNERS)
    generated = time.perf_counter() - started
    summaries, in_workers, findings, acwrs = texts()

    sample = _diaries[0]
    first = SUNDAY - dt.timedelta(days=27)
    nudge_days = {SUNDAY - dt.timedelta(days=9)}
    chart4 = median_ms(lambda: diary_chart(sample, SUNDAY, unit=Unit.KM, nudge_days=nudge_days))
    chart8 = median_ms(
        lambda: diary_chart(sample, SUNDAY, unit=Unit.KM, weeks=8, nudge_days=nudge_days)
    )
    png = diary_chart(sample, SUNDAY, unit=Unit.KM, nudge_days=nudge_days)
    rows = weekly_rows(sample, first, SUNDAY)

    def pdf() -> bytes:
        return physio_report(
            runner_label="Sample runner",
            first=first,
            last=SUNDAY,
            unit=Unit.KM,
            zone="Europe/London",
            entries=sample,
            weeks=rows,
            redflag_answers=[(first, "S1", "no"), (first, "S2", "no")],
            nudges=[(SUNDAY - dt.timedelta(days=9), "R7", "Pain 5 against a usual 3")],
            chart_png=png,
            generated_on=SUNDAY + dt.timedelta(days=1),
        )

    report = median_ms(pdf)
    csv_ms = median_ms(lambda: diary_csv(sample, Unit.KM), repeats=200)
    pdf_size = len(pdf())

    print(
        f"Lumbar reporting benchmark: {RUNNERS:,} runners x {DAYS}-day diaries "
        f"(generated once in {generated:.1f} s, not timed below)"
    )
    print()
    print(HEADER, *texts_rows(summaries, in_workers), sep="\n")
    print(f"{'diary_chart, 4 weeks (PNG, median)':<44} {RENDERS:>8} {'':>10} {chart4:>9.0f} ms")
    print(f"{'diary_chart, 8 weeks (PNG, median)':<44} {RENDERS:>8} {'':>10} {chart8:>9.0f} ms")
    print(
        f"{'physio_report, chart given (PDF, median)':<44} {RENDERS:>8} {'':>10} {report:>9.1f} ms"
    )
    print(f"{'diary_csv, 56 days (median)':<44} {200:>8} {'':>10} {csv_ms:>9.2f} ms")
    print()
    print(
        f"Findings stated for {findings / RUNNERS:.0%} of runners, "
        f"load ratio for {acwrs / RUNNERS:.0%}; "
        f"PNG {len(png) / 1024:.0f} KiB, PDF {pdf_size / 1024:.0f} KiB."
    )
    print(
        f"Sunday push for {RUNNERS:,} runners on one core: text {summaries:.0f} s, "
        f"text + 4-week chart {(summaries + RUNNERS * chart4 / 1000) / 60:.0f} min; "
        f"text in {WORKERS} processes {in_workers:.0f} s."
    )
    print(f"Whole run {time.perf_counter() - started:.0f} s.")
    return summaries


if __name__ == "__main__":
    main_texts() if "--texts" in sys.argv[1:] else main()
