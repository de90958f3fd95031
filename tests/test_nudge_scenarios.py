"""Diaries a physiotherapist would recognise, kept day by day through the real conversation core.

Each scenario states every message the runner should hear (tips by rule, and red-flag screens)
and on which day, with the words that matter, and that no other message comes. The diaries are
written in the compact notation of tests/nudge_diaries.py, one token a day from Monday 2 Nov
2026: "3/8" is pain 3 and 8 km that day, "3/0" a rest day, "." no check-in. A morning runner's
check-in on a day says that day's pain and the day before's distance; an evening runner's says
that day's both. Sign-up asks the screen once (answered "no"), the day before the diary starts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

from coach.models import Mode, Unit
from tests.nudge_diaries import ChatDiary

START = dt.date(2026, 11, 2)  # a Monday
WEEK = "3/0 2/6 3/8 3/0 2/7 3/0 3/14 "  # rest Mon/Thu/Sat, 6-8 km, a 14 km long run on Sunday


def weeks(n: int, week: str = WEEK) -> str:
    return week * n


def at(pain: int, week: str = WEEK) -> str:
    """The same week with every pain rating set to ``pain``."""
    return " ".join(f"{pain}/{token.split('/')[1]}" for token in week.split()) + " "


@dataclass(frozen=True)
class Scenario:
    name: str
    diary: str
    heard: list[tuple[int, str, str]]  # (day, rule id or "screen", words the message must hold)
    mode: Mode = Mode.MORNING
    units: Unit = Unit.KM
    never: tuple[str, ...] = field(default=())  # words no message may hold


SCENARIOS = [
    Scenario(
        "the seed, by frequency: one 3-mile run a week, then three 5-mile runs",
        weeks(4, "3/0 3/0 3/0 3/0 3/0 3/3mi 3/0 ") + weeks(2, "3/0 3/5mi 3/0 3/5mi 3/0 3/5mi 3/0 ") + "3",
        [(30, "R11", "5.0 mi is 67% more than your longest run since your diary began on Mon 2 Nov, 3.0 mi on Sat 28 Nov")],
        units=Unit.MI,
    ),
    Scenario(
        "the seed, by one long run: 5 km runs, then 12 km",
        weeks(4, "3/0 3/5 3/0 3/5 3/0 3/5 3/0 ") + "3/0 3/5 3/0 3/5 3/0 3/12 3/0 3/0 3",
        [(34, "R11", "12.0 km is 140% more than your longest run in the 30 days before, 5.0 km on Thu 3 Dec")],
    ),
    Scenario(
        "a healthy marathon build: long runs up by 10% or less, pain 2-3",
        "2/16 " + " ".join(f"2/0 3/8 2/10 2/0 3/8 2/0 2/{lr}" for lr in ("17.5", "19", "20.5", "22", "16", "23.5", "25", "26")) + " 2",
        [],
    ),
    Scenario(
        "chronic stable pain at 4: see a physio at 2 weeks, physio or GP at 4, GP at 6",
        weeks(8, "4/0 5/6 4/8 4/0 4/7 4/0 4/12 ") + "4",
        [
            (13, "R9", "Pain 4 or more on 14 of the last 14 days, with no real improvement (this week 4.1, the week before 4.1). Two weeks"),
            (13, "screen", ""),
            (20, "screen", ""),
            (27, "R9", "on 28 of the last 28 days, with no real improvement (this week 4.1, the week before 4.1). Four weeks"),
            (27, "screen", ""),
            (34, "screen", ""),
            (41, "R9", "on 42 of the last 42 days, with no real improvement (this week 4.1, the week before 4.1). Six weeks"),
            (41, "screen", ""),
            (48, "screen", ""),
            (55, "screen", ""),
        ],
    ),
    Scenario(
        "a flare that settles, then the old volume again",
        weeks(3) + "3/0 3/6 6/0 6/0 5/0 5/0 4/0 3/0 3/6 2/0 3/8 3/0 3/7 3/0 3/14 " + weeks(1) + "3",
        [
            (23, "R5", "Pain 6 this morning, up from 3 on the morning of your 6.0 km run on Tue 24 Nov"),
            (23, "screen", ""),
            (26, "R7", "3-day average 5.3 against your usual 3.0. Swap runs"),
            (30, "R15", "3-day average 2.7, back within 1 point of your usual 3.0 for 3 days. Resume running gently"),
            (41, "R13", "35.0 km in the 7 days to Sat 12 Dec, 67% more than the 21.0 km in the 7 days before"),
        ],
    ),
    Scenario(
        "slow creep at a constant load: up a point a week",
        weeks(3, at(2)) + at(3) + at(4) + at(5) + "5",
        [
            (27, "R6", "This week's average pain 3.0 against 2.0 the week before. Don't add distance"),
            (30, "R7", "3-day average 4.0 against your usual 2.0"),
            (30, "screen", ""),
            (37, "R9", "Pain 4 or more on 10 of the last 14 days, with no real improvement (this week 4.4, the week before 3.4)"),
            (37, "screen", ""),
        ],
    ),
    Scenario(
        "pain 8 one morning, then back to usual",
        weeks(3) + "8/0 4/0 3/6 3/8 3/0 3/7 3/0 3/14 " + weeks(1) + "3",
        [
            (21, "R4", "Pain 8 today, well above the 5 out of 10 ceiling and your usual 3.0. Make today a no-run day"),
            (21, "screen", ""),
            (26, "R15", "3-day average 3.0, back within 1 point of your usual 3.0"),
        ],
    ),
    Scenario(
        "sparse logging: three evenings a week at pain 5, the long run 11 then 16 km",
        weeks(2, "5/0 . 5/8 . . 5/11 . ") + weeks(2, "5/0 . 5/8 . . 5/16 . ") + "5",
        [
            (14, "R9", "Pain 4 or more on 6 of the 6 days you rated in the last 14 days"),
            (14, "screen", ""),
            (19, "R11", "16.0 km is 45% more than your longest run since your diary began on Mon 2 Nov, 11.0 km on Sat 14 Nov"),
            (21, "screen", ""),
            (28, "R9", "on 12 of the 12 days you rated in the last 28 days"),
            (28, "screen", ""),
        ],
        mode=Mode.EVENING,
    ),
    Scenario(
        "back after three weeks off, logged as rest, at the old volume",
        weeks(4) + "2/0 " * 21 + "2/0 2/8 2/8 2/0 2/7 2/0 2/14 " + weeks(1) + "3",
        [
            (51, "RB", "8.0 km on Tue 22 Dec is your first run logged since 14.0 km on Sun 29 Nov, 23 days before (the days between all logged as rest)"),
            (62, "R13", "35.0 km in the 7 days to Sat 2 Jan, 52% more than the 23.0 km in the 7 days before"),
        ],
    ),
    Scenario(
        "back after three weeks off, not logged at all, at the old volume",
        weeks(4) + ". " * 21 + "2/0 2/8 2/8 2/0 2/7 2/0 2/14 " + weeks(1) + "3",
        [(51, "RB", "8.0 km on Tue 22 Dec is your first run logged since 7.0 km on Fri 27 Nov, 25 days before (the days between 22 of them not logged)")],
    ),
    Scenario(
        "taper and race: long runs to 32 km, three weeks down, a marathon",
        "2/28 " + " ".join(f"2/0 3/10 2/12 2/0 3/10 2/0 2/{lr}" for lr in ("29", "30", "32", "26", "20", "12"))
        + " 2/0 2/6 2/5 2/0 2/3 2/0 3/42.2 4/0 3/0 3",
        [(50, "R11", "42.2 km is 32% more than your longest run in the 30 days before, 32.0 km on Mon 23 Nov")],
    ),
    Scenario(
        "miles: the long run from 8 to 11 miles is 38%, from the miles typed",
        weeks(5, "3/0 3/4mi 3/5mi 3/0 3/4mi 3/0 3/8mi ") + "3/0 3/4mi 3/5mi 3/0 3/4mi 3/0 3/11mi 3",
        [(42, "R11", "11.0 mi is 38% more than your longest run in the 30 days before, 8.0 mi on Sun 6 Dec")],
        units=Unit.MI,
        never=(" km",),
    ),
    Scenario(
        "evening check-ins: 5 after a run that settles by the next evening is within the model",
        weeks(5, "3/0 4/6 3/8 3/0 5/7 3/0 5/14 ") + "3",
        [],
        mode=Mode.EVENING,
    ),
    Scenario(
        "evening check-ins: still 5 the evening after the run has not settled",
        weeks(4) + "3/0 3/6 3/8 3/0 5/7 5/0 3/0 3",
        [
            (33, "R5", "Pain 5 this evening, a day after your 7.0 km run on Fri 4 Dec; it was 3 the evening before that run"),
            (33, "screen", ""),
        ],
        mode=Mode.EVENING,
    ),
    Scenario(
        "a weekly pattern: 5 every Monday after the Sunday 18 km long run, eight weeks",
        weeks(4, "3/0 3/8 3/0 3/8 3/0 3/0 3/18 ") + weeks(8, "5/0 3/8 3/0 3/8 3/0 3/0 3/18 ") + "5",
        [
            (28, "R5", "Pain 5 this morning, up from 3 on the morning of your 18.0 km run on Sun 29 Nov"),
            (28, "screen", ""),
            (35, "PT", "For the second week running, your back hasn't settled the morning after your Sunday run "
             "(18.0 km on Sun 6 Dec, then pain 5; 18.0 km on Sun 29 Nov, then pain 5). Your back is telling you"),
        ],
    ),
    Scenario(
        "a new runner, 10 days in, runs 25 then 30 km after a longest of 16",
        "3/8 3/0 3/16 3/0 3/8 3/0 3/10 3/0 3/0 3/25 3/0 3/0 3/30 3/0 3",
        [(10, "R11", "25.0 km is 56% more than your longest run since your diary began on Mon 2 Nov, 16.0 km on Wed 4 Nov")],
    ),
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_scenario(db, scenario: Scenario) -> None:
    runner = ChatDiary(db, START, mode=scenario.mode, units=scenario.units)
    heard = runner.keep(scenario.diary)
    assert [(h.day, h.what) for h in heard] == [(day, what) for day, what, _ in scenario.heard], [
        (h.day, h.what, h.text[:90]) for h in heard
    ]
    for h, (_, _, words) in zip(heard, scenario.heard):
        assert words in h.text, h.text
        assert all(word not in h.text for word in scenario.never), h.text
        if h.what != "screen":
            assert h.text.endswith("Not medical advice."), h.text


def test_every_kind_the_issue_names_is_here() -> None:
    names = " ".join(s.name for s in SCENARIOS)
    for kind in ("seed, by frequency", "seed, by one long run", "marathon build", "chronic stable",
                 "flare that settles", "slow creep", "pain 8", "sparse", "logged as rest",
                 "not logged at all", "taper and race", "miles", "evening", "weekly pattern"):
        assert kind in names, kind
