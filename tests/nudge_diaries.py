"""Compact diaries for the nudge tests, and the engine run day by day as the app runs it.

A diary is one token per day from its start: "3/5" is pain 3 and 5 km, "3/0" a rest day, "3" pain
only (the distance not logged yet, as on a morning check-in), "-/5" a distance only, "." a day
with nothing logged, "3/5mi" a distance typed in miles, and "3/0*14" the same token 14 times.
A distance is kept as typed (value and unit) beside its kilometres, as storage keeps it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from coach.models import KM_PER_MILE, Entry, Mode, Unit
from coach.nudges import Decision, Episode, PastNudge, Thresholds, evaluate
from coach.nudges.thresholds import DEFAULT
from coach.nudges.warmup import warmup_due


def tokens(text: str) -> list[str]:
    out: list[str] = []
    for token in text.split():
        word, _, times = token.partition("*")
        out += [word] * int(times or 1)
    return out


def typed(day: dt.date, pain: int | None, value: float | None, unit: Unit = Unit.KM) -> Entry:
    if value is None:
        return Entry(day, pain)
    km = round(value * KM_PER_MILE, 3) if unit is Unit.MI else value
    return Entry(day, pain, km, distance_value=value, distance_unit=unit)


def diary(text: str, start: dt.date) -> list[Entry]:
    entries = []
    for i, token in enumerate(tokens(text)):
        if token == ".":
            continue
        pain, _, distance = token.partition("/")
        day = start + dt.timedelta(days=i)
        value, unit = None, Unit.KM
        if distance and distance != "-":
            if distance.endswith("mi"):
                value, unit = float(distance[:-2]), Unit.MI
            else:
                value = float(distance.removesuffix("km"))
        entries.append(typed(day, None if pain in ("", "-") else int(pain), value, unit))
    return entries


@dataclass
class App:
    """Feeds every decision back the next day, as the caller does (M10 log, M5 episode, R3 screen).

    ``entries`` is the whole diary; on each day the engine sees what a runner in ``mode`` has
    logged by the end of that day's check-in: in the morning mode, tomorrow's distance is not
    known yet. The screen counts as asked on the day the engine says to ask it. With
    ``run_time`` set, the warm-up tip (WU) is offered before each day's check-in is judged.
    """

    entries: list[Entry]
    unit: Unit = Unit.KM
    mode: Mode = Mode.MORNING
    thresholds: Thresholds = DEFAULT
    run_time: bool = False
    past: list[PastNudge] = field(default_factory=list)
    episode: Episode | None = None
    last_screen: dt.date | None = None
    muted_until: dt.date | None = None
    decisions: dict[dt.date, Decision] = field(default_factory=dict)
    screens: list[dt.date] = field(default_factory=list)
    warmups: list[dt.date] = field(default_factory=list)

    def visible(self, day: dt.date) -> list[Entry]:
        out = []
        for e in self.entries:
            if e.date > day:
                continue
            if self.mode is Mode.MORNING and e.date == day and e.distance_km is not None:
                e = Entry(e.date, e.pain)
            out.append(e)
        return out

    def day(self, day: dt.date) -> Decision:
        if self.run_time:
            tip = warmup_due(day, past=self.past, episode=self.episode, muted_until=self.muted_until)
            if tip is not None:
                self.past.append(PastNudge(day, tip.rule_id, tip.family, True, tip.metric))
                self.warmups.append(day)
        d = evaluate(
            self.visible(day),
            day,
            unit=self.unit,
            past=self.past,
            episode=self.episode,
            muted_until=self.muted_until,
            last_screen=self.last_screen,
            mode=self.mode,
            thresholds=self.thresholds,
        )
        if d.send:
            self.past.append(PastNudge(day, d.send.rule_id, d.send.family, True, d.send.metric))
        self.past += [PastNudge(day, t.rule_id, t.family, False, t.metric) for t, _ in d.suppressed]
        self.episode = d.episode
        if d.ask_screen:
            self.last_screen = day
            self.screens.append(day)
        self.decisions[day] = d
        return d

    def run(self, first: dt.date, last: dt.date) -> None:
        while first <= last:
            self.day(first)
            first += dt.timedelta(days=1)

    def run_all(self) -> None:
        self.run(min(e.date for e in self.entries), max(e.date for e in self.entries))

    def sent(self) -> list[PastNudge]:
        return [p for p in self.past if p.sent]

    def sent_ids(self) -> list[str]:
        return [p.rule_id for p in self.sent()]
