"""The weekly summary: pure numbers over a diary, and the short text the runner reads on Sunday.

A diary maps each date to the pain felt that day (by default rated on waking, so it is the
"next-morning" response to the day before's run) and the distance run that day. A date that is
absent, or a field that is None, is *unknown*: it is left out of every sum and mean and never
read as zero. Only a logged 0.0 km is a rest day. Sums of distance are therefore "distance
logged", and every line says how many days it rests on when that is fewer than the week.

Nothing here reads a clock, a file or the network: the caller hands in the dates.

The value classes are slotted dataclasses, not frozen ones: a frozen dataclass sets each field
through ``object.__setattr__``, a cost paid several times for every runner on a Sunday, and nothing
changes them after they are built.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import math
import operator
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from coach.models import Entry, Mode, Unit, distances_in, in_order_sum
from coach.redflags import DiaryNote
from coach.texts import day_label, distance_value_text

ONE_DAY = dt.timedelta(days=1)
SIX_DAYS = dt.timedelta(days=6)  # a week's first day to its last
ONE_WEEK = dt.timedelta(days=7)

# Week-to-week pain: a change under 1 point reads "about the same". The minimal important change
# is 2 points or 30% (Ostelo 2008); the summary is descriptive, so it says so from 1 point, the
# same step the R6 week-to-week rule starts from (thresholds.week_caution_delta).
PAIN_CHANGE_POINTS = 1.0
# A week's mean pain is compared only when both weeks have this many ratings (thresholds
# week_min_values, the nudge rules' "4 of 7").
PAIN_COMPARE_MIN_DAYS = 4
# A week counts towards the 4-week distance average only with this many days of known distance:
# a week with two logged days would drag the average down as if the other five were rest.
AVERAGE_MIN_DISTANCE_DAYS = 4
AVERAGE_WEEKS = 4
# Last week's distance is labelled with its day count below this many known days.
FEW_DAYS = 4
LONGEST_LOOKBACK_DAYS = 30
FINDING_WINDOW_DAYS = 56  # mornings over the last 8 weeks
FINDING_MIN_DAYS = 5  # per side
FINDING_MIN_DIFFERENCE = 1.0  # pain points
_FINDING_WINDOW = dt.timedelta(days=FINDING_WINDOW_DAYS)
_LOOKBACK_BEFORE_WEEK = dt.timedelta(days=max(LONGEST_LOOKBACK_DAYS, 7 * AVERAGE_WEEKS))
_DISTANCE = operator.itemgetter(0)
ACWR_CAVEAT = "A rough guide only: it predicts injury poorly."
NOT_MEDICAL_ADVICE = "Not medical advice."


@dataclass(slots=True)
class LoadRatio:
    """R14, uncoupled: this week's distance over the mean of the 4 weeks before it (Lolli 2019;
    Windt & Gabbett 2019), both as the summary states them, so the runner can divide the two
    numbers on the line above and get the ratio. The exponentially weighted form
    (metrics.acwr_uncoupled_ewma, Williams 2017) gave an "acute" load that matched no week the
    runner could see. Display only, never an alarm: in runners a higher ratio went with fewer
    injuries (Nakaoka 2021; Frandsen 2025) and the ratio predicts poorly (Impellizzeri 2021)."""

    week: float  # in the summary's unit
    average: float
    ratio: float


@dataclass(slots=True)
class Finding:
    """Next-morning pain after runs over ``runs_over`` (in ``unit``) against after other days.

    ``difference`` is the mean after long runs minus the mean after shorter runs and rest days;
    the day counts are the mornings on each side.
    """

    text: str
    runs_over: float
    unit: Unit
    difference: float
    days_after_long: int
    days_after_other: int


@dataclass(slots=True)
class WeekStats:
    """One span of days (usually a week); None where nothing is known.

    ``distance`` and ``longest`` are in ``unit``, summed from the distances as the runner typed
    them, so "Distance 15.0 mi" is the sum of the miles in the diary, not of rounded kilometres;
    ``distance_km`` and ``longest_km`` are the same in kilometres.
    """

    start: dt.date
    end: dt.date
    days_logged: int  # days with a pain rating or a distance
    distance_km: float  # sum of known distances (0.0 if none known: see distance_days)
    distance_days: int  # days with a known distance, rest days included
    mean_pain: float | None
    worst_pain: int | None
    pain_days: int
    longest_km: float | None  # the longest run (> 0 km); None if no run is known
    unit: Unit = Unit.KM
    distance: float = 0.0
    longest: float | None = None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(slots=True)
class WeeklySummary:
    week: WeekStats
    last_week: WeekStats
    four_week_avg: float | None  # mean weekly distance over the 4 weeks before this one, in unit
    longest_30d: float | None  # the longest run in the 30 days before this week, in unit
    pain_direction: str | None  # "better" | "worse" | "about the same"; None if not comparable
    load_ratio: LoadRatio | None
    nudges: tuple[str, ...]
    finding: Finding | None
    unit: Unit
    partial: bool  # the week is not over yet (/summary mid-week)
    # Extras for honest day counts: the last day counted (``today`` mid-week, else week.end)
    # and the diary's first date (days before it are not gaps).
    as_of: dt.date | None = None
    diary_start: dt.date | None = None
    safety: tuple[DiaryNote, ...] = ()
    today_logged: bool = True  # mid-week: today has an entry yet

    @property
    def counted_from(self) -> dt.date:
        if self.diary_start is None or self.diary_start <= self.week.start:
            return self.week.start
        return self.diary_start

    @property
    def counted_to(self) -> dt.date:
        """The last day counted: the week's end, or mid-week today (yesterday while today is
        still unlogged: a day in progress is not a gap)."""
        day = min(self.as_of or self.week.end, self.week.end)
        if self.partial and day > self.week.start and not self.today_logged:
            return day - ONE_DAY
        return day

    @property
    def days_expected(self) -> int:
        """Days of the week the diary could cover: 7, fewer mid-week or in the first week."""
        days = (self.counted_to - self.counted_from).days + 1
        return max(0, min(7, days), self.week.days_logged)


Diary = Mapping[dt.date, Entry]


class _Days:
    """The diary from ``first`` to ``last``, one item a day (None: not logged), with each day's
    pain and distance in the summary's unit read out once for all the figures that need them."""

    def __init__(
        self, entries: Iterable[Entry] | Diary, first: dt.date, last: dt.date, unit: Unit
    ) -> None:
        self.origin = origin = first.toordinal()
        length = last.toordinal() - origin + 1
        window: list[Entry | None] = [None] * length
        earliest = None  # the diary's first day, wherever it is, as a position
        for entry in _entries(entries):
            at = entry.date.toordinal() - origin
            if 0 <= at < length:
                window[at] = entry  # a later entry for a date wins
            if earliest is None or at < earliest:
                earliest = at
        self.diary_start = None if earliest is None else dt.date.fromordinal(origin + earliest)
        self.entry = window
        self.pain = [e.pain if e is not None else None for e in window]
        self.value = distances_in(window, unit)

    def at(self, day: dt.date) -> int:
        """Where ``day`` is in the lists."""
        return day.toordinal() - self.origin

    def span(self, start: dt.date, end: dt.date) -> slice:
        """The days start..end inclusive."""
        return slice(start.toordinal() - self.origin, end.toordinal() - self.origin + 1)

    def has(self, day: dt.date) -> bool:
        """The diary has an entry for ``day``, even one with nothing known."""
        return self.entry[self.at(day)] is not None


def _entries(entries: Iterable[Entry] | Diary) -> Iterable[Entry]:
    """The entries; those of a diary by date are dated by their key."""
    if isinstance(entries, list) or not isinstance(entries, Mapping):
        return entries
    return [e if e.date == day else dataclasses.replace(e, date=day) for day, e in entries.items()]


def _stats(days: _Days, start: dt.date, end: dt.date, unit: Unit = Unit.KM) -> WeekStats:
    span = days.span(start, end)
    logged = distance_days = 0
    distance = in_unit = 0.0
    longest: float | None = None
    longest_unit: float | None = None
    pains: list[int] = []
    for entry, pain, value in zip(days.entry[span], days.pain[span], days.value[span]):
        if pain is not None:
            pains.append(pain)
        if value is not None:
            km = entry.distance_km
            distance_days += 1
            distance += km
            in_unit += value
            if km > 0 and (longest is None or km > longest):
                longest = km
            if value > 0 and (longest_unit is None or value > longest_unit):
                longest_unit = value
        logged += pain is not None or value is not None
    return WeekStats(
        start=start,
        end=end,
        days_logged=logged,
        distance_km=distance,
        distance_days=distance_days,
        mean_pain=sum(pains) / len(pains) if pains else None,
        worst_pain=max(pains) if pains else None,
        pain_days=len(pains),
        longest_km=longest,
        unit=unit,
        distance=in_unit,
        longest=longest_unit,
    )


def week_stats(
    entries: Iterable[Entry] | Diary, start: dt.date, end: dt.date, unit: Unit = Unit.KM
) -> WeekStats:
    """Counts, sums and pain over start..end inclusive; unknown days are left out, never zero."""
    if end < start:
        raise ValueError(f"week ends ({end}) before it starts ({start})")
    return _stats(_Days(entries, start, end, unit), start, end, unit)


def _direction(week: WeekStats, last: WeekStats) -> str | None:
    if (
        week.mean_pain is None
        or last.mean_pain is None
        or week.pain_days < PAIN_COMPARE_MIN_DAYS
        or last.pain_days < PAIN_COMPARE_MIN_DAYS
    ):
        return None
    # Compare the figures the runner reads (one decimal), so the words match the numbers.
    change = round(week.mean_pain, 1) - round(last.mean_pain, 1)
    if change <= -PAIN_CHANGE_POINTS + 1e-9:
        return "better"
    if change >= PAIN_CHANGE_POINTS - 1e-9:
        return "worse"
    return "about the same"


def _four_week_average(days: _Days, week_start: dt.date) -> float | None:
    totals = []
    this_week = days.at(week_start)
    for back in range(1, AVERAGE_WEEKS + 1):
        start = this_week - 7 * back
        values = [value for value in days.value[start : start + 7] if value is not None]
        if len(values) < AVERAGE_MIN_DISTANCE_DAYS:
            return None
        totals.append(in_order_sum(values))
    return in_order_sum(totals) / len(totals)


def _longest_before(days: _Days, day: dt.date, lookback: int) -> float | None:
    """The longest run in the ``lookback`` days before ``day``."""
    end = days.at(day)
    return max(filter(None, days.value[end - lookback : end]), default=None)


def _first_day_read(week_start: dt.date, as_of: dt.date) -> dt.date:
    """The earliest day any figure of the summary looks at."""
    return min(week_start - _LOOKBACK_BEFORE_WEEK, as_of - _FINDING_WINDOW)


def _load_ratio(week: WeekStats, average: float | None, partial: bool) -> LoadRatio | None:
    """Only for a finished week logged like the 4 before it, against a non-zero average."""
    if partial or average is None or average <= 0 or week.distance_days < AVERAGE_MIN_DISTANCE_DAYS:
        return None
    return LoadRatio(week.distance, average, week.distance / average)


def weekly_summary(
    entries: Sequence[Entry] | Diary,
    week_end: dt.date,
    *,
    unit: Unit,
    nudges: Sequence[str] = (),
    today: dt.date | None = None,
    mode: Mode = Mode.MORNING,
    safety: Sequence[DiaryNote] = (),
) -> WeeklySummary:
    """The week of 7 days ending ``week_end`` (a Sunday for the pushed summary).

    ``today`` before ``week_end`` makes it a partial week (/summary mid-week): the load ratio
    and the finding are then taken as of ``today``.
    """
    start = week_end - SIX_DAYS
    partial = today is not None and today < week_end
    as_of = today if partial and today is not None else week_end
    days = _Days(entries, _first_day_read(start, as_of), week_end, unit)
    week = _stats(days, start, week_end, unit)
    last_week = _stats(days, start - ONE_WEEK, start - ONE_DAY, unit)
    average = _four_week_average(days, start)

    return WeeklySummary(
        week=week,
        last_week=last_week,
        four_week_avg=average,
        longest_30d=_longest_before(days, start, LONGEST_LOOKBACK_DAYS),
        pain_direction=_direction(week, last_week),
        load_ratio=_load_ratio(week, average, partial),
        nudges=tuple(nudges),
        finding=_finding(days, as_of, unit, mode),
        unit=unit,
        partial=partial,
        as_of=as_of,
        diary_start=days.diary_start,
        safety=tuple(n for n in safety if start <= n.date <= week_end),
        today_logged=not partial or days.has(as_of),
    )


def personal_finding(
    entries: Sequence[Entry] | Diary, day: dt.date, unit: Unit, mode: Mode = Mode.MORNING
) -> Finding | None:
    """Is next-morning pain different after the runner's long runs? Over the last 8 weeks.

    Pairs each day d with a known distance with the pain rated on d+1, for mornings d+1 in the
    56 days ending ``day``. The cut is the runner's 75th percentile run over those days, rounded
    to a whole km/mi (half up). Long side: runs strictly over the cut; other side: runs up to it
    and rest days (a run exactly at the cut is not "over" it). Days with an unknown distance or
    an unrated next morning are left out. Stated only with at least 5 mornings on each side and
    a difference (rounded to the 0.1 shown) of 1 point or more; otherwise None. One cut is tried,
    never several, so the finding is not fished for.
    """
    return _finding(_Days(entries, day - _FINDING_WINDOW, day, unit), day, unit, mode)


def _finding(days: _Days, day: dt.date, unit: Unit, mode: Mode = Mode.MORNING) -> Finding | None:
    end = days.at(day)
    runs_on = days.value[end - FINDING_WINDOW_DAYS : end]  # days d, in the unit
    mornings = days.pain[end - FINDING_WINDOW_DAYS + 1 : end + 1]  # days d+1
    pairs = [
        (value, pain)
        for value, pain in zip(runs_on, mornings)
        if value is not None and pain is not None
    ]
    pairs.sort(key=_DISTANCE)
    distances = [value for value, _ in pairs]
    pains = [pain for _, pain in pairs]
    runs = distances[_first_over(distances, 0):]
    if len(runs) < FINDING_MIN_DAYS:
        return None
    cut = math.floor(_upper_quartile(runs) + 0.5)
    if cut < 1:
        return None
    long_from = _first_over(distances, cut)
    after_long, after_other = pains[long_from:], pains[:long_from]
    if len(after_long) < FINDING_MIN_DAYS or len(after_other) < FINDING_MIN_DAYS:
        return None
    difference = sum(after_long) / len(after_long) - sum(after_other) / len(after_other)
    if abs(round(difference, 1)) < FINDING_MIN_DIFFERENCE:
        return None
    when, ratings = ("the morning after", "mornings") if mode is Mode.MORNING else ("the day after", "days")
    text = (
        f"Your pain is on average {abs(difference):.1f} {'higher' if difference > 0 else 'lower'} "
        f"{when} runs over {cut} {unit.value} than after shorter runs or rest days "
        f"({len(after_long)} and {len(after_other)} {ratings} in the last 8 weeks)."
    )
    return Finding(
        text=text,
        runs_over=float(cut),
        unit=unit,
        difference=difference,
        days_after_long=len(after_long),
        days_after_other=len(after_other),
    )


# The finding compares distances to the hundredth, so 5 mi typed in km (8.047) reads 5.0 mi, not
# 5.0002 (over a 5 mi cut). Rounding keeps their order: sorted distances stay sorted.
_hundredths = functools.partial(round, ndigits=2)


def _first_over(distances: list[float], cut: int) -> int:
    """Where the sorted ``distances`` go over the whole number ``cut`` to the hundredth. Rounding
    moves a distance by half a hundredth at most and never past a whole number, so only those
    less than a hundredth over the cut are rounded."""
    over = bisect.bisect_right(distances, cut)
    well_over = bisect.bisect_right(distances, cut + 0.01, over)
    return bisect.bisect_right(distances, cut, over, well_over, key=_hundredths)


def _upper_quartile(runs: list[float]) -> float:
    """The 75th percentile of sorted ``runs`` to the hundredth, the lowest counted as the 0th and
    the highest as the 100th: statistics.quantiles(runs, n=4, method="inclusive")[2] of the
    rounded runs, arithmetic and all, rounding only the two runs it falls between."""
    j, delta = divmod(3 * (len(runs) - 1), 4)
    return (_hundredths(runs[j]) * (4 - delta) + _hundredths(runs[j + 1]) * delta) / 4


def _total(value: float, unit: Unit) -> str:
    """A distance sum in ``unit``: a zero sum is "0 km", not "rest"."""
    return distance_value_text(value, unit) if value > 0 else f"0 {unit.value}"


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def _logged_line(s: WeeklySummary) -> str:
    logged, expected = s.week.days_logged, s.days_expected
    so_far = " so far" if s.partial else ""
    since = " since you started" if s.counted_from > s.week.start else ""
    if logged == expected:
        if expected == 1:
            return f"Logged your first day{so_far}" if since else f"Logged {day_label(s.counted_to)}"
        return f"Logged all {expected} days{so_far}{since}"
    gaps = expected - logged
    return (
        f"Logged {logged} of {expected} days{so_far}{since} "
        f"({gaps} {'gap' if gaps == 1 else 'gaps'}, not filled in)"
    )


def _distance_line(s: WeeklySummary) -> str | None:
    week, last, unit = s.week, s.last_week, s.unit
    if week.distance_days == 0:
        return None
    so_far = " so far" if s.partial else ""
    if week.distance_km == 0:
        head = f"No runs{so_far}: rest on all {_days(week.distance_days)} logged"
    else:
        head = f"Distance{so_far} {_total(week.distance, unit)}"
        if week.distance_days < week.days_logged:  # some logged days have a pain rating only
            head += f" from the {_days(week.distance_days)} with a distance"
    parts = []
    if last.distance_days:
        part = f"last week {_total(last.distance, unit)}"
        if last.distance_days < FEW_DAYS:
            part += f" from {_days(last.distance_days)} logged"
        parts.append(part)
    if s.four_week_avg is not None:
        parts.append(f"4-week average {_total(s.four_week_avg, unit)}")
    return head + (f" ({', '.join(parts)})" if parts else "")


def _pain_line(s: WeeklySummary) -> str | None:
    week, last = s.week, s.last_week
    if week.mean_pain is None or week.worst_pain is None:
        return None
    if week.pain_days == 1:
        line = f"Pain: {week.worst_pain} on the one day rated"
    else:
        line = f"Pain: average {week.mean_pain:.1f}, worst {week.worst_pain}"
    if s.pain_direction is not None and last.mean_pain is not None:
        if s.pain_direction == "about the same":
            line += f"; about the same as last week ({last.mean_pain:.1f})"
        else:
            line += f"; {s.pain_direction} than last week ({last.mean_pain:.1f})"
    return line


def _longest_line(s: WeeklySummary) -> str | None:
    if s.week.longest is None:
        return None
    line = f"Longest run {distance_value_text(s.week.longest, s.unit)}"
    if s.longest_30d is not None:
        line += f" (longest in the 30 days before: {distance_value_text(s.longest_30d, s.unit)})"
    return line


def _load_line(s: WeeklySummary) -> str | None:
    if s.load_ratio is None:
        return None
    r = s.load_ratio
    return (
        f"Load ratio {r.ratio:.1f}: this week's {_total(r.week, s.unit)} over your 4-week "
        f"average of {_total(r.average, s.unit)}. {ACWR_CAVEAT}"
    )


def _tips_line(s: WeeklySummary) -> str | None:
    tips = [" ".join(tip.split()).rstrip(".") for tip in s.nudges]
    tips = [tip for tip in tips if tip]
    if not tips:
        return None
    return f"{'Tip' if len(tips) == 1 else 'Tips'} this week: {'; '.join(tips)}."


def _safety_line(s: WeeklySummary) -> str | None:
    """Warning signs the runner wrote about or said yes to; they are never left out of the week."""
    if not s.safety:
        return None
    warnings = [f"{day_label(n.date)}, {n.in_words()}" for n in s.safety if n.warning]
    if warnings:
        return "Warning signs you told me about: " + "; ".join(warnings) + ". Please make sure a doctor knows."
    checked = [day_label(n.date) for n in s.safety if n.text.endswith("all clear")]
    return f"Safety check all clear on {', '.join(checked)}." if checked else None


def summary_text(s: WeeklySummary) -> str:
    """Short plain text (no markdown). A line whose numbers do not exist is left out."""
    if s.partial and s.counted_to <= s.week.start:
        lines = [f"This week so far: {day_label(s.week.start)}"]  # one day: no "Mon 30 Nov to Mon 30 Nov"
    else:
        title = "Your week so far" if s.partial else "Your week"
        lines = [f"{title}, {day_label(s.week.start)} to {day_label(s.counted_to)}"]
    if s.week.days_logged == 0:
        lines.append(
            "Nothing logged this week yet."
            if s.partial
            else "Nothing logged this week, so no numbers to show."
        )
    else:
        lines.append(_logged_line(s))
    for line in (_safety_line(s), _distance_line(s), _pain_line(s), _longest_line(s), _load_line(s), _tips_line(s)):
        if line:
            lines.append(line)
    if s.finding is not None:
        lines.append(s.finding.text)
    lines.append(NOT_MEDICAL_ADVICE)
    return "\n".join(lines)


def weekly_rows(
    entries: Sequence[Entry] | Diary, first: dt.date, last: dt.date, unit: Unit = Unit.KM
) -> list[WeekStats]:
    """Monday-Sunday weeks covering first..last, oldest first, each clipped to the period."""
    if last < first:
        return []
    days = _Days(entries, first, last, unit)
    rows = []
    monday = first - dt.timedelta(days=first.weekday())
    while monday <= last:
        rows.append(_stats(days, max(monday, first), min(monday + SIX_DAYS, last), unit))
        monday += ONE_WEEK
    return rows
