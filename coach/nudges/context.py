"""One day of the diary as the rules see it: the numbers most rules share, computed once.

"The latest run" (R5, R11, R12, RB): the diary keeps the pain felt on a date and the distance run
on that date. In the morning check-in the rating comes before the day's run, so the run judged on
``day`` is yesterday's; in the evening check-in the rating comes after it, so it is today's (or,
before today's distance is in, yesterday's, which the cool-down then holds back).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field

from coach.models import Entry, Mode, Unit
from coach.nudges import metrics as m
from coach.nudges.model import EPS, Episode, PastNudge, RuleTraits, Trigger
from coach.nudges.thresholds import DEFAULT, Thresholds


@dataclass(frozen=True)
class RuleInput:
    """One day of the diary as the rules see it. Stage-2 fields are filled by the engine."""

    series: Mapping[dt.date, Entry]
    day: dt.date
    unit: Unit = Unit.KM
    t: Thresholds = DEFAULT
    episode: Episode | None = None  # open since an earlier day
    past: tuple[PastNudge, ...] = ()
    mode: Mode = Mode.MORNING
    rules: Mapping[str, RuleTraits] = field(default_factory=dict, compare=False, repr=False)  # the table, by id
    fired: tuple[Trigger, ...] = ()  # stage 2: today's stage-1 triggers that had enough data
    lacking: tuple[Trigger, ...] = ()  # stage 2: today's stage-1 triggers short of data (M6)
    after: Episode | None = None  # stage 2: the episode after today
    closing: bool = False  # stage 2: the episode closes today
    _spikes: dict[dt.date, m.Spike | None] = field(default_factory=dict, compare=False, repr=False)

    @property
    def morning(self) -> bool:
        return self.mode is Mode.MORNING

    @functools.cached_property
    def pain(self) -> int | None:
        return m.pain_on(self.series, self.day)

    @functools.cached_property
    def p3(self) -> float | None:
        return m.mean_last3(self.series, self.day, self.t)

    @functools.cached_property
    def base(self) -> float | None:
        """The usual level: frozen at the episode's opening while one is open (M5)."""
        if self.episode is not None and self.episode.baseline is not None:
            return self.episode.baseline
        return m.lagged_baseline(self.series, self.day, self.t)

    @functools.cached_property
    def close_level(self) -> float:
        """An episode day is calm when p3 is at or below this: usual + 1, or 3 if the episode
        opened before there was a usual level."""
        base = self.base if self.episode is None else self.episode.baseline
        if base is None:
            return self.t.close_level_unknown_base
        return base + self.t.close_margin

    @functools.cached_property
    def flare_delta(self) -> float:
        """M7: a noisy runner needs a bigger jump before R7 fires."""
        sigma = m.robust_sd(self.series, self.day, self.t)
        if sigma is not None and sigma > self.t.noise_sd_limit:
            return max(self.t.mic_points, self.t.noise_multiplier * sigma)
        return self.t.mic_points

    @functools.cached_property
    def weekly(self) -> bool:
        return self.day.weekday() == self.t.weekly_check_weekday

    @functools.cached_property
    def recent_rated(self) -> int:
        return len(m.pains(self.series, self.day, self.t.recent_days - 1))

    @functools.cached_property
    def rated_days(self) -> int:
        return m.pain_days(self.series, self.day)

    @functools.cached_property
    def enough_pain(self) -> bool:
        """M6 for trend rules: 14 days of ratings and at least 4 of the last 7 days logged."""
        return self.rated_days >= self.t.min_pain_days and self.recent_rated >= self.t.recent_min_logged

    @functools.cached_property
    def run_day(self) -> dt.date | None:
        return m.latest_run_day(self.series, self.day, self.morning)

    @functools.cached_property
    def km_day(self) -> dt.date:
        """The newest day whose distance the runner can have logged by now."""
        return self.day - m.ONE_DAY if self.morning else self.day

    def p3_on(self, day: dt.date) -> float | None:
        return m.mean_last3(self.series, day, self.t)

    def calm(self, day: dt.date) -> bool:
        """A calm episode day: rated, with p3 at or below the close level (M5)."""
        p3 = self.p3_on(day)
        return (
            m.pain_on(self.series, day) is not None
            and p3 is not None
            and p3 <= self.close_level + EPS
        )

    def spike(self, run_date: dt.date) -> m.Spike | None:
        if run_date not in self._spikes:
            self._spikes[run_date] = m.spike(self.series, run_date, self.t, self.unit)
        return self._spikes[run_date]

    def trusted_spike(self, run_date: dt.date) -> m.Spike | None:
        s = self.spike(run_date)
        return s if s is not None and spike_trusted(s, self.t) else None

    def dist(self, day: dt.date) -> float | None:
        return m.dist_on(self.series, day, self.unit)

    def sent_since(self, first: dt.date, families: tuple[str, ...]) -> list[PastNudge]:
        """Nudges of these families sent on ``first``..yesterday, oldest first."""
        return sorted(
            (p for p in self.past if p.sent and first <= p.date < self.day and p.family in families),
            key=lambda p: p.date,
        )


def spike_trusted(s: m.Spike, t: Thresholds = DEFAULT) -> bool:
    """M6 for R11: a diary old enough that its longest run is more than its first days'."""
    if s.history_days >= t.spike_min_history_days:
        return True
    return s.history_days >= t.spike_new_runner_days and s.over > t.spike_tiers[1]
