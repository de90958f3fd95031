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
from coach.nudges import Decision, Episode, PastNudge, Thresholds, Trigger, evaluate
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
    warmups: list[tuple[dt.date, Trigger]] = field(default_factory=list)

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
                self.warmups.append((day, tip))
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


@dataclass(frozen=True)
class Heard:
    """One message the runner read after a check-in: a tip (its rule) or the red-flag screen."""

    day: int  # index into the diary
    what: str  # rule id, or "screen"
    text: str


class ChatDiary:
    """A runner keeping a compact diary through the real conversation core, one check-in a day.

    Morning mode (08:30 London): the check-in on day d says day d's pain and day d-1's distance,
    as the daily question asks. Evening mode (20:30): day d's pain and distance. "." skips the
    day's check-in. Every red-flag screen asked is answered "no" to each checklist.
    """

    def __init__(self, db, start: dt.date, *, mode: Mode = Mode.MORNING, units: Unit = Unit.KM) -> None:
        from coach.clock import ManualClock
        from tests.helpers import Chat

        self.db = db
        self.start = start
        self.mode = mode
        self.units = units
        self.clock = ManualClock(dt.datetime.combine(start - dt.timedelta(days=1), dt.time(7, 0), tzinfo=dt.timezone.utc))
        self.chat = Chat(db, self.clock)
        self.chat.onboard(zone="Europe/London", time="08:00" if mode is Mode.MORNING else "20:00", units=units.value)
        self.heard: list[Heard] = []
        self.days: list[Entry | None] = []

    def keep(self, text: str) -> list[Heard]:
        """Log the next days of the diary; returns what the runner heard."""
        before = len(self.heard)
        for entry in _days(text):
            i = len(self.days)
            self.days.append(entry)
            if entry is None:
                continue
            day = self.start + dt.timedelta(days=i)
            hour = 8 if self.mode is Mode.MORNING else 20
            self.clock.set(dt.datetime.combine(day, dt.time(hour, 30), tzinfo=dt.timezone.utc))
            said = self._words(i, entry)
            if said:
                self._listen(i, self.chat.say(said))
        return self.heard[before:]

    def _words(self, i: int, entry: Entry) -> str:
        distance_from = entry if self.mode is Mode.EVENING else (self.days[i - 1] if i else None)
        parts = [] if entry.pain is None else [str(entry.pain)]
        if distance_from is not None and distance_from.distance_value is not None:
            value, unit = distance_from.distance_value, distance_from.distance_unit
            parts.append("rest" if value == 0 else f"{value:g}{'mi' if unit is Unit.MI else 'km'}")
        return " ".join(parts)

    def _listen(self, i: int, replies) -> None:
        for reply in replies:
            if reply.files:  # the weekly summary, which now follows the answer that completes a week
                continue
            data = [b.data for row in reply.buttons for b in row]
            if any(d.startswith("fb:") or "feedback" in d for d in data) or "Not medical advice." in reply.text:
                rows = self.db.query(
                    "select rule_id, message from nudges where runner_id = 1 and status = 'sent' and message is not null"
                    " order by id desc limit 3"
                )
                [row] = [r for r in rows if r["message"] in reply.text][:1]
                self.heard.append(Heard(i, row["rule_id"], row["message"]))
            elif any(d.startswith("flag:S1") for d in data):
                self.heard.append(Heard(i, "screen", reply.text))
                for tier in ("S1", "S2", "S3"):
                    self.chat.press(f"flag:{tier}:no")


def _days(text: str) -> list[Entry | None]:
    out: list[Entry | None] = []
    base = dt.date(2000, 1, 3)
    for i, token in enumerate(tokens(text)):
        if token == ".":
            out.append(None)
            continue
        [entry] = diary(token, base)
        out.append(entry)
    return out
