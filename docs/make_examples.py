"""Regenerate docs/example-chart.png and docs/example-report.pdf from a seeded sample diary.

Run: .venv/bin/python docs/make_examples.py   (also prints that week's summary text)

Eight weeks of a made-up runner: rest Mon/Thu/Sat, easy runs Tue/Wed/Fri, a long run on Sunday
that grows to 18 km, back pain around 2-3 that is a point or two higher the morning after the
long run, a short flare in the last fortnight, and a few days not logged. Fixed dates, fixed
seed: the files only change when the code does.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coach.chart import diary_chart  # noqa: E402
from coach.models import Entry, Unit  # noqa: E402
from coach.report import physio_report  # noqa: E402
from coach.summary import summary_text, weekly_rows, weekly_summary  # noqa: E402

LAST = dt.date(2026, 11, 29)  # a Sunday
DAYS = 56
SEED = 20261129
SPIKE = DAYS - 15  # index of the Sunday two weeks before LAST


def sample_diary(seed: int = SEED) -> list[Entry]:
    rng = random.Random(seed)
    first = LAST - dt.timedelta(days=DAYS - 1)
    entries = []
    for i in range(DAYS):
        day = first + dt.timedelta(days=i)
        week = i // 7
        weekday = day.weekday()
        if rng.random() < 0.07 and i != SPIKE:
            continue  # not logged: a gap, never a zero
        km = {1: 6.0, 2: 8.0, 4: 7.0, 6: 12.0 + week * 0.5}.get(weekday, 0.0)
        if km:
            km = round(km * rng.uniform(0.95, 1.05), 1)
        if i == SPIKE:
            km = 19.5  # a long run well past the month's longest
        pain = 2 + (rng.random() < 0.4)
        if weekday == 0:
            pain += 2  # the morning after the long run
        if SPIKE + 3 <= i <= SPIKE + 7:
            pain += 2  # a short flare a few days after it
        entries.append(
            Entry(day, pain=min(pain, 10), distance_km=None if rng.random() < 0.03 else km)
        )
    return entries


def main() -> None:
    entries = sample_diary()
    first = LAST - dt.timedelta(days=27)
    # The tips a runner with this diary would have had, worded from the diary itself.
    by_date = {e.date: e for e in entries}
    long_day = LAST - dt.timedelta(days=DAYS - 1 - SPIKE)
    flare_day = long_day + dt.timedelta(days=5)
    longest_before = max(
        (e.distance_km or 0.0)
        for e in entries
        if long_day - dt.timedelta(days=30) <= e.date < long_day
    )
    long_km = by_date[long_day].distance_km or 0.0
    flare = [
        by_date[d].pain
        for d in (flare_day - dt.timedelta(days=k) for k in range(3))
        if d in by_date
    ]
    nudges = [
        (
            long_day + dt.timedelta(days=1),
            "R11",
            (
                f"Run of {long_km:.1f} km, {long_km / longest_before - 1:.0%} "
                f"over the longest in the 30 days before ({longest_before:.1f} km)"
            ),
        ),
        (flare_day, "R7", f"Pain up to {max(flare)} over three days, against a usual 2-3"),
    ]
    redflags = [(first + dt.timedelta(days=17), tier, "no") for tier in ("S1", "S2", "S3")]
    png = diary_chart(
        entries,
        LAST,
        unit=Unit.KM,
        nudge_days={d for d, _, _ in nudges},
        title="Last 4 weeks: distance and back pain",
    )
    pdf = physio_report(
        runner_label="Sample runner (made-up data)",
        first=first,
        last=LAST,
        unit=Unit.KM,
        zone="Europe/London",
        entries=entries,
        weeks=weekly_rows(entries, first, LAST),
        redflag_answers=redflags,
        nudges=nudges,
        chart_png=png,
        generated_on=LAST + dt.timedelta(days=1),
    )
    (ROOT / "docs" / "example-chart.png").write_bytes(png)
    (ROOT / "docs" / "example-report.pdf").write_bytes(pdf)
    week_nudges = [why for d, _, why in nudges if d > LAST - dt.timedelta(days=7)]
    print(summary_text(weekly_summary(entries, LAST, unit=Unit.KM, nudges=week_nudges)))
    print(f"\nwrote docs/example-chart.png ({len(png) // 1024} KiB)", end=" ")
    print(f"and docs/example-report.pdf ({len(pdf) // 1024} KiB)")


if __name__ == "__main__":
    main()
