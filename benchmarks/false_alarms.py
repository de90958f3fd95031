"""How often does the nudge engine cry wolf, how fast does it see a real change, and does it nag?

Simulates seeded runner-months the way the app runs: a morning check-in logs today's pain and
yesterday's distance, ``evaluate`` runs once a day on what is logged so far, and every sent or
suppressed trigger, the returned episode and the day the red-flag screen was asked are fed back
the next day. The runner has a usual run time set, so the warm-up tip (WU) is offered each day
too. A runner-month is a 28-day warm-up history (judged, not counted) then 30 measured days.

Pain = 3 + AR(1) noise (phi 0.5, day-to-day SD 0.7 / 1.0 / 1.5), rounded and clipped to 0-10
(clinical-rules.md 6.4). A stable week: rest Mon/Thu/Sat, 6-8 km Tue/Wed/Fri, a 14 km long run
on Sunday, each run within +-5%. About 8% of days are not logged at all and 3% log the pain but
forget the distance. Detection: a +2 pain step starts on measured day 8; caught if a worsening
nudge (R5 R6 R7 R8 R10 R12 PT, and R4 when it is 2 above the usual level) is sent within 14 days.

Nagging: four settled weeks, then eight weeks in which the back is at 5 every morning after the
Sunday 18 km long run (other days 3 +- a little); messages of every kind (tips, warm-up tips and
red-flag screens) sent in those eight weeks, in morning and evening mode.

Run: python benchmarks/false_alarms.py   (plain script, about a minute on 2 cores)
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

from coach.models import Entry, Mode, Unit  # noqa: E402
from coach.nudges import DEFAULT, Episode, PastNudge, Thresholds, evaluate  # noqa: E402
from coach.nudges.rules import WORSENING  # noqa: E402
from coach.nudges.warmup import warmup_due  # noqa: E402

WARM_UP = 28
MEASURED = 30
STEP_DAY = WARM_UP + 7
DETECT_DAYS = 14
WEEK_KM = (0.0, 6.0, 8.0, 0.0, 7.0, 0.0, 14.0)  # Mon..Sun
MISSING = 0.08
NO_DISTANCE = 0.03
PHI = 0.5
SDS = (0.7, 1.0, 1.5)
MONTHS = 300
PATTERN_RUNNERS = 40
PATTERN_WEEK_KM = (0.0, 8.0, 0.0, 8.0, 0.0, 0.0, 18.0)  # Mon..Sun: the long run is Sunday's

GOAL_WORSE = 1.0
GOAL_ALL = 2.0
GOAL_DETECT = 0.90
GOAL_NAG = 3


class Runner:
    """The caller's side of the engine: the log, the episode, the screen, the warm-up tip."""

    def __init__(self, mode: Mode = Mode.MORNING, thresholds: Thresholds = DEFAULT) -> None:
        self.mode = mode
        self.thresholds = thresholds
        self.entries: dict[dt.date, Entry] = {}
        self.past: list[PastNudge] = []
        self.episode: Episode | None = None
        self.last_screen: dt.date | None = None

    def day(self, day: dt.date) -> list[tuple[str, bool]]:
        """Judge ``day``; returns what was sent: (rule id or "screen", worsening)."""
        out = []
        tip = warmup_due(day, past=self.past, episode=self.episode, muted_until=None)
        if tip is not None:
            self.past.append(PastNudge(day, tip.rule_id, tip.family, True, None))
            out.append((tip.rule_id, False))
        d = evaluate(
            list(self.entries.values()), day, unit=Unit.KM, past=self.past, episode=self.episode,
            last_screen=self.last_screen, mode=self.mode, thresholds=self.thresholds,
        )
        self.episode = d.episode
        if d.send is not None:
            self.past.append(PastNudge(day, d.send.rule_id, d.send.family, True, d.send.metric))
            out.append((d.send.rule_id, d.send.worsening))
        self.past += [PastNudge(day, t.rule_id, t.family, False, t.metric) for t, _ in d.suppressed]
        if d.ask_screen:
            self.last_screen = day
            out.append(("screen", False))
        return out


def simulate(seed: int, sd: float, step: bool, thresholds: Thresholds) -> tuple[int, int, int, int]:
    """One runner-month, fed back day by day as the app does.

    Stable: (worsening nudges sent in the measured days, tips of all kinds sent, screens, 0).
    Step: (0, 0, 0, detected): 1 if a worsening nudge was sent within 14 days of the step.
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

    runner = Runner(thresholds=thresholds)
    runner.last_screen = start  # the screen at sign-up
    worse = total = screens = detected = 0
    for i in range(days):
        day = start + dt.timedelta(days=i)
        if not logged[i]:
            continue
        runner.entries[day] = Entry(day, pain=pain[i])
        yesterday = day - dt.timedelta(days=1)
        if i and rng.random() >= NO_DISTANCE:
            before = runner.entries.get(yesterday, Entry(yesterday))
            runner.entries[yesterday] = Entry(yesterday, before.pain, km[i - 1])
        for rule_id, worsening in runner.day(day):
            if step and STEP_DAY <= i < STEP_DAY + DETECT_DAYS and worsening:
                detected = 1
            if not step and i >= WARM_UP:
                screens += rule_id == "screen"
                total += rule_id != "screen"
                worse += worsening
    return worse, total, screens, detected


def pattern(seed: int, mode: Mode) -> tuple[int, list[str]]:
    """Messages of every kind sent in eight weeks of the same Monday pain after the Sunday long run."""
    rng = random.Random(seed)
    start = dt.date(2026, 1, 5)  # a Monday
    runner = Runner(mode)
    runner.last_screen = start
    sent: list[str] = []
    for i in range(12 * 7):
        day = start + dt.timedelta(days=i)
        patterned = i >= 28 and day.weekday() == 0
        pain = 5 if patterned else min(10, max(0, round(3 + rng.gauss(0, 0.5))))
        if mode is Mode.MORNING:
            runner.entries[day] = Entry(day, pain)
            if i:
                yesterday = day - dt.timedelta(days=1)
                km = PATTERN_WEEK_KM[yesterday.weekday()]
                runner.entries[yesterday] = Entry(yesterday, runner.entries[yesterday].pain, km)
        else:
            runner.entries[day] = Entry(day, pain, PATTERN_WEEK_KM[day.weekday()])
        for rule_id, _ in runner.day(day):
            if i >= 28:
                sent.append(rule_id)
    return len(sent), sent


def _job(args: tuple[int, float, bool, Thresholds]) -> tuple[int, int, int, int]:
    return simulate(*args)


def _pattern_job(args: tuple[int, Mode]) -> tuple[int, list[str]]:
    return pattern(*args)


def table(pool: Pool, thresholds: Thresholds, months: int) -> tuple[list[str], dict[float, tuple[float, float, float, float]]]:
    rows = [
        f"{'SD':>4}  {'months':>6}  {'worse/mo':>8}  {'P(>=1)':>6}  {'tips/mo':>7}  {'screens/mo':>10}  "
        f"{'step:worse':>10}"
    ]
    figures = {}
    for sd in SDS:
        seeds = [10_000 * int(sd * 10) + k for k in range(months)]
        stable = pool.map(_job, [(seed, sd, False, thresholds) for seed in seeds], chunksize=8)
        steps = pool.map(_job, [(seed + 90_000, sd, True, thresholds) for seed in seeds], chunksize=8)
        mean_worse = sum(w for w, _, _, _ in stable) / months
        any_worse = sum(w >= 1 for w, _, _, _ in stable) / months
        mean_all = sum(t for _, t, _, _ in stable) / months
        mean_screens = sum(s for _, _, s, _ in stable) / months
        detected = sum(d for _, _, _, d in steps) / months
        figures[sd] = (mean_worse, mean_all, mean_screens, detected)
        rows.append(
            f"{sd:>4}  {months:>6}  {mean_worse:>8.2f}  {any_worse:>6.2f}  {mean_all:>7.2f}  {mean_screens:>10.2f}  "
            f"{detected:>10.2f}"
        )
    return rows, figures


def _goal_row(name: str, measured: str, goal: str, met: bool) -> str:
    return f"{name:<68} {measured:>9}  {goal:>8}  {'met' if met else 'MISSED'}"


def main() -> None:
    began = time.perf_counter()
    literal = Thresholds(settled_margin=None, week_above_usual=None)
    with Pool(2) as pool:
        rows, figures = table(pool, DEFAULT, MONTHS)
        print("Default thresholds (coach/nudges/thresholds.py)")
        print("\n".join(rows))
        print()
        literal_rows, _ = table(pool, literal, MONTHS // 3)
        print("Research-literal R5/R6 (settled_margin=None, week_above_usual=None)")
        print("\n".join(literal_rows))
        nag = {
            mode: pool.map(_pattern_job, [(seed, mode) for seed in range(PATTERN_RUNNERS)])
            for mode in (Mode.MORNING, Mode.EVENING)
        }
    print(
        "\nworse/mo: worsening nudges sent (" + " ".join(sorted(WORSENING)) + ", and R4 when 2 above the usual"
        "\nlevel) per stable runner-month;"
        "\nP(>=1): share of stable runner-months with at least one; tips/mo: tips of every kind sent"
        "\n(warm-up tips included), screens/mo: red-flag screens asked; step:worse: share of runners"
        "\nwith a +2 pain step sent a worsening nudge within 14 days."
    )
    worse, every, screens, detected = figures[1.0]
    print("\nGoals (issue 12), at day-to-day SD 1.0")
    print(f"{'figure':<68} {'measured':>9}  {'goal':>8}")
    print(_goal_row("worsening nudges a month, stable runner", f"{worse:.2f}", f"<= {GOAL_WORSE:g}", worse <= GOAL_WORSE))
    print(_goal_row("messages a month of all kinds, stable runner (tips)", f"{every:.2f}", f"<= {GOAL_ALL:g}", every <= GOAL_ALL))
    print(_goal_row("  ... counting red-flag screens too", f"{every + screens:.2f}", f"<= {GOAL_ALL:g}", every + screens <= GOAL_ALL))
    print(_goal_row("+2 pain step seen by a worsening nudge within 14 days", f"{detected:.0%}", f">= {GOAL_DETECT:.0%}", detected >= GOAL_DETECT))
    for mode, results in nag.items():
        counts = [n for n, _ in results]
        mean, worst = sum(counts) / len(counts), max(counts)
        print(_goal_row(
            f"nagging: messages in 8 weeks of one weekly pattern, {mode.value} (mean/max)",
            f"{mean:.1f}/{worst}", f"<= {GOAL_NAG}", worst <= GOAL_NAG,
        ))
    example = nag[Mode.MORNING][0][1]
    print(f"  e.g. morning runner 0 heard: {', '.join(example) or 'nothing'}")
    print(f"\n{time.perf_counter() - began:.0f} s")


if __name__ == "__main__":
    main()
