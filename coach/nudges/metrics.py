"""Small pure statistics over a daily diary series (clinical-rules.md sections 2, 6 and 7).

A series maps a date to its Entry. A date that is absent, or a field that is None, is
*unknown*: it is skipped, never read as zero pain or zero distance. Only a logged 0.0 km is a
rest day. Windows are inclusive offsets back from ``day``: (16, 3) means days d-16..d-3.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import math
import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from coach.models import KM_PER_MILE, Entry, Unit
from coach.nudges.thresholds import DEFAULT, Thresholds

Series = Mapping[dt.date, Entry]
ONE_DAY = dt.timedelta(days=1)
_DATE = dt.date.fromordinal


def series_of(entries: Iterable[Entry] | Series) -> dict[dt.date, Entry]:
    if isinstance(entries, Mapping):
        return dict(entries)
    return {entry.date: entry for entry in entries}


@functools.lru_cache(maxsize=512)
def dates(day: dt.date, back_from: int, back_to: int) -> tuple[dt.date, ...]:
    """Dates day-back_from .. day-back_to, oldest first. Every check-in of a day asks for the same few
    windows a dozen times, so they are made once."""
    first = day.toordinal() - back_from
    return tuple(_DATE(o) for o in range(first, day.toordinal() - back_to + 1))


def pain_on(series: Series, day: dt.date) -> int | None:
    entry = series.get(day)
    return None if entry is None else entry.pain


def km_on(series: Series, day: dt.date) -> float | None:
    entry = series.get(day)
    return None if entry is None else entry.distance_km


def dist_on(series: Series, day: dt.date, unit: Unit = Unit.KM) -> float | None:
    """The distance on ``day`` in ``unit``, as the runner typed it when they typed that unit."""
    entry = series.get(day)
    return None if entry is None else entry.distance_in(unit)


def km_in(km: float, unit: Unit) -> float:
    """A threshold written in km, in ``unit``."""
    return km / KM_PER_MILE if unit is Unit.MI else km


def percent(ratio: float) -> int:
    """100 * ratio rounded half up: the whole-number percentage a message shows."""
    return math.floor(100 * ratio + 0.5 + 1e-9)


def pains(series: Series, day: dt.date, back_from: int, back_to: int = 0) -> list[int]:
    return [p for d in dates(day, back_from, back_to) if (p := pain_on(series, d)) is not None]


def kms(series: Series, day: dt.date, back_from: int, back_to: int = 0) -> list[float]:
    return [k for d in dates(day, back_from, back_to) if (k := km_on(series, d)) is not None]


def dists(
    series: Series, day: dt.date, back_from: int, back_to: int = 0, unit: Unit = Unit.KM
) -> list[float]:
    return [v for d in dates(day, back_from, back_to) if (v := dist_on(series, d, unit)) is not None]


def pain_days(series: Series, day: dt.date) -> int:
    """How many days up to ``day`` have a pain rating."""
    return sum(1 for d, e in series.items() if d <= day and e.pain is not None)


def mean_last3(series: Series, day: dt.date, t: Thresholds = DEFAULT) -> float | None:
    """p3: mean pain over d-2..d, from at least 2 ratings."""
    values = pains(series, day, t.flare_window - 1)
    return statistics.fmean(values) if len(values) >= t.flare_min_values else None


def lagged_baseline(series: Series, day: dt.date, t: Thresholds = DEFAULT) -> float | None:
    """base: median pain over d-16..d-3 (at least 7 ratings); the lag keeps a flare out of it."""
    values = pains(series, day, *t.baseline_window)
    return float(statistics.median(values)) if len(values) >= t.baseline_min_values else None


def max_km(series: Series, day: dt.date, lookback: int = DEFAULT.spike_lookback) -> float | None:
    """max30: the longest logged day over d-30..d-1, None if no distance is known."""
    values = kms(series, day, lookback, 1)
    return max(values) if values else None


def week_means(
    series: Series, day: dt.date, t: Thresholds = DEFAULT
) -> tuple[float | None, float | None]:
    """(w0, w1): mean pain over d-6..d and d-13..d-7, each from at least 4 ratings."""

    def mean(values: list[int]) -> float | None:
        return statistics.fmean(values) if len(values) >= t.week_min_values else None

    return mean(pains(series, day, 6, 0)), mean(pains(series, day, 13, 7))


@dataclass(frozen=True)
class Cusum:
    value: float  # C on ``day``, before any reset
    alarm: bool  # C reached h on ``day`` itself
    base: float | None  # base28 used on ``day``
    since: dt.date | None = None  # the first day of the current build-up (C last at 0 before it)


def cusum(series: Series, day: dt.date, t: Thresholds = DEFAULT) -> Cusum:
    """One-sided CUSUM on raw pain, rerun from zero over the last 28 days each time it is asked.

    C = max(0, C + pain - base28 - k), alarm when C >= h, then reset to 0. base28 is each day's
    own median over d-28..d-8 (>= 7 ratings). Days without a rating or a base28 are skipped: C
    carries over them unchanged. Rerunning from a fixed-length window makes the answer a pure
    function of the diary; it differs from an endless chart only after 28 days of unbroken excess.
    """
    c = value = 0.0
    alarm = False
    base = None
    since = None
    far, near = t.cusum_baseline_window
    span = t.cusum_window - 1 + far
    days = dates(day, span, 0)
    values = [pain_on(series, d) for d in days]
    known = sorted(v for v in values[: far - near] if v is not None)  # each day's base window, kept sorted
    for i in range(far, span + 1):
        d = days[i]
        if (entering := values[i - near]) is not None:
            bisect.insort(known, entering)
        if i > far and (leaving := values[i - far - 1]) is not None:
            known.remove(leaving)
        base = _median_of_sorted(known) if len(known) >= t.baseline_min_values else None
        pain = values[i]
        if pain is None or base is None:
            value, alarm = c, False
            continue
        value = max(0.0, c + pain - base - t.cusum_k)
        if c == 0.0 and value > 0.0:
            since = d
        elif value == 0.0:
            since = None
        alarm = value >= t.cusum_h
        c = 0.0 if alarm else value
    return Cusum(value=value, alarm=alarm, base=base, since=since)


@dataclass(frozen=True)
class Trend:
    slope: float  # Theil-Sen, pain points per day
    s: int  # Mann-Kendall S
    p: float  # one-sided p for an upward trend
    n: int
    first_week: float | None  # mean of the ratings logged in each half of the window: what the
    second_week: float | None  # message quotes, since a fitted line can leave the logged range


def theil_sen(xs: list[float], ys: list[float]) -> float:
    """Median of all pairwise slopes (Sen 1968)."""
    slopes = [
        (ys[j] - ys[i]) / (xs[j] - xs[i])
        for i in range(len(xs))
        for j in range(i + 1, len(xs))
        if xs[j] != xs[i]
    ]
    return float(statistics.median(slopes)) if slopes else 0.0


def mann_kendall(ys: list[float]) -> tuple[int, float]:
    """S and the one-sided p for an increase, values in time order.

    Normal approximation with continuity correction; the variance carries the tie correction
    n(n-1)(2n+5) - sum t(t-1)(2t+5), over 18 (integer pain ratings tie a lot).
    """
    n = len(ys)
    s = sum((ys[j] > ys[i]) - (ys[j] < ys[i]) for i in range(n) for j in range(i + 1, n))
    ties = [ys.count(v) for v in set(ys)]
    var = (n * (n - 1) * (2 * n + 5) - sum(k * (k - 1) * (2 * k + 5) for k in ties)) / 18
    if var <= 0 or s == 0:
        return s, 0.5 if var > 0 else 1.0
    z = (s - 1) / math.sqrt(var) if s > 0 else (s + 1) / math.sqrt(var)
    return s, 0.5 * math.erfc(z / math.sqrt(2))


def trend(series: Series, day: dt.date, t: Thresholds = DEFAULT) -> Trend | None:
    """Theil-Sen slope and one-sided Mann-Kendall p over d-13..d (at least 10 ratings)."""
    points = [
        (float(i), float(p))
        for i, d in enumerate(dates(day, t.trend_window - 1, 0))
        if (p := pain_on(series, d)) is not None
    ]
    if len(points) < t.trend_min_values:
        return None
    xs, ys = [x for x, _ in points], [y for _, y in points]
    slope = theil_sen(xs, ys)
    s, p = mann_kendall(ys)
    half = t.trend_window // 2
    first = [y for x, y in points if x < half]
    second = [y for x, y in points if x >= half]
    return Trend(
        slope,
        s,
        p,
        len(points),
        statistics.fmean(first) if first else None,
        statistics.fmean(second) if second else None,
    )


def robust_sd(series: Series, day: dt.date, t: Thresholds = DEFAULT) -> float | None:
    """1.4826 * MAD over 28 days, lagged like the baseline (d-30..d-3) so a flare does not
    widen its own threshold. None below 7 ratings."""
    lag = t.baseline_window[1]
    values = pains(series, day, lag + t.noise_window - 1, lag)
    if len(values) < t.baseline_min_values:
        return None
    centre = statistics.median(values)
    return 1.4826 * statistics.median(abs(v - centre) for v in values)


@dataclass(frozen=True)
class Spike:
    """A run more than 10% longer than the longest in the 30 days before it, in the runner's unit."""

    run_date: dt.date
    distance: float
    longest: float  # the longest run in the lookback (the day before the run and 29 more)
    longest_date: dt.date  # the latest day with that distance
    over: float  # distance / longest - 1
    tier: str  # "small" (>10-30%), "moderate" (>30-100%), "large" (>100%)
    history_days: int  # days of distance diary before the run
    coverage: float  # share of the lookback (since the diary began) with a known distance
    unit: Unit = Unit.KM

    @property
    def full_lookback(self) -> bool:
        """The diary covers all 30 days before the run, every one of them known."""
        return self.history_days >= DEFAULT.spike_lookback and self.coverage >= 1.0 - 1e-9


def longest_run(
    series: Series, day: dt.date, lookback: int = DEFAULT.spike_lookback, unit: Unit = Unit.KM
) -> tuple[float, dt.date] | None:
    """The longest run (> 0) over d-lookback..d-1 and the latest day it was run, or None."""
    best: tuple[float, dt.date] | None = None
    for d in dates(day, lookback, 1):
        entry = series.get(d)
        if entry is not None and (v := entry.distance_in(unit)) and (best is None or v >= best[0]):
            best = (v, d)
    return best


def spike(
    series: Series, run_date: dt.date, t: Thresholds = DEFAULT, unit: Unit = Unit.KM
) -> Spike | None:
    """A run more than 10% longer than the longest in the 30 days before it (Frandsen 2025).

    Computed in ``unit`` from the distances as typed, so 11 mi against 8 mi is 38%, not a ratio
    of rounded kilometres. Unknown days are skipped, so a gap can hide an earlier long run:
    ``coverage`` reports how much of the lookback is known and the message says "logged".
    """
    value = dist_on(series, run_date, unit)
    found = longest_run(series, run_date, t.spike_lookback, unit) if value else None
    if not value or found is None:
        return None
    longest, longest_date = found
    over = value / longest - 1
    if over <= t.spike_tiers[0] + 1e-9:
        return None
    tier = (
        "small" if over <= t.spike_tiers[1] else "moderate" if over <= t.spike_tiers[2] else "large"
    )
    first = min(d for d, e in series.items() if e.distance_km is not None)
    history = (run_date - first).days
    span = min(history, t.spike_lookback)
    known = len(kms(series, run_date, span, 1))
    return Spike(
        run_date, value, longest, longest_date, over, tier, history, known / span if span else 0.0, unit
    )


def latest_run_day(series: Series, day: dt.date, morning: bool) -> dt.date | None:
    """The day whose distance is judged on ``day``: yesterday's in the morning check-in (today's
    run is not logged until tomorrow), today's or else yesterday's in the evening."""
    candidates = (day - ONE_DAY,) if morning else (day, day - ONE_DAY)
    for d in candidates:
        if km_on(series, d) is not None:
            return d
    return None


def latest_logged_km_day(series: Series, day: dt.date) -> dt.date | None:
    """The newest of day, day-1 with a known distance: in morning mode that is usually day-1."""
    for d in (day, day - ONE_DAY):
        if km_on(series, d) is not None:
            return d
    return None


def week_distance(
    series: Series, last: dt.date, weeks_back: int = 0, unit: Unit = Unit.KM
) -> tuple[float, int]:
    """(sum of known distances in ``unit``, known days) over the 7 days ending ``last`` - 7*weeks_back."""
    end = 7 * weeks_back
    values = dists(series, last, end + 6, end, unit)
    return sum(values), len(values)


def week_km(series: Series, day: dt.date, weeks_back: int) -> tuple[float, int]:
    """(sum of known km, number of known days) over the week ending 7*weeks_back days before day."""
    end = 7 * weeks_back
    values = kms(series, day, end + 6, end)
    return sum(values), len(values)


@dataclass(frozen=True)
class Acwr:
    acute_km_week: float
    chronic_km_week: float
    ratio: float


def ewma(values: list[float], n: int) -> list[float]:
    """Williams 2017: lambda = 2/(N+1), seeded with the mean of the first N values."""
    if not values:
        return []
    lam = 2.0 / (n + 1)
    e = statistics.fmean(values[:n])
    out = []
    for v in values:
        e = lam * v + (1 - lam) * e
        out.append(e)
    return out


def acwr_uncoupled_ewma(
    entries: Series | Iterable[Entry], day: dt.date, t: Thresholds = DEFAULT
) -> Acwr | None:
    """Uncoupled EWMA acute:chronic ratio, for weekly summaries only: never an alarm (R14).

    Acute EWMA (N=7) as of ``day``; chronic EWMA (N=28) as of ``day - 7``, so the acute week is
    not inside the chronic load (Lolli 2019). Missing days are skipped: the EWMA neither decays
    nor takes an imputed load on a day it knows nothing about; it holds its value. Each EWMA is
    seeded with the mean of its first N known days (7G sketch; the R ACWR package seeds with day
    1, which gives the same 1.87 in the 2.3 example because its first 28 days are equal).
    Needs 28 days with a distance; returns None if chronic load is under 1 km a week.
    """
    series = series_of(entries)
    known = sorted(
        (d, e.distance_km) for d, e in series.items() if d <= day and e.distance_km is not None
    )
    if len(known) < t.acwr_min_days:
        return None
    asof = day - dt.timedelta(days=7)
    chronic_values = [km for d, km in known if d <= asof]
    if not chronic_values:
        return None
    acute = ewma([km for _, km in known], t.acwr_n_acute)[-1] * 7
    chronic = ewma(chronic_values, t.acwr_n_chronic)[-1] * 7
    if chronic < t.acwr_min_chronic_km_week:
        return None
    return Acwr(acute, chronic, acute / chronic)


def _median_of_sorted(values: list[int]) -> float:
    """``statistics.median`` of values already in order (cusum keeps its window sorted as it slides)."""
    half = len(values) // 2
    return float(values[half]) if len(values) % 2 else (values[half - 1] + values[half]) / 2
