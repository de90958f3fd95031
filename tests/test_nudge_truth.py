"""Every number a tip or a weekly summary states can be found in the runner's own diary.

For random diaries (steps, spikes, breaks, weekly patterns, gaps, miles and kilometres mixed,
morning and evening check-ins), the engine runs day by day as the app runs it, and each tip's
"why" line is read back: every pain, average, count, date, distance, percentage and duration in
it is recomputed here from the diary, independently of coach/nudges, and must match what the
message says to the precision it says it. Nothing is "since" a day on which nothing happened, no
"four weeks" is said of a shorter diary, and no fitted value is quoted except as "a trend".
"""

from __future__ import annotations

import datetime as dt
import math
import random
import re
import statistics
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from coach.models import KM_PER_MILE, Entry, Mode, Unit
from coach.nudges import Decision, Episode, PastNudge, Trigger
from coach.nudges.rules import RULE_BY_ID
from coach.summary import summary_text, weekly_summary
from tests.nudge_diaries import App, typed

START = dt.date(2026, 3, 2)  # a Monday
DATE = r"((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
NUM = r"(\d+(?:\.\d+)?)"
UNIT = r"(km|mi)"
COUNT_WORDS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}


# --- Random diaries ---------------------------------------------------------------------------


def make_diary(seed: int) -> tuple[list[Entry], Mode, Unit]:
    """A diary with the things that make rules fire: a usual level with noise, and some of a pain
    step, a big run, a weekly long-run pattern, a break (logged or not), gaps, miles."""
    rng = random.Random(seed)
    days = rng.randint(18, 70)
    unit = rng.choice(list(Unit))
    mode = rng.choice(list(Mode))
    usual = rng.randint(1, 5)
    noise = rng.choice([0, 0.5, 1.0, 1.5])
    week = [rng.choice([0, 0, 5, 6, 8, 10]) for _ in range(7)]
    week[rng.randrange(7)] = rng.choice([12, 14, 16, 18, 21])
    step_day = rng.randint(10, days) if rng.random() < 0.5 else days + 1
    step = rng.choice([2, 3, 4])
    spike_day = rng.randint(5, days) if rng.random() < 0.5 else -1
    pattern = rng.random() < 0.25
    long_day = max(range(7), key=lambda i: week[i])
    brk = (rng.randint(7, max(8, days - 20)), rng.randint(10, 25)) if rng.random() < 0.25 else (-1, 0)
    brk_logged = rng.random() < 0.5
    missing = rng.choice([0.0, 0.05, 0.15, 0.5])
    entries = []
    for i in range(days):
        day = START + dt.timedelta(days=i)
        in_break = brk[0] <= i < brk[0] + brk[1]
        if (in_break and not brk_logged) or rng.random() < missing:
            continue
        pain = usual + round(rng.gauss(0, noise)) + (step if i >= step_day else 0)
        if pattern and (day - dt.timedelta(days=1)).weekday() == long_day and i > 14:
            pain = max(pain, usual + 2)
        pain = min(10, max(0, pain))
        km = 0.0 if in_break else week[day.weekday()] * rng.uniform(0.9, 1.1)
        if i == spike_day:
            km = max(week) * rng.uniform(1.2, 2.5)
        typed_unit = unit if rng.random() < 0.85 else rng.choice(list(Unit))
        value = round(km / KM_PER_MILE if typed_unit is Unit.MI else km, 1)
        if rng.random() < 0.05:
            entries.append(Entry(day, pain))
        elif rng.random() < 0.03:
            entries.append(typed(day, None, value, typed_unit))
        else:
            entries.append(typed(day, pain, value, typed_unit))
    return entries, mode, unit


# --- The diary as the runner sees it -------------------------------------------------------------


class Diary:
    def __init__(self, entries: list[Entry], day: dt.date, unit: Unit) -> None:
        self.by_date = {e.date: e for e in entries if e.date <= day}
        self.day = day
        self.unit = unit

    def pain(self, d: dt.date) -> int | None:
        e = self.by_date.get(d)
        return None if e is None else e.pain

    def dist(self, d: dt.date) -> float | None:
        e = self.by_date.get(d)
        return None if e is None else e.distance_in(self.unit)

    def pains(self, first: dt.date, last: dt.date) -> list[int]:
        return [p for d in span(first, last) if (p := self.pain(d)) is not None]

    def p3(self, d: dt.date) -> float | None:
        values = self.pains(d - dt.timedelta(days=2), d)
        return statistics.fmean(values) if len(values) >= 2 else None

    def usual(self, d: dt.date) -> float | None:
        values = self.pains(d - dt.timedelta(days=16), d - dt.timedelta(days=3))
        return float(statistics.median(values)) if len(values) >= 7 else None

    def first_rating(self) -> dt.date:
        return min(d for d, e in self.by_date.items() if e.pain is not None)

    def first_distance(self) -> dt.date:
        return min(d for d, e in self.by_date.items() if e.distance_km is not None)


def span(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=k) for k in range((last - first).days + 1)]


def label(d: dt.date) -> str:
    return d.strftime("%a ") + str(d.day) + d.strftime(" %b")


def date_of(text: str, near: dt.date) -> dt.date:
    """The date a label names, the one nearest ``near`` (labels carry no year)."""
    candidates = [near - dt.timedelta(days=k) for k in range(-3, 200)]
    return next(d for d in candidates if label(d) == text)


def one(value: float) -> str:
    return f"{value:.1f}"


def total(value: float) -> str:
    """A distance sum as the summary prints it: a zero sum is "0 km"."""
    return one(value) if value > 0 else "0"


def shown_percent_ok(shown: int, ratio: float) -> bool:
    return abs(shown - 100 * ratio) <= 0.5 + 1e-6


# --- Per-rule readers -------------------------------------------------------------------------


def check_compared(text: str, diary: Diary, run: dt.date) -> float:
    """"your longest [logged ]run in the 30 days before|since your diary began on D, X u on D"."""
    m = re.fullmatch(rf"your longest (logged )?run (?:in the 30 days before|since your diary began on {DATE}), {NUM} {UNIT} on {DATE}", text)
    assert m, text
    logged, began, value, unit, when = m.groups()
    window = span(run - dt.timedelta(days=30), run - dt.timedelta(days=1))
    known = {d: v for d in window if (v := diary.dist(d)) is not None}
    longest = max(v for v in known.values() if v > 0)
    assert value == one(longest) and unit == diary.unit.value
    assert date_of(when, run) == max(d for d, v in known.items() if v == longest)
    first = diary.first_distance()
    if began:
        assert date_of(began, run) == first and (run - first).days < 30
    else:
        assert (run - first).days >= 30
        assert bool(logged) == (len(known) < 30)
    return longest


def check_spike(m: re.Match, diary: Diary, run: dt.date, compared: str) -> None:
    value, unit, pct = m.group("value"), m.group("unit"), int(m.group("pct"))
    assert value == one(diary.dist(run)) and unit == diary.unit.value
    longest = check_compared(compared, diary, run)
    assert shown_percent_ok(pct, diary.dist(run) / longest - 1)


def check_usual(shown: str, diary: Diary, day: dt.date, episode: Episode | None) -> None:
    """The usual level is today's lagged median, or the one frozen when the episode opened."""
    options = {diary.usual(day)}
    if episode is not None:
        options.add(episode.baseline)
    assert shown in {one(u) for u in options if u is not None}, (shown, options)


def check_pain_phrase(text: str, diary: Diary, day: dt.date, episode: Episode | None) -> None:
    if m := re.fullmatch(rf"3-day average {NUM} against your usual {NUM}", text):
        assert m.group(1) == one(diary.p3(day))
        check_usual(m.group(2), diary, day, episode)
    elif m := re.fullmatch(r"pain (\d+) today, up from (\d+) before that run", text):
        assert int(m.group(1)) == diary.pain(day)
    elif m := re.fullmatch(r"pain (\d+) today", text):
        assert int(m.group(1)) == diary.pain(day)
    else:
        raise AssertionError(text)


def check_trend_why(why: str, diary: Diary, day: dt.date, episode: Episode | None) -> None:
    """R6, R7 and R8's lines, also quoted inside R10 and DT."""
    if m := re.fullmatch(rf"3-day average {NUM} against your usual {NUM}", why):
        assert m.group(1) == one(diary.p3(day))
        check_usual(m.group(2), diary, day, episode)
    elif m := re.fullmatch(rf"this week's average pain {NUM} against {NUM} the week before", why):
        assert m.group(1) == one(statistics.fmean(diary.pains(day - dt.timedelta(days=6), day)))
        assert m.group(2) == one(statistics.fmean(diary.pains(day - dt.timedelta(days=13), day - dt.timedelta(days=7))))
    elif m := re.fullmatch(rf"pain has been above your usual {NUM} on (\d+) of the (\d+) days you rated since {DATE}", why):
        usual = statistics.median(diary.pains(day - dt.timedelta(days=28), day - dt.timedelta(days=8)))
        since = date_of(m.group(4), day)
        rated = diary.pains(since, day)
        assert m.group(1) == one(usual) and int(m.group(3)) == len(rated) and diary.pain(since) is not None
        assert int(m.group(2)) == sum(p > usual for p in rated)
    elif m := re.fullmatch(rf"pain has been rising over the last 14 days: the first week averaged {NUM}, the second {NUM} \(a trend of about \+{NUM} a day\)", why):
        first = diary.pains(day - dt.timedelta(days=13), day - dt.timedelta(days=7))
        second = diary.pains(day - dt.timedelta(days=6), day)
        assert m.group(1) == one(statistics.fmean(first)) and m.group(2) == one(statistics.fmean(second))
        points = [(k, p) for k, d in enumerate(span(day - dt.timedelta(days=13), day)) if (p := diary.pain(d)) is not None]
        slopes = [(b[1] - a[1]) / (b[0] - a[0]) for i, a in enumerate(points) for b in points[i + 1:]]
        assert m.group(3) == one(statistics.median(slopes))
    else:
        raise AssertionError(why)


def check(trigger: Trigger, entries: list[Entry], day: dt.date, app: App, episode: Episode | None) -> None:
    diary = Diary(app.visible(day), day, app.unit)
    why, rule = trigger.why, trigger.rule_id
    morning = app.mode is Mode.MORNING
    if rule == "R4":
        m = re.fullmatch(rf"pain (\d+) today, (?:well )?above the 5 out of 10 ceiling(?: and your usual {NUM})?", why)
        assert m and int(m.group(1)) == diary.pain(day), why
        if m.group(2):
            check_usual(m.group(2), diary, day, episode)
    elif rule == "R5":
        if morning:
            m = re.fullmatch(rf"pain (\d+) this morning, up from (\d+) on the morning of your {NUM} {UNIT} run on {DATE}", why)
            assert m, why
            run = date_of(m.group(5), day)
            assert run == day - dt.timedelta(days=1) and int(m.group(2)) == diary.pain(run)
            value = m.group(3)
        else:
            m = re.fullmatch(rf"pain (\d+) this evening, a day after your {NUM} {UNIT} run on {DATE}; it was (\d+) the evening before that run", why)
            assert m, why
            run = date_of(m.group(4), day)
            assert run == day - dt.timedelta(days=1) and int(m.group(5)) == diary.pain(run - dt.timedelta(days=1))
            value = m.group(2)
        assert int(m.group(1)) == diary.pain(day) and value == one(diary.dist(run))
    elif rule in ("R6", "R7", "R8"):
        check_trend_why(why, diary, day, episode)
    elif rule == "R11":
        m = re.fullmatch(rf"(?P<value>{NUM}) (?P<unit>km|mi) is (?P<pct>\d+)% more than (?P<compared>.*)", why)
        assert m, why
        run = day - dt.timedelta(days=1) if morning or diary.dist(day) is None else day
        check_spike(m, diary, run, m.group("compared"))
    elif rule == "R12":
        m = re.fullmatch(rf"(?P<value>{NUM}) (?P<unit>km|mi) on (?P<run>{DATE[1:-1]}) was (?P<pct>\d+)% more than (?P<compared>.*), and pain is up: (?P<pain>.*)", why)
        assert m, why
        run = date_of(m.group("run"), day)
        assert 0 <= (day - run).days <= 3
        check_spike(m, diary, run, m.group("compared"))
        check_pain_phrase(m.group("pain"), diary, day, episode)
    elif rule == "PT":
        m = re.fullmatch(rf"for the (\w+) week running, your back hasn't settled the (morning|day) after your (\w+) run \((.*)\)", why)
        assert m, why
        listed = m.group(4).removeprefix("the last three: ")
        runs = [re.fullmatch(rf"{NUM} {UNIT} on {DATE}, then pain (\d+)", part) for part in listed.split("; ")]
        weeks = COUNT_WORDS.get(m.group(1)) or int(m.group(1).removesuffix("th"))
        assert len(runs) == min(weeks, 3) and (weeks > 3) == (listed != m.group(4))
        for k in range(weeks):  # every week of the streak, listed or not, had the sore day after the run
            run = day - dt.timedelta(days=1 + 7 * k)
            after = run + dt.timedelta(days=1)
            assert diary.dist(run) and run.strftime("%A") == m.group(3) and diary.pain(after) is not None
            usual = diary.usual(after)
            if k:
                assert diary.pain(after) >= (5 if usual is None else min(usual + 2, 5))
        for k, r in enumerate(runs):
            run = date_of(r.group(3), day)
            assert run == day - dt.timedelta(days=1 + 7 * k) and run.strftime("%A") == m.group(3)
            assert r.group(1) == one(diary.dist(run)) and int(r.group(4)) == diary.pain(run + dt.timedelta(days=1))
    elif rule == "R10":
        if m := re.fullmatch(rf"after (\d+) calmer days \(3-day average {NUM} or less, to {DATE}\), pain has flared again: (.*)", why):
            end = date_of(m.group(3), day)
            calm = [diary.p3(end - dt.timedelta(days=k)) for k in range(int(m.group(1)))]
            assert end < day and m.group(2) == one(max(calm))
            check_trend_why(m.group(4), diary, day, episode)
        else:
            m = re.fullmatch(rf"3-day average {NUM}, up {NUM} since (my rest tip|your pain rose) on {DATE}, although you ran less: {NUM} {UNIT} in the (\d+) days? logged since, against {NUM} {UNIT} in the (\d+) days? logged before", why)
            assert m, why
            since = date_of(m.group(4), day)
            if m.group(3) == "my rest tip":
                assert any(p.sent and p.family == "rest" and p.date == since for p in app.past), "no rest tip that day"
            else:
                assert episode is not None and since == episode.opened_on
            assert m.group(1) == one(diary.p3(day)) and m.group(2) == one(diary.p3(day) - diary.p3(since))
            first = since if morning else since + dt.timedelta(days=1)
            last = day - dt.timedelta(days=1) if morning else day
            after = [v for d in span(first, last) if (v := diary.dist(d)) is not None]
            n = (last - first).days + 1
            before = [v for d in span(first - dt.timedelta(days=n), first - dt.timedelta(days=1)) if (v := diary.dist(d)) is not None]
            assert (m.group(5), int(m.group(7)), m.group(8), int(m.group(10))) == (one(sum(after)), len(after), one(sum(before)), len(before))
            assert statistics.fmean(after) <= statistics.fmean(before) / 2 + 1e-9
    elif rule == "R9":
        m = re.fullmatch(rf"pain 4 or more on (\d+) of the (?:last (\d+) days|(\d+) days you rated in the last (\d+) days), with no real improvement(?: \(this week {NUM}, the week before {NUM}\))?", why)
        assert m, why
        days = int(m.group(2) or m.group(4))
        rated = diary.pains(day - dt.timedelta(days=days - 1), day)
        assert int(m.group(1)) == sum(p >= 4 for p in rated) and int(m.group(3) or days) == len(rated)
        assert (day - diary.first_rating()).days + 1 >= days, "speaks of more weeks than the diary holds"
        weeks = {"Two": 14, "Four": 28, "Six": 42}[trigger.advice.split()[0]]
        assert weeks == days
        if m.group(5):
            assert m.group(5) == one(statistics.fmean(diary.pains(day - dt.timedelta(days=6), day)))
    elif rule == "RB":
        m = re.fullmatch(rf"{NUM} {UNIT} on {DATE} is your first run logged since {NUM} {UNIT} on {DATE}, (\d+) days before \(the days between (?:all logged as rest|(\d+) of them not logged)\)", why)
        assert m, why
        run, prev = date_of(m.group(3), day), date_of(m.group(6), day)
        assert m.group(1) == one(diary.dist(run)) and m.group(4) == one(diary.dist(prev)) and int(m.group(7)) == (run - prev).days
        between = span(prev + dt.timedelta(days=1), run - dt.timedelta(days=1))
        assert all(not diary.dist(d) for d in between)
        assert int(m.group(8) or 0) == sum(diary.dist(d) is None for d in between)
    elif rule == "R13":
        m = re.fullmatch(rf"{NUM} {UNIT} in the 7 days to {DATE}, (?:(\d+)% more than the {NUM} {UNIT} in the 7 days before|after no running in the 7 days before)", why)
        assert m, why
        last = date_of(m.group(3), day)
        assert last == (day - dt.timedelta(days=1) if morning else day)
        now = sum(v for d in span(last - dt.timedelta(days=6), last) if (v := diary.dist(d)) is not None)
        before = sum(v for d in span(last - dt.timedelta(days=13), last - dt.timedelta(days=7)) if (v := diary.dist(d)) is not None)
        assert m.group(1) == one(now)
        if m.group(4):
            assert m.group(5) == one(before) and shown_percent_ok(int(m.group(4)), now / before - 1)
        else:
            assert before == 0
    elif rule == "DT":
        m = re.fullmatch(r"(.*), but with only (?:(\d+) days? of ratings so far|(\d+) of the last 7 days rated) I can't yet tell a trend from a few bad days", why)
        assert m, why
        if m.group(2):
            assert int(m.group(2)) == len(diary.pains(START - dt.timedelta(days=400), day))
        else:
            assert int(m.group(3)) == len(diary.pains(day - dt.timedelta(days=6), day))
        check_trend_why(m.group(1), diary, day, episode)
    elif rule == "R15":
        m = re.fullmatch(rf"3-day average {NUM}, back (?:within 1 point of your usual {NUM}|at 3 or less) for 3 days", why)
        assert m and m.group(1) == one(diary.p3(day)), why
        level = float(m.group(2)) + 1 if m.group(2) else 3
        assert all(diary.pain(d) is not None and diary.p3(d) <= level + 0.05 for d in span(day - dt.timedelta(days=2), day))
    else:
        raise AssertionError(f"no reader for {rule}: {why}")


def read_every_tip(seed: int) -> Counter[str]:
    """Run the seed's diary day by day and read back every tip that fired; returns the rules read."""
    entries, mode, unit = make_diary(seed)
    read: Counter[str] = Counter()
    if not entries:
        return read
    app = App(entries, unit=unit, mode=mode, run_time=True)
    first, last = min(e.date for e in entries), max(e.date for e in entries)
    day = first
    while day <= last:
        before = app.episode
        decision: Decision = app.day(day)
        fired = [decision.send] * (decision.send is not None) + [t for t, _ in decision.suppressed]
        for trigger in fired:
            check(trigger, entries, day, app, before)
            for said in re.findall(DATE, trigger.why):
                assert date_of(said, day) <= day
            read[trigger.rule_id] += 1
        day += dt.timedelta(days=1)
    for day, tip in app.warmups:
        m = re.fullmatch(rf"after my (\w+) tip on {DATE}, a warm-up may make today's run feel easier", tip.why)
        assert m, tip.why
        said = date_of(m.group(2), day)
        assert any(p.sent and p.rule_id == m.group(1) and p.date == said for p in app.past)
        read["WU"] += 1
    return read


def test_every_number_a_tip_states_is_in_the_diary() -> None:
    """120 seeded diaries, between them reaching every rule."""
    read: Counter[str] = Counter()
    for seed in range(120):
        read += read_every_tip(seed)
    assert set(read) == set(RULE_BY_ID) | {"WU"}, read


@settings(max_examples=25, deadline=None)
@given(st.integers(120, 2**32))
def test_every_number_a_tip_states_is_in_any_diary(seed: int) -> None:
    read_every_tip(seed)


# --- The weekly summary -----------------------------------------------------------------------


@settings(max_examples=80, deadline=None, derandomize=True)
@given(st.integers(0, 2**32))
def test_every_number_a_summary_states_is_in_the_diary(seed: int) -> None:
    entries, mode, unit = make_diary(seed)
    if not entries:
        return
    last = max(e.date for e in entries)
    sunday = last - dt.timedelta(days=(last.weekday() - 6) % 7)
    text = summary_text(weekly_summary(entries, sunday, unit=unit, mode=mode))
    diary = Diary(entries, sunday, unit)
    monday = sunday - dt.timedelta(days=6)

    def week_sum(first: dt.date) -> tuple[float, int]:
        values = [v for d in span(first, first + dt.timedelta(days=6)) if (v := diary.dist(d)) is not None]
        return sum(values), len(values)

    for line in text.split("\n"):
        if m := re.match(rf"Distance {NUM} {UNIT}", line):
            assert m.group(1) == total(week_sum(monday)[0]) and m.group(2) == unit.value
        if m := re.search(rf"last week {NUM} {UNIT}", line):
            assert m.group(1) == total(week_sum(monday - dt.timedelta(days=7))[0])
        if m := re.search(rf"4-week average {NUM} {UNIT}", line):
            totals = [week_sum(monday - dt.timedelta(days=7 * k))[0] for k in range(1, 5)]
            assert m.group(1) == total(sum(totals) / 4)
        if m := re.match(rf"Pain: average {NUM}, worst (\d+)", line):
            rated = diary.pains(monday, sunday)
            assert m.group(1) == one(statistics.fmean(rated)) and int(m.group(2)) == max(rated)
        if m := re.match(rf"Longest run {NUM} {UNIT}(?: \(longest in the 30 days before: {NUM} {UNIT}\))?", line):
            assert m.group(1) == one(max(v for d in span(monday, sunday) if (v := diary.dist(d))))
            if m.group(3):
                before = [v for d in span(monday - dt.timedelta(days=30), monday - dt.timedelta(days=1)) if (v := diary.dist(d))]
                assert m.group(3) == one(max(before))
        if m := re.match(rf"Load ratio {NUM}: this week's {NUM} {UNIT} over your 4-week average of {NUM} {UNIT}", line):
            week = week_sum(monday)[0]
            average = sum(week_sum(monday - dt.timedelta(days=7 * k))[0] for k in range(1, 5)) / 4
            assert (m.group(1), m.group(2), m.group(4)) == (one(week / average), total(week), total(average))
        if m := re.match(r"Logged (\d+) of (\d+) days", line):
            logged = sum(1 for d in span(monday, sunday) if d in diary.by_date)
            assert int(m.group(1)) == logged
        assert math.isfinite(len(line))
