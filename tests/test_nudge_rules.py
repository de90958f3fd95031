"""The nudge engine, scenario by scenario: a compact diary, a day to judge, what is sent and what
fires but is held back (and why).

A diary is written as one token per day from START (a Monday, so token 6, 13, 20... are
Sundays, the weekly check day): "3/5" is pain 3 and 5 km, "3/0" a rest day, "3" pain only (the
distance not logged yet, as on a morning check-in), "-/5" a distance only, "." a day with nothing
logged, "3/5mi" a distance in miles, and "3/0*14" the same token 14 times.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.models import Entry, Mode, Unit
from coach.nudges import (
    DEFAULT,
    RULES,
    Decision,
    Episode,
    PastNudge,
    Thresholds,
    Trigger,
    evaluate,
    explain,
    render,
)
from coach.nudges.rules import PAIN_RULES, RULE_BY_ID
from tests.nudge_diaries import App as _App
from tests.nudge_diaries import diary as _diary
from tests.nudge_diaries import tokens

START = dt.date(2026, 11, 2)
WEEK = "3/5 3/0 3/5 3/0 3/8 3/0 3/0 "  # pain 3, runs Mon 5 km, Wed 5 km, Fri 8 km
H = WEEK * 3  # 21 settled days, Mon 2 Nov to Sun 22 Nov; the next token is Mon 23 Nov
H5 = WEEK * 5  # 35 days: a full 30-day lookback; the next token is Mon 7 Dec
LONG12 = WEEK.replace("3/8", "3/12") * 5  # five weeks with a 12 km Friday run


def on(i: int) -> dt.date:
    return START + dt.timedelta(days=i)


def diary(text: str, start: dt.date = START) -> list[Entry]:
    return _diary(text, start)


Logged = tuple[int, str, str, bool, float | None]  # (token, rule, family, sent, metric)


@dataclass(frozen=True)
class Case:
    name: str
    series: str
    sent: set[str]
    suppressed: dict[str, str] = field(default_factory=dict)  # rule id -> words in the reason
    day: int | None = None  # token index judged; default the last token
    unit: Unit = Unit.KM
    past: tuple[Logged, ...] = ()
    episode: tuple[int, str, float | None] | None = None  # (opened token, family, baseline)
    muted_until: int | None = None
    thresholds: Thresholds = DEFAULT
    why: str = ""  # words expected in the sent trigger's why
    screen: str | None = ""  # words expected in ask_screen ("" = don't check, None = no screen)
    closed: bool = False
    mode: Mode = Mode.MORNING
    last_screen: int | None = None

    def run(self) -> Decision:
        n = len(tokens(self.series))
        day = on(self.day if self.day is not None else n - 1)
        past = [
            PastNudge(on(i), rule, family, sent, metric)
            for i, rule, family, sent, metric in self.past
        ]
        episode = None
        if self.episode is not None:
            opened, family, baseline = self.episode
            episode = Episode(on(opened), family, baseline, 1, 0)
        return evaluate(
            diary(self.series),
            day,
            unit=self.unit,
            past=past,
            episode=episode,
            muted_until=None if self.muted_until is None else on(self.muted_until),
            last_screen=None if self.last_screen is None else on(self.last_screen),
            mode=self.mode,
            thresholds=self.thresholds,
        )


R7_FLARE = H + "5/0 6/0 5"  # 7G: usual 3, last three days 5, 6, 5 (mean 5.3)
OPENED_R7 = (21 + 2, "R7", "rest", True, 5.333)  # the R7 sent on the flare's third day
CAPPED = ((19, "R11", "caution", True, None), (20, "R8", "caution", True, 4.0), (22, "R13", "caution", True, None))

CASES = [
    # --- Rules ---------------------------------------------------------------------------------
    Case(
        "R4 pain above 5/10",
        H + "6",
        {"R4"},
        why="pain 6 today, above the 5 out of 10 ceiling",
        screen="first rest nudge of this episode",
    ),
    Case(
        "R4 at 8 also asks the red-flag screen",
        H + "8",
        {"R4"},
        {"R8": "lower priority than R4"},
        why="well above",
        screen="pain 7 or more, first rest nudge of this episode",
    ),
    Case(
        "R5 run not settled by the next morning",
        H + "3/6 5",
        {"R5"},
        why="pain 5 this morning, up from 3 on the morning of your 6.0 km run on Mon 23 Nov",
    ),
    Case(
        "R5 quiet when the rise only gets back to usual",
        WEEK * 2 + "3/5 3/0 3/5 3/0 3/8 3/0 1/0 1/6 3",
        set(),
    ),
    Case(
        "R5 literal (research) rule fires on that bounce",
        WEEK * 2 + "3/5 3/0 3/5 3/0 3/8 3/0 1/0 1/6 3",
        {"R5"},
        thresholds=Thresholds(settled_margin=None),
    ),
    Case("R5 quiet after a rest day", H + "3/0 5", set()),
    Case("R5 before a usual level exists: a 2 -> 4 blip is not news", "2/0 2/5 4", set()),
    Case(
        "R5 before a usual level exists: up to 5 is",
        "2/0 2/5 5",
        {"R5"},
        why="pain 5 this morning, up from 2 on the morning of your 5.0 km run on Tue 3 Nov",
    ),
    Case(
        "R5 evening: pain 5 the evening of a run is within the model",
        H + "3/0 5/8",
        set(),
        mode=Mode.EVENING,
    ),
    Case(
        "R5 evening: still 5 the next evening has not settled",
        H + "3/0 5/8 5/0",
        {"R5"},
        mode=Mode.EVENING,
        why="pain 5 this evening, a day after your 8.0 km run on Tue 24 Nov; it was 3 the evening "
        "before that run",
    ),
    Case("R5 evening: settled the next evening", H + "3/0 5/8 3/0", set(), mode=Mode.EVENING),
    Case(
        "R6 pain up on last week (Sunday check)",
        H + "4/5 4/0 4/5 4/0 4/8 4/0 4",
        {"R6"},
        why="this week's average pain 4.0 against 3.0 the week before",
    ),
    Case(
        "R7 acute flare, 7G worked example",
        R7_FLARE,
        {"R7"},
        {"R8": "lower priority than R7"},
        why="3-day average 5.3 against your usual 3.0",
    ),
    Case(
        "R8 creeping up: CUSUM reaches 4",
        H + "5/0 5/0 4/0 5/0 4/0 5",
        {"R8"},
        why="pain has been above your usual 3.0 on 6 of the 6 days you rated since Mon 23 Nov",
    ),
    Case(
        "R8 weekly trend: Theil-Sen slope and Mann-Kendall (Sunday)",
        "3/0*21 2/0 2/0 2/0 2/0 3/0 2/0 3/0 3/0 3/0 3/0 4/0 3/0 4/0 4",
        {"R8"},
        why="pain has been rising over the last 14 days: the first week averaged 2.3, the second "
        "3.4 (a trend of about +0.2 a day)",
    ),
    Case(
        "R9 four weeks at 4 without improvement",
        "4/0*28",
        {"R9"},
        why="pain 4 or more on 28 of the last 28 days",
        screen="pain 4+ for 14 days",
    ),
    Case(
        "R9 a three-week diary is not told 'four weeks'",
        "4/0*21",
        {"R9"},
        why="pain 4 or more on 14 of the last 14 days",
    ),
    Case(
        "R9 three ratings a week are enough to see pain that lasts",
        "5/0 . 5/11 . . 5/0 . " * 4,
        {"R9"},
        day=27,
        why="pain 4 or more on 12 of the 12 days you rated in the last 28 days",
        screen="pain 4+ for 14 days",
    ),
    Case(
        "R9 said once per advice: not again while it is unchanged",
        "4/0*27",
        set(),
        {"R9": "same advice sent on Sun 15 Nov"},
        past=((13, "R9", "see_pro", True, 4.0),),
    ),
    Case(
        "R10 settled, then flared again in the same episode",
        H + "5/0 6/0 5/0 3/0 3/0 5/0 6/0 5",
        {"R10"},
        {
            "R7": "already nudged in this episode",
            "R8": "already nudged in this episode",
        },
        past=(OPENED_R7,),
        episode=(23, "rest", 3.0),
        why="after 2 calmer days (3-day average 3.7 or less, to Sat 28 Nov), pain has flared again: "
        "3-day average 5.3 against your usual 3.0",
    ),
    Case(
        "R10 worse although running went down since the rest tip",
        H + "3/8 3/8 6/8 6/0 6/0 7/0 7/0 7",
        {"R10"},
        {"R4": "already nudged in this episode", "R7": "lower priority than R10",
         "R8": "lower priority than R10"},
        past=((23, "R4", "rest", True, 6.0),),
        episode=(23, "rest", 3.0),
        why="3-day average 7.0, up 3.0 since my rest tip on Wed 25 Nov, although you ran less: "
        "8.0 km in the 5 days logged since, against 24.0 km in the 5 days logged before",
    ),
    Case(
        "R10 not 'despite easing off' when the runner kept running: the flare is the news",
        H + "3/8 3/8 6/8 6/8 6/8 7/8 7/8 7",
        {"R7"},
        {"R4": "already nudged in this episode", "R8": "lower priority than R7"},
        past=((23, "R4", "rest", True, 6.0),),
        episode=(23, "rest", 3.0),
    ),
    Case(
        "R11 single-run spike, with a full 30 days of diary",
        H5 + "3/10 3",
        {"R11"},
        why="10.0 km is 25% more than your longest run in the 30 days before, 8.0 km on Fri 4 Dec",
    ),
    Case(
        "R11 7G example: 14 km after a 12 km longest",
        LONG12 + "3/14 3",
        {"R11"},
        why="14.0 km is 17% more than your longest run in the 30 days before, 12.0 km on Fri 4 Dec",
    ),
    Case(
        "R11 7G example: 25 km is a large spike",
        LONG12 + "3/25 3",
        {"R11"},
        why="25.0 km is 108% more than your longest run in the 30 days before, 12.0 km",
    ),
    Case(
        "R11 with under 30 days of diary says what it compared with",
        H + "3/10 3",
        {"R11"},
        why="10.0 km is 25% more than your longest run since your diary began on Mon 2 Nov, 8.0 km "
        "on Fri 20 Nov",
    ),
    Case(
        "R11 percentages from the miles the runner typed: 11 against 8 is 38%",
        ("3/8mi " + "3/0 " * 6) * 5 + "3/11mi 3",
        {"R11"},
        unit=Unit.MI,
        why="11.0 mi is 38% more than your longest run in the 30 days before, 8.0 mi on Mon 30 Nov",
    ),
    Case(
        "R12 spike plus a run that has not settled, naming the earlier longest",
        H5 + "3/12 5",
        {"R12"},
        {"R5": "lower priority than R12", "R11": "lower priority than R12"},
        why="12.0 km on Mon 7 Dec was 50% more than your longest run in the 30 days before, 8.0 km "
        "on Fri 4 Dec, and pain is up: pain 5 today, up from 3 before that run",
    ),
    Case(
        "R13 weekly jump, information only (Sunday)",
        H + "3/8 3/0 3/8 3/0 3/8 3/5 3/0 3",
        {"R13"},
        day=27,
        why="29.0 km in the 7 days to Sat 28 Nov, 61% more than the 18.0 km in the 7 days before",
    ),
    Case(
        "R13 from a small base: 3 miles one week, 15 the next",
        "3/0*7 3/3mi 3/0*6 3/0 3/3mi*5 3/0 3",
        {"R13"},
        day=20,
        unit=Unit.MI,
        why="15.0 mi in the 7 days to Sat 21 Nov, 400% more than the 3.0 mi in the 7 days before",
    ),
    Case(
        "R13 quiet on a jump too small to matter (1 km to 3 km)",
        "3/1 3/0 3/0 3/0 3/0 3/0 3/0 3/1 3/1 3/1 3/0 3/0 3/0 3/0 3",
        set(),
    ),
    Case(
        "RB back after three weeks of logged rest",
        H + "3/0*21 3/8 3",
        {"RB"},
        why="8.0 km on Mon 14 Dec is your first run logged since 8.0 km on Fri 20 Nov, 24 days "
        "before (the days between all logged as rest)",
    ),
    Case(
        "RB back after three unlogged weeks",
        H + ". " * 21 + "3/8 3",
        {"RB"},
        why="(the days between 21 of them not logged)",
    ),
    Case("RB not for a short easy jog after a break", H + "3/0*21 3/2 3", set()),
    Case(
        "R15 episode closes after 3 calm days",
        H + "5/0 6/0 5/0 3/0 3/0 3/0 3/0",
        {"R15"},
        past=(OPENED_R7,),
        episode=(23, "rest", 3.0),
        closed=True,
        why="back within 1 point of your usual 3.0 for 3 days",
    ),
    Case(
        "R15 not while a calm day is unrated",
        H + "5/0 6/0 5/0 3/0 3/0 . 3/0 3",
        set(),
        past=(OPENED_R7,),
        episode=(23, "rest", 3.0),
    ),
    Case(
        "R15 not after an episode in which no rest tip was sent (R6 sees the week)",
        H + "5/0 6/0 5/0 3/0 3/0 3/0 3/0",
        {"R6"},
        episode=(23, "rest", 3.0),
        closed=True,
    ),
    Case(
        "R15 not after 'make the next run easier': there is nothing to resume",
        H + "5/0 6/0 5/0 3/0 3/0 3/0 3/0",
        set(),
        past=((23, "R5", "rest", True, 5.0),),
        episode=(23, "rest", 3.0),
        closed=True,
    ),
    Case(
        "R15 not after one unsettled morning that never flared",
        H + "3/6 5/0 3/0 3/0 3",
        set(),
        past=((22, "R5", "rest", True, 5.0),),
        episode=(22, "rest", 3.0),
        closed=True,
    ),
    Case("R16 is gone: no 'steady week' note", WEEK.replace("3/", "2/") * 3, set()),
    Case(
        "DT says once a week that the data is too thin to judge",
        H + ". . . . 5/0 6/0 5",
        {"DT"},
        {"R7": "not enough data", "R8": "not enough data"},
        why="3-day average 5.3 against your usual 3.0, but with only 3 of the last 7 days rated "
        "I can't yet tell",
    ),
    Case(
        "DT not twice in a week",
        H + ". . . . 5/0 6/0 5",
        set(),
        {"R7": "not enough data", "R8": "not enough data", "DT": "caution cool-down until Sat 5 Dec"},
        past=((26, "DT", "caution", True, 5.5),),
    ),
    Case(
        "PT the same unsettled morning after the same weekday's run, two weeks running",
        "3/0 3/0 3/0 3/0 3/0 3/0 3/18 5/0 3/0 3/0 3/0 3/0 3/0 3/18 5",
        {"PT"},
        {"R5": "covered by PT"},
        why="for the second week running, your back hasn't settled the morning after your Sunday "
        "run (18.0 km on Sun 15 Nov, then pain 5; 18.0 km on Sun 8 Nov, then pain 5)",
    ),
    Case(
        "PT said once while the pattern lasts",
        "3/0 3/0 3/0 3/0 3/0 3/0 3/18 5/0 3/0 3/0 3/0 3/0 3/0 3/18 5/0 3/0 3/0 3/0 3/0 3/0 3/18 5",
        set(),
        {"PT": "this weekly pattern was named on Mon 16 Nov", "R5": "covered by PT"},
        past=((14, "PT", "caution", True, 5.0),),
    ),
    # --- Meta-rules ----------------------------------------------------------------------------
    Case(
        "M1 R6 upgraded to rest still loses to R7 (Sunday)",
        H + "5/5 5/0 5/5 5/0 5/8 5/0 5",
        {"R7"},
        {"R6": "lower priority than R7", "R8": "lower priority than R7"},
    ),
    Case(
        "M1 nothing more once nudged today",
        R7_FLARE,
        set(),
        {"R7": "already nudged today", "R8": "already nudged today"},
        past=(OPENED_R7,),
    ),
    Case(
        "M2 caution cool-down after a spike",
        H + "3/10 3 3/0 3/12 3",
        set(),
        {"R11": "caution cool-down until Tue 1 Dec"},
        past=((22, "R11", "caution", True, None),),
    ),
    Case(
        "M2 rest cool-down of 72 hours",
        H + "3/0 7/0 3/0 6",
        set(),
        {
            "R4": "rest cool-down until Fri 27 Nov",
            "R7": "rest cool-down until Fri 27 Nov",
            "R8": "rest cool-down until Fri 27 Nov",
        },
        past=((22, "R4", "rest", True, 7),),
        episode=(22, "rest", 3.0),
    ),
    Case(
        "M2 rest cool-down over after 72 hours (no episode)",
        H + "3/0 7/0 3/0 3/0 6",
        {"R4"},
        past=((22, "R4", "rest", True, 7),),
    ),
    Case(
        "M3 a rest nudge escalates past today's caution one",
        H + "3/6 5",
        {"R5"},
        past=((22, "R8", "caution", True, 4.0),),
    ),
    Case(
        "M3 2 points worse breaks the cool-down",
        H + "5/0 6/0 5/0 8",
        {"R4"},
        {"R7": "rest cool-down", "R8": "rest cool-down"},
        past=(OPENED_R7,),
        episode=(23, "rest", 3.0),
        why="pain 8 today",
    ),
    Case(
        "M4 weekly cap of 3 warnings",
        H + "3/0 3/0 3/0 6",
        set(),
        {"R4": "3 warnings in 7 days"},
        past=CAPPED,
    ),
    Case(
        "M4 positive notes never crowd out a warning",
        H + "3/0 3/0 3/0 6",
        {"R4"},
        past=((19, "AR", "positive", True, None), (20, "WU", "positive", True, None),
              (22, "R11", "caution", True, None)),
    ),
    Case(
        "M5 frozen baseline: usual stays at the pre-episode 2.0",
        "4/0*21 6/0 6/0 6",
        {"R7"},
        {"R4": "lower priority than R7", "R9": "lower priority than R7"},
        episode=(10, "caution", 2.0),
        why="against your usual 2.0",
        screen="first rest nudge of this episode, pain 4+ for 14 days",
    ),
    Case(
        "M5 a flare after one day above the ceiling is still news",
        H + "6/0 3/0 5/0 6/0 5/0 6",
        {"R7"},
        {"R4": "already nudged in this episode"},
        past=((21, "R4", "rest", True, 6.0),),
        episode=(21, "rest", 3.0),
    ),
    Case(
        "M5 hysteresis: still open after 2 calm days",
        H + "5/0 6/0 5/0 3/0 3/0 3",
        set(),
        past=(OPENED_R7,),
        episode=(23, "rest", 3.0),
    ),
    Case(
        "M6 no R7 before 14 days of ratings",
        "3/0*10 5/0 6/0 5",
        {"DT"},
        {"R7": "not enough data"},
        why="but with only 13 days of ratings so far",
    ),
    Case(
        "M6 R4 is not a trend rule",
        H + ". . . . 5/0 5/0 7",
        {"R4"},
        {"R7": "not enough data", "R8": "not enough data", "DT": "lower priority than R4"},
    ),
    Case("M7 a 3-day average of 5 against usual 3 on a calm runner", "3/0*26 5/0 5/0 5", {"R7"}),
    Case(
        "M7 ... is within a noisy runner's own swing",
        "1/0 5/0 1/0 5/0 3/0 " * 5 + "3/0 5/0 5/0 5",
        set(),
    ),
    Case(
        "M8 muted: nothing sent, the screen still asked",
        H + "8",
        set(),
        {"R4": "muted", "R8": "muted"},
        muted_until=21,
        screen="pain 7 or more, first rest nudge of this episode",
    ),
    Case(
        "M8 mute ends after its last day",
        H + "3 8",
        {"R4"},
        {"R8": "lower priority than R4"},
        muted_until=21,
    ),
    # --- R3 screen ------------------------------------------------------------------------------
    Case(
        "R3 a rest tip does not re-ask a screen answered 10 days ago",
        H + "6",
        {"R4"},
        screen=None,
        last_screen=11,
    ),
    Case(
        "R3 pain 7 asks whatever the last screen",
        H + "7",
        {"R4"},
        screen="pain 7 or more",
        last_screen=11,
    ),
    # --- Load and data edge cases --------------------------------------------------------------
    Case(
        "seed: 3 miles a week, then 5 miles",
        ("3/3mi " + "3/0 " * 6) * 4 + "3/5mi 3",
        {"R11"},
        unit=Unit.MI,
        why="5.0 mi is 67% more than your longest run since your diary began on Mon 2 Nov, 3.0 mi on Mon 23 Nov",
    ),
    Case(
        "seed, new runner: a week of diary is enough for +67%",
        "3/3mi 3/0 3/0 3/0 3/0 3/0 3/0 3/5mi 3",
        {"R11"},
        unit=Unit.MI,
        why="5.0 mi is 67% more than your longest run since your diary began on Mon 2 Nov, 3.0 mi on Mon 2 Nov",
    ),
    Case(
        "seed, brand new runner: 3 days is not (every first long run would be a spike)",
        "3/3mi 3/0 3/0 3/5mi 3",
        set(),
        {"R11": "not enough data"},
        unit=Unit.MI,
    ),
    Case(
        "new runner: a small spike waits for 14 days",
        "3/8 3/0 3/0 3/0 3/0 3/0 3/0 3/0 3/10 3",
        set(),
        {"R11": "not enough data"},
    ),
    Case("gap: unknown days are not zero pain", H + ". " * 10 + "4/0 4/0 4", set()),
    Case(
        "gap: an unlogged lookback makes it 'your longest logged run'",
        "3/12 " + "3/5 3/0 " * 4 + "3/5 " + ". " * 22 + "3/6 3/0 3/9 3",
        {"R11"},
        why="9.0 km is 50% more than your longest logged run in the 30 days before, 6.0 km on Fri 4 Dec",
    ),
    Case(
        "gap: last week half unknown, so no weekly jump",
        H + "3/5 . 3/5 . 3/8 . 3/8 3/8 3/0 3/8 3/0 3/8 3/5 3",
        set(),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_scenario(case: Case) -> None:
    decision = case.run()
    sent = {decision.send.rule_id} if decision.send else set()
    held = {t.rule_id: reason for t, reason in decision.suppressed}
    assert sent == case.sent, (sent, held)
    assert set(held) == set(case.suppressed), held
    for rule_id, words in case.suppressed.items():
        assert words in held[rule_id]
    if case.why:
        assert case.why in decision.send.why
    if case.screen != "":
        assert decision.ask_screen == case.screen
    assert decision.episode_closed == case.closed


def test_every_rule_and_meta_rule_has_a_scenario() -> None:
    names = " ".join(c.name for c in CASES)
    for rule in RULES:
        assert any(rule.id in c.sent for c in CASES), rule.id
    for meta in ("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8"):
        assert meta in names


def test_rule_table_is_in_priority_order_and_complete() -> None:
    assert [r.id for r in RULES] == [
        "R12", "PT", "R5", "R10", "R7", "R4", "R9", "R6", "R8", "RB", "R11", "R15", "R13", "DT"
    ]
    assert [r.priority for r in RULES] == sorted(r.priority for r in RULES)
    assert all(r.name and r.advice and r.source and r.condition and r.reference for r in RULES)


def test_what_a_rule_is_sits_on_its_row() -> None:
    def having(flag: str) -> set[str]:
        return {r.id for r in RULES if getattr(r, flag)}

    assert having("worsening") == {"R5", "R6", "R7", "R8", "R10", "R12", "PT"}
    assert having("sustained") == {"R6", "R7", "R8", "PT"}
    assert having("pauses_running") == {"R4", "R6", "R7", "R12"}
    assert having("opens_episode") == {"R4", "R5", "R6", "R7", "R8", "R12", "PT"}
    assert having("keeps_open") == {"R4", "R5", "R7", "R12", "PT"}
    assert having("pain_scale") == {"R4", "R5", "R6", "R7", "R8", "R9", "R10", "R12", "PT"}
    assert having("holds_only_itself") == {"R13", "DT"}
    assert having("ignores_cool_down") == {"R15"}
    assert RULE_BY_ID["PT"].covers == ("R5", "R4")


def test_spike_tiers_are_in_the_log() -> None:
    small = next(c for c in CASES if c.name.startswith("R11 7G example: 14")).run().send
    large = next(c for c in CASES if c.name.startswith("R11 7G example: 25")).run().send
    assert (small.inputs["tier"], small.inputs["hazard_ratio"]) == ("small", 1.64)
    assert (large.inputs["tier"], large.inputs["hazard_ratio"]) == ("large", 2.28)
    assert small.inputs["longest_before"] == 12.0 and small.inputs["over_pct"] == 17
    assert small.inputs["unit"] == "km" and small.inputs["longest_date"] == "2026-12-04"


def test_trend_scenario_is_the_trend_test_not_cusum() -> None:
    case = next(c for c in CASES if c.name.startswith("R8 weekly trend"))
    assert on(len(tokens(case.series)) - 1).weekday() == 6
    assert case.run().send.inputs["method"] == "trend"


def test_r9_advice_escalates_with_weeks() -> None:
    assert "physio" in Case("", "4/0*14", set()).run().send.advice
    assert "Four weeks" in Case("", "4/0*28", set()).run().send.advice
    assert "GP" in Case("", "4/0*42", set()).run().send.advice


# --- Episodes, idempotency and the screen ---------------------------------------------------


def test_episode_opens_with_the_pre_flare_baseline() -> None:
    decision = Case("", R7_FLARE, set()).run()
    assert decision.episode == Episode(on(23), "rest", 3.0, 1, 0)


def test_repeat_call_on_the_same_day_is_idempotent() -> None:
    entries = diary(H + "3/6 5")
    first = evaluate(entries, on(22), unit=Unit.KM)
    assert first.send.rule_id == "R5"
    logged = [PastNudge(on(22), first.send.rule_id, first.send.family, True, first.send.metric)]
    again = evaluate(entries, on(22), unit=Unit.KM, past=logged, episode=first.episode)
    assert again.send is None
    assert [(t.rule_id, r) for t, r in again.suppressed] == [("R5", "already nudged today")]
    assert again.episode == first.episode


def test_screen_once_a_day_and_persistence_weekly() -> None:
    entries = diary("4/0*20")
    assert evaluate(entries, on(19), unit=Unit.KM).ask_screen == "pain 4+ for 14 days"
    assert evaluate(entries, on(19), unit=Unit.KM, last_screen=on(15)).ask_screen is None
    assert (
        evaluate(entries, on(19), unit=Unit.KM, last_screen=on(12)).ask_screen
        == "pain 4+ for 14 days"
    )
    severe = diary(H + "8")
    assert evaluate(severe, on(21), unit=Unit.KM, last_screen=on(21)).ask_screen is None


# --- Day by day, as the app runs it ---------------------------------------------------------


def App(entries: list[Entry], unit: Unit = Unit.KM) -> _App:  # noqa: N802 - reads as the class
    """The day-by-day runner from tests/nudge_diaries.py, seeing each day's whole token (these
    diaries write a morning's pain and the day's own distance on one token)."""
    return _App(entries, unit=unit, mode=Mode.EVENING)


def test_episode_opens_and_closes_with_r15() -> None:
    app = App(diary(H + "5/0 6/0 5/0 4/0 3/0 3/0 3/0 3/0"))
    app.run(on(21), on(29))
    opened = app.decisions[on(22)]
    assert opened.send.rule_id == "R4" and opened.episode == Episode(on(22), "rest", 3.0, 1, 0)
    assert opened.send.worsening  # pain 6 is 2 or more above the usual 3
    assert opened.ask_screen == "first rest nudge of this episode"
    assert app.decisions[on(23)].episode.worsening_fires == 1  # R7 held by the cool-down; the log keeps no R4 worsening flag
    assert app.decisions[on(25)].send is None  # no active-recovery note: the rest tip said to keep moving
    assert [app.decisions[on(i)].episode.calm_days for i in (25, 26)] == [1, 2]
    closing = app.decisions[on(27)]
    assert closing.episode_closed and closing.episode is None
    assert closing.send.rule_id == "R15"
    assert render(closing.send).startswith(
        "3-day average 3.0, back within 1 point of your usual 3.0 for 3 days."
    )
    assert app.decisions[on(28)].episode is None and not app.decisions[on(28)].episode_closed


def test_cool_downs_and_weekly_cap_over_a_simulated_month() -> None:
    rng = random.Random(7)
    text = H + " ".join(
        f"{rng.choice([2, 3, 5, 6, 7, 8])}/{rng.choice([0, 0, 6, 9, 12, 15, 20])}"
        for _ in range(30)
    )
    app = App(diary(text))
    app.run(on(21), on(50))
    sent = app.sent()
    assert len(sent) >= 5
    for p in sent:
        week = [q for q in sent if 0 <= (p.date - q.date).days < 7 and q.family != "positive"]
        assert len(week) <= DEFAULT.weekly_cap
        assert sum(q.date == p.date for q in sent) == 1
        for q in sent:
            gap = (p.date - q.date).days
            if q.family == p.family == "caution" and "R13" not in (p.rule_id, q.rule_id):
                assert not 0 < gap < DEFAULT.cooldown_caution
            if q.family == p.family == "rest" and 0 < gap < DEFAULT.cooldown_rest:
                assert p.metric >= q.metric + 2  # M3: only when 2 points worse
    reasons = {r for dec in app.decisions.values() for _, r in dec.suppressed}
    assert any("cool-down" in r for r in reasons) or any("episode" in r for r in reasons)
    assert "3 warnings in 7 days" in reasons or len(sent) < 3 * 4


def test_noisy_flat_two_months_send_no_worsening_nudge() -> None:
    for seed in range(5):
        rng = random.Random(seed)
        text = WEEK * 2 + " ".join(
            f"{3 + rng.choice([-1, 0, 0, 1])}/{[5, 0, 5, 0, 8, 0, 0][i % 7]}" for i in range(60)
        )
        app = App(diary(text))
        app.run(on(14), on(73))
        assert not [
            p.rule_id for p in app.sent() if p.rule_id in {"R5", "R6", "R7", "R8", "R10", "R12"}
        ], seed


def test_unit_change_mid_series_only_changes_the_words() -> None:
    text = H5 + "3/16.09344 3"
    km = evaluate(diary(text), on(36), unit=Unit.KM).send
    mi = evaluate(diary(text), on(36), unit=Unit.MI).send
    assert km.rule_id == mi.rule_id == "R11"
    assert km.inputs["over_pct"] == mi.inputs["over_pct"] == 101
    assert km.why == "16.1 km is 101% more than your longest run in the 30 days before, 8.0 km on Fri 4 Dec"
    assert mi.why == "10.0 mi is 101% more than your longest run in the 30 days before, 5.0 mi on Fri 4 Dec"


def test_runner_switching_to_miles_mid_month() -> None:
    app = App(diary(H5 + "3/10 3 3/0 3/0 3/0 3/0 3/0 3/0 3/13 3"))
    app.run(on(35), on(36))
    assert app.decisions[on(35)].send.why.startswith("10.0 km is 25% more")
    assert "caution cool-down" in app.decisions[on(36)].suppressed[0][1]  # the same run, seen again
    app.unit = Unit.MI
    app.run(on(37), on(44))
    assert app.decisions[on(43)].send.why == (
        "8.1 mi is 30% more than your longest logged run in the 30 days before, 6.2 mi on Mon 7 Dec"
    )


# --- Messages -------------------------------------------------------------------------------


def _trigger(case_name: str) -> Trigger:
    return next(c for c in CASES if c.name == case_name).run().send


def test_render_is_one_plain_paragraph_with_numbers_source_and_footer() -> None:
    text = render(_trigger("R7 acute flare, 7G worked example"))
    assert text.startswith("3-day average 5.3 against your usual 3.0. Swap runs for")
    assert "Source: Ostelo 2008, Spine." in text
    assert text.endswith("Not medical advice.")
    assert "\n" not in text and "*" not in text and "_" not in text
    assert "bed rest" in text
    spike = render(_trigger("R11 single-run spike, with a full 30 days of diary"))
    assert spike.startswith("10.0 km is 25% more than your longest run in the 30 days before, 8.0 km on Fri 4 Dec.")
    assert "Frandsen 2025, BJSM" in spike and "Warm up 5-10 min" in spike


def test_every_sent_message_is_short_and_plain() -> None:
    for case in CASES:
        decision = case.run()
        for trigger in [decision.send] + [t for t, _ in decision.suppressed]:
            if trigger is None:
                continue
            text = render(trigger)
            assert len(text) < 600, text
            assert "Not medical advice." in text
            json.dumps(trigger.inputs)


def test_explain_lists_rule_numbers_threshold_and_full_source() -> None:
    text = explain(_trigger("R7 acute flare, 7G worked example"), "Pain ratings: 5, 6, 5.")
    assert text.startswith("R7 Acute flare (rest nudge")
    assert "pain 3day avg: 5.333" in text
    assert "usual: 3" in text
    assert "rise needed: 2" in text
    assert "3-day average - usual >= 2" in text
    assert "Spine 2008;33(1):90-94" in text
    assert "Pain ratings: 5, 6, 5." in text
    assert text.endswith("Not medical advice.")


def test_pain_rules_carry_a_pain_scale_metric() -> None:
    for case in CASES:
        decision = case.run()
        for trigger in [decision.send] + [t for t, _ in decision.suppressed]:
            if trigger is not None and trigger.rule_id in PAIN_RULES:
                assert trigger.metric is not None and 0 <= trigger.metric <= 10


# --- Any diary ------------------------------------------------------------------------------

day_values = st.tuples(
    st.one_of(st.none(), st.integers(0, 10)),
    st.one_of(st.none(), st.just(0.0), st.floats(0.5, 60.0)),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(day_values, min_size=1, max_size=70), st.data())
def test_any_diary_gives_a_consistent_decision(days: list, data: st.DataObject) -> None:
    entries = [
        Entry(on(i), p, k) for i, (p, k) in enumerate(days) if p is not None or k is not None
    ]
    day = on(data.draw(st.integers(0, len(days) - 1)))
    unit = data.draw(st.sampled_from(list(Unit)))
    decision = evaluate(entries, day, unit=unit)
    fired = [decision.send] * (decision.send is not None) + [t for t, _ in decision.suppressed]
    assert len({t.rule_id for t in fired}) == len(fired)
    for trigger in fired:
        json.dumps(trigger.inputs)
        assert render(trigger).endswith("Not medical advice.")
    if decision.send is not None:
        logged = [
            PastNudge(day, decision.send.rule_id, decision.send.family, True, decision.send.metric)
        ]
        again = evaluate(entries, day, unit=unit, past=logged, episode=decision.episode)
        assert again.send is None
        assert again.episode == decision.episode
