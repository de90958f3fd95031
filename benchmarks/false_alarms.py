"""How often does the nudge engine cry wolf for a runner whose back is not getting worse?

Simulates seeded runner-months the way the app runs: a morning check-in logs today's pain and
yesterday's distance, ``evaluate`` runs once a day on what is logged so far, and every sent or
suppressed trigger and the returned episode are fed back the next day. A runner-month is a
28-day warm-up history (judged, not counted) then 30 measured days.

Pain = 3 + AR(1) noise (phi 0.5, day-to-day SD 0.7 / 1.0 / 1.5), rounded and clipped to 0-10
(clinical-rules.md 6.4). A stable week: rest Mon/Thu/Sat, 6-8 km Tue/Wed/Fri, a 14 km long run
on Sunday, each run within +-5%. About 8% of days are not logged at all and 3% log the pain but
forget the distance. Detection: a +2 pain step starts on measured day 8; caught if a nudge from a
pain rule (R4-R10, R12) is sent within 14 days.

Run: python benchmarks/false_alarms.py   (plain script, about 30 s on 2 cores)
Goal (clinical-rules.md 8): at most 1 worsening nudge per stable runner-month at SD 1.0.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import sys
import time
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coach.models import Entry, Unit  # noqa: E402
from coach.nudges import DEFAULT, Episode, PastNudge, Thresholds, evaluate  # noqa: E402

WARM_UP = 28
MEASURED = 30
STEP_DAY = WARM_UP + 7
DETECT_DAYS = 14
WEEK_KM = (0.0, 6.0, 8.0, 0.0, 7.0, 0.0, 14.0)  # Mon..Sun
MISSING = 0.08
NO_DISTANCE = 0.03
PHI = 0.5
SDS = (0.7, 1.0, 1.5)
PAIN_RULES = frozenset({"R4", "R5", "R6", "R7", "R8", "R9", "R10", "R12"})
MONTHS = 300


def simulate(seed: int, sd: float, step: bool, thresholds: Thresholds) -> tuple[int, int, int]:
    """One runner-month, fed back day by day as the app does.

    Stable: (worsening nudges sent in the measured days, all nudges sent in them, 0).
    Step: (0, 0, detection): 2 = a worsening nudge within 14 days of the step, 1 = only another
    pain-rule nudge (R4, R9), 0 = none.
    """
    rng = random.Random(seed)
    start = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randrange(7))
    days = WARM_UP + (MEASURED if not step else 7 + DETECT_DAYS)
    noise = rng.gauss(0, sd)
    pain, km, logged = [], [], []
    for i in range(days):
        if i:
            noise = PHI * noise + rng.gauss(0, sd * math.sqrt(1 - PHI**2))
        level = 3 + (2 if step and i >= STEP_DAY else 0)
        pain.append(min(10, max(0, round(level + noise))))
        base = WEEK_KM[(start + dt.timedelta(days=i)).weekday()]
        km.append(round(base * rng.uniform(0.95, 1.05), 1))
        logged.append(rng.random() >= MISSING)

    entries: dict[dt.date, Entry] = {}
    past: list[PastNudge] = []
    episode: Episode | None = None
    worse = total = 0
    detected = 0
    for i in range(days):
        day = start + dt.timedelta(days=i)
        if not logged[i]:
            continue
        entries[day] = Entry(day, pain=pain[i])
        yesterday = day - dt.timedelta(days=1)
        if i and rng.random() >= NO_DISTANCE:
            entries[yesterday] = Entry(
                yesterday, entries.get(yesterday, Entry(yesterday)).pain, km[i - 1]
            )
        decision = evaluate(
            list(entries.values()),
            day,
            unit=Unit.KM,
            past=past,
            episode=episode,
            thresholds=thresholds,
        )
        episode = decision.episode
        if decision.send is not None:
            s = decision.send
            past.append(PastNudge(day, s.rule_id, s.family, True, s.metric))
        past += [
            PastNudge(day, t.rule_id, t.family, False, t.metric) for t, _ in decision.suppressed
        ]
        sent = decision.send
        if sent is None:
            continue
        if step and STEP_DAY <= i < STEP_DAY + DETECT_DAYS and sent.rule_id in PAIN_RULES:
            detected = max(detected, 2 if sent.worsening else 1)
        if not step and i >= WARM_UP:
            total += 1
            worse += sent.worsening
    return worse, total, detected


def _job(args: tuple[int, float, bool, Thresholds]) -> tuple[int, int, int]:
    return simulate(*args)


def table(pool: Pool, thresholds: Thresholds, months: int) -> list[str]:
    rows = [
        f"{'SD':>4}  {'months':>6}  {'worse/mo':>8}  {'P(>=1)':>6}  {'all/mo':>6}  "
        f"{'step:worse':>10}  {'step:pain':>9}"
    ]
    for sd in SDS:
        seeds = [10_000 * int(sd * 10) + k for k in range(months)]
        stable = pool.map(_job, [(seed, sd, False, thresholds) for seed in seeds], chunksize=8)
        steps = pool.map(
            _job, [(seed + 90_000, sd, True, thresholds) for seed in seeds], chunksize=8
        )
        worse = [w for w, _, _ in stable]
        mean_worse = sum(worse) / months
        any_worse = sum(w >= 1 for w in worse) / months
        mean_all = sum(t for _, t, _ in stable) / months
        step_worse = sum(d == 2 for _, _, d in steps) / months
        step_pain = sum(d >= 1 for _, _, d in steps) / months
        rows.append(
            f"{sd:>4}  {months:>6}  {mean_worse:>8.2f}  {any_worse:>6.2f}  {mean_all:>6.2f}  "
            f"{step_worse:>10.2f}  {step_pain:>9.2f}"
        )
    return rows


def main() -> None:
    began = time.perf_counter()
    literal = Thresholds(settled_margin=None, week_above_usual=None)
    with Pool(2) as pool:
        print("Default thresholds (coach/nudges/thresholds.py)")
        print("\n".join(table(pool, DEFAULT, MONTHS)))
        print()
        print("Research-literal R5/R6 (settled_margin=None, week_above_usual=None)")
        print("\n".join(table(pool, literal, MONTHS // 2)))
    print(
        "\nworse/mo: worsening nudges sent (R5 R6 R7 R8 R10 R12) per stable runner-month; "
        "P(>=1): share\nof stable runner-months with at least one; all/mo: nudges of any family "
        "sent per month.\nstep:worse / step:pain: share of runners with a +2 pain step sent, "
        "within 14 days, a\nworsening nudge / any pain-rule nudge (R4-R10, R12: also the 5/10 "
        "ceiling and persistence).\n"
        f"{time.perf_counter() - began:.0f} s"
    )


if __name__ == "__main__":
    main()
