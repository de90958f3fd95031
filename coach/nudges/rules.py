"""The nudge rules R4-R16 and AR (clinical-rules.md section 7), for a physiotherapist to review.

``RULES`` (at the bottom) lists one ``Rule`` per nudge in M1 priority order, lower number first.
Each says in plain words when it fires (``condition``), what it advises and where the threshold
comes from; the numbers themselves live in thresholds.py. ``check`` reads one day of the diary
and returns a ``Trigger`` with the numbers behind it, or None. Whether a trigger is sent
(cool-downs, weekly cap, mute, one nudge a day, episodes) is the engine's job. R1-R3 (the
red-flag screen) live elsewhere; R14 (ACWR) is a weekly-summary figure, never a nudge
(metrics.acwr_uncoupled_ewma).

"The latest run" (R5, R11, R12): the diary keeps the pain felt on a date and the distance run
on that date, and a morning check-in logs yesterday's distance, so the run judged on ``day`` is
the newest of ``day`` and ``day - 1`` with a distance. A morning runner is judged once, the
morning after the run; an evening runner who has not logged today yet sees yesterday's run
again, which the cool-down then holds back.

Corrections to clinical-rules.md
--------------------------------
- R5 "pain[d] > 5" duplicated R4 (same day, same family), so it is dropped: R4 owns the
  ceiling and R5 is the 24-hour rule only.
- R5 and R6 as written compare with a single earlier day or week, so a bounce back from an
  unusually good day or week fires them. Both now also need the pain to be above the runner's
  usual level: R5 pain[d] >= usual + 2 (the MIC), R6 this week >= the 4 weeks before + 1. "Not
  settled" means "not back to usual", which is what the 24-hour rule says. In
  benchmarks/false_alarms.py the literal rules give about 1.3 false "worsening" nudges per
  stable runner-month at SD 1, these about 0.7. Thresholds(settled_margin=None,
  week_above_usual=None) restores the literal rules.
- R12 needed "R5 or R7"; with R5's ceiling clause gone, a big jump followed by pain above 5/10
  would no longer count. R12 is a trusted R11 spike within d-3..d plus R4, R5 or R7 today.
- R10 "a worsening rule fires twice in one episode" would fire on day 2 of every flare, because
  R7 is a level condition that stays true while a flare lasts. R10 needs an episode open since
  an earlier day and either (a) R7 or R8 fires today after 2 calm days in a row (3-day average
  <= usual + 1) since it opened: it settled, then came back before the episode could close; or
  (b) in a rest episode the 3-day average is 2+ points above its value on the opening day
  ("rises 2 points while on relative rest"). M1 lists SEE-PRO as "R9, R10"; R10 goes first as
  the more urgent.
- R9 escalation "at 28 d and 42 d" is read as the same 10-in-14 proportion holding over the last
  28 (20 days) or 42 (30 days) days; only the advice changes (physio, then GP).
- R11 "14 d of history": counting logged days would block a runner who does not log rest days,
  so history is the span since the first logged distance, with at least half of the lookback
  known (a gap can hide the real longest run). A new runner with 7-13 days of diary gets the
  moderate and large tiers only, so the seed case (one 3-mile run a week, then 5 miles: +67%)
  is caught in the second week while small spikes (+10-30%) wait for 14 days.
- R6, the R8 trend test, R13 and R16 run once a week, on Sunday (7F check_every_days: 7); the
  CUSUM half of R8 is daily. R6 and the trend test stay quiet when a rest nudge went out in the
  6 days before: the rise they see is the flare that nudge was about.
- R13 runs only when last week is fully logged (a gap there would make the jump look bigger; a
  gap this week can only make it smaller). Information only: lowest priority, and sending it
  does not start the caution cool-down, so it never silences R6, R8 or R11.
- R16 "no triggers": no episode open, nothing but positive rules fired today, and no rest,
  caution or see-a-professional trigger fired (sent or not) in the 6 days before.
- AR (active recovery, new): a rest day logged while a rest episode is open suggests walking,
  swimming, cycling or yoga (Dahm 2010; NICE NG59 "keep active"). Its family is "positive": it
  praises what the runner is doing and warns of nothing, so it must not restart the rest
  cool-down that paces real warnings, nor count as a worsening nudge. Like every lower family it
  waits out the 72 h after a rest nudge, whose advice already says the same.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import statistics
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from coach.models import Entry, Unit
from coach.nudges import metrics as m
from coach.nudges.thresholds import DEFAULT, Thresholds
from coach.texts import day_label, distance_text

if TYPE_CHECKING:
    from coach.nudges.engine import Episode, PastNudge

Family = Literal["rest", "see_pro", "caution", "positive"]
FAMILY_RANK: dict[str, int] = {"positive": 0, "caution": 1, "see_pro": 2, "rest": 3}
EPS = 1e-9


@dataclass(frozen=True)
class Trigger:
    rule_id: str
    family: Family
    priority: int  # M1 order, lower = more important
    why: str  # the numbers that fired it, in the runner's unit
    advice: str  # one line
    source: str  # a few words
    inputs: dict[str, Any]  # JSON-serialisable numbers behind `why`, for the log (M10)
    metric: float | None  # the driving pain-scale metric, for M3's "a further 2 points"
    worsening: bool  # pain-worsening rules: what the false-alarm figure counts


@dataclass(frozen=True)
class RuleInput:
    """One day of the diary as the rules see it. Stage-2 fields are filled by the engine."""

    series: Mapping[dt.date, Entry]
    day: dt.date
    unit: Unit = Unit.KM
    t: Thresholds = DEFAULT
    episode: Episode | None = None  # open since an earlier day
    past: tuple[PastNudge, ...] = ()
    fired: tuple[Trigger, ...] = ()  # stage 2: today's stage-1 triggers that had enough data
    after: Episode | None = None  # stage 2: the episode after today
    closing: bool = False  # stage 2: the episode closes today

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
    def enough_pain(self) -> bool:
        """M6 for trend rules: 14 days of ratings and at least 4 of the last 7 days logged."""
        recent = len(m.pains(self.series, self.day, self.t.recent_days - 1))
        return (
            m.pain_days(self.series, self.day) >= self.t.min_pain_days
            and recent >= self.t.recent_min_logged
        )

    @functools.cached_property
    def run_day(self) -> dt.date | None:
        return m.latest_logged_km_day(self.series, self.day)

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

    def trusted_spike(self, run_date: dt.date) -> m.Spike | None:
        s = m.spike(self.series, run_date, self.t)
        return s if s is not None and spike_trusted(s, self.t) else None


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    family: Family
    priority: int
    check: Callable[[RuleInput], Trigger | None]
    advice: str
    source: str
    condition: str  # when it fires, in plain words, with the thresholds
    reference: str  # the source in full
    worsening: bool = False
    enough: Callable[[RuleInput, Trigger], bool] = field(default=lambda ctx, trigger: True)
    stage: int = 1  # 2: needs today's other triggers and the episode state


def spike_trusted(s: m.Spike, t: Thresholds = DEFAULT) -> bool:
    """M6 for R11: enough distance history to believe the 30-day longest run."""
    if s.coverage < t.spike_min_coverage:
        return False
    if s.history_days >= t.spike_min_history_days:
        return True
    return s.history_days >= t.spike_new_runner_days and s.over > t.spike_tiers[1]


def _trend_enough(ctx: RuleInput, trigger: Trigger) -> bool:
    return ctx.enough_pain


def _spike_enough(ctx: RuleInput, trigger: Trigger) -> bool:
    run = dt.date.fromisoformat(trigger.inputs["run_date"])
    s = m.spike(ctx.series, run, ctx.t)
    return s is not None and spike_trusted(s, ctx.t)


def _num(x: float) -> float:
    return round(float(x), 3)


def _fire(
    rule_id: str,
    why: str,
    inputs: dict[str, Any],
    metric: float | None,
    *,
    family: Family | None = None,
    priority: int | None = None,
    advice: str | None = None,
) -> Trigger:
    rule = RULE_BY_ID[rule_id]
    clean = {k: _num(v) if isinstance(v, float) else v for k, v in inputs.items()}
    return Trigger(
        rule_id=rule_id,
        family=family or rule.family,
        priority=priority or rule.priority,
        why=why,
        advice=advice or rule.advice,
        source=rule.source,
        inputs=clean,
        metric=None if metric is None else _num(metric),
        worsening=rule.worsening,
    )


# --- Pain rules -----------------------------------------------------------------------------

R4_SEVERE_PRIORITY = 10
R6_REST_PRIORITY = 55


def check_r4(ctx: RuleInput) -> Trigger | None:
    t, pain = ctx.t, ctx.pain
    if pain is None or pain < t.rest_pain:
        return None
    severe = pain >= t.severe_pain
    return _fire(
        "R4",
        f"pain {pain} today, {'well ' if severe else ''}above the {t.pain_ceiling} out of 10 ceiling",
        {
            "pain": pain,
            "ceiling": t.pain_ceiling,
            "fires_from": t.rest_pain,
            "severe_from": t.severe_pain,
        },
        pain,
        priority=R4_SEVERE_PRIORITY if severe else None,
    )


def check_r5(ctx: RuleInput) -> Trigger | None:
    t, pain = ctx.t, ctx.pain
    before = m.pain_on(ctx.series, ctx.day - m.ONE_DAY)
    if pain is None or before is None or pain - before < t.next_morning_delta:
        return None
    runs = [d for d in (ctx.day, ctx.day - m.ONE_DAY) if (m.km_on(ctx.series, d) or 0) > 0]
    if not runs:
        return None
    usual = ctx.base
    if t.settled_margin is not None and usual is not None and pain < usual + t.settled_margin - EPS:
        return None
    run, km = runs[0], m.km_on(ctx.series, runs[0])
    return _fire(
        "R5",
        f"pain {pain} today, up from {before} the day before, after your "
        f"{distance_text(km, ctx.unit)} run on {day_label(run)}",
        {
            "pain": pain,
            "pain_day_before": before,
            "rise": pain - before,
            "rise_needed": t.next_morning_delta,
            "usual": usual,
            "above_usual_needed": t.settled_margin,
            "run_date": run.isoformat(),
            "run_km": km,
        },
        pain,
    )


def check_r6(ctx: RuleInput) -> Trigger | None:
    t = ctx.t
    if not ctx.weekly or _rest_sent_this_week(ctx):
        return None
    w0, w1 = m.week_means(ctx.series, ctx.day, t)
    if w0 is None or w1 is None:
        return None
    rise = w0 - w1
    if rise < t.week_caution_delta - EPS or w0 < t.week_min_level - EPS:
        return None
    usual = _usual_before_week(ctx)
    if (
        t.week_above_usual is not None
        and usual is not None
        and w0 < usual + t.week_above_usual - EPS
    ):
        return None
    rest = rise >= t.week_rest_delta - EPS
    return _fire(
        "R6",
        f"this week's average pain {w0:.1f} against {w1:.1f} the week before",
        {
            "week_avg": w0,
            "last_week_avg": w1,
            "rise": rise,
            "caution_from": t.week_caution_delta,
            "rest_from": t.week_rest_delta,
            "min_level": t.week_min_level,
            "usual_4_weeks_before": usual,
            "above_usual_needed": t.week_above_usual,
        },
        w0,
        family="rest" if rest else None,
        priority=R6_REST_PRIORITY if rest else None,
        advice=RULE_BY_ID["R7"].advice if rest else None,
    )


def _rest_sent_this_week(ctx: RuleInput) -> bool:
    """A rest nudge already sent in d-6..d-1 answered the rise a weekly look-back would see."""
    return any(p.sent and p.family == "rest" and 0 < (ctx.day - p.date).days < 7 for p in ctx.past)


def _usual_before_week(ctx: RuleInput) -> float | None:
    if ctx.episode is not None and ctx.episode.baseline is not None:
        return ctx.episode.baseline
    values = m.pains(ctx.series, ctx.day, 34, 7)
    return float(statistics.median(values)) if len(values) >= ctx.t.baseline_min_values else None


def _flare(ctx: RuleInput) -> tuple[float, float, float] | None:
    """(p3, base, rise) when the R7 condition holds."""
    t, p3, base = ctx.t, ctx.p3, ctx.base
    if p3 is None or base is None:
        return None
    rise = p3 - base
    if (
        rise >= ctx.flare_delta - EPS
        and p3 >= t.mic_ratio * base - EPS
        and p3 >= t.flare_min_level - EPS
    ):
        return p3, base, rise
    return None


def check_r7(ctx: RuleInput) -> Trigger | None:
    flare = _flare(ctx)
    if flare is None:
        return None
    p3, base, rise = flare
    t = ctx.t
    return _fire(
        "R7",
        f"3-day average {p3:.1f} against your usual {base:.1f}",
        {
            "pain_3day_avg": p3,
            "usual": base,
            "usual_frozen": ctx.episode is not None and ctx.episode.baseline is not None,
            "rise": rise,
            "rise_needed": ctx.flare_delta,
            "ratio_needed": t.mic_ratio,
            "min_level": t.flare_min_level,
        },
        p3,
    )


def check_r8(ctx: RuleInput) -> Trigger | None:
    t = ctx.t
    level = ctx.p3 if ctx.p3 is not None else ctx.pain
    c = m.cusum(ctx.series, ctx.day, t)
    if c.alarm and c.base is not None:
        return _fire(
            "R8",
            f"pain has sat above your usual {c.base:.1f} most days lately: "
            f"{c.value:.1f} extra points have built up (alert level {t.cusum_h:g})",
            {
                "method": "cusum",
                "cusum": c.value,
                "alert_level": t.cusum_h,
                "allowance_k": t.cusum_k,
                "usual_28d": c.base,
            },
            level,
        )
    if not ctx.weekly or _rest_sent_this_week(ctx):
        return None
    tr = m.trend(ctx.series, ctx.day, t)
    if tr is None or tr.slope < t.trend_min_slope - EPS or tr.p >= t.trend_alpha:
        return None
    return _fire(
        "R8",
        f"pain has risen about {tr.slope:.1f} a day over the last {t.trend_window} days "
        f"(from about {tr.start:.1f} to {tr.end:.1f})",
        {
            "method": "trend",
            "slope_per_day": tr.slope,
            "slope_needed": t.trend_min_slope,
            "mann_kendall_s": tr.s,
            "p_one_sided": tr.p,
            "alpha": t.trend_alpha,
            "ratings": tr.n,
        },
        level,
    )


def check_r9(ctx: RuleInput) -> Trigger | None:
    t = ctx.t
    high = _high_days(ctx, t.persist_days)
    if high < t.persist_min_days:
        return None
    w0, w1 = m.week_means(ctx.series, ctx.day, t)
    if (
        w0 is not None
        and w1 is not None
        and (w0 <= w1 - t.mic_points + EPS or w0 <= t.improve_ratio * w1 + EPS)
    ):
        return None
    weeks = 2
    for days in sorted(t.persist_escalate_days, reverse=True):
        if _high_days(ctx, days) >= math.ceil(days * t.persist_min_days / t.persist_days):
            weeks = days // 7
            break
    advice = {
        2: "Two weeks without real improvement: worth seeing a physio.",
        4: "Four weeks without real improvement: please see a physio or your GP.",
        6: "Six weeks on: please see your GP.",
    }[weeks]
    trend = "" if w0 is None or w1 is None else f" (this week {w0:.1f}, the week before {w1:.1f})"
    return _fire(
        "R9",
        f"pain {t.persist_min_pain} or more on {high} of the last {t.persist_days} days, "
        f"with no real improvement{trend}",
        {
            "high_days": high,
            "high_days_needed": t.persist_min_days,
            "high_from": t.persist_min_pain,
            "week_avg": w0,
            "last_week_avg": w1,
            "weeks": weeks,
        },
        w0,
        advice=advice,
    )


def _high_days(ctx: RuleInput, days: int) -> int:
    return sum(p >= ctx.t.persist_min_pain for p in m.pains(ctx.series, ctx.day, days - 1))


def check_r10(ctx: RuleInput) -> Trigger | None:
    ep, t, p3 = ctx.episode, ctx.t, ctx.p3
    if ep is None or p3 is None:
        return None
    worse = [f for f in ctx.fired if f.rule_id in ("R7", "R8")]
    inputs = {
        "episode_opened": ep.opened_on.isoformat(),
        "pain_3day_avg": p3,
        "calm_level": ctx.close_level,
    }
    settled = _settled_day(ctx) if worse else None
    if settled is not None:
        calm_day, calm_p3 = settled
        return _fire(
            "R10",
            f"pain settled to {calm_p3:.1f} by {day_label(calm_day)} and has flared again: "
            + worse[0].why,
            inputs
            | {
                "settled_on": calm_day.isoformat(),
                "settled_avg": calm_p3,
                "flared_by": worse[0].rule_id,
            },
            p3,
        )
    opened_p3 = ctx.p3_on(ep.opened_on)
    if ep.family == "rest" and opened_p3 is not None and p3 - opened_p3 >= t.mic_points - EPS:
        return _fire(
            "R10",
            f"3-day average {p3:.1f}, up {p3 - opened_p3:.1f} since you eased off on {day_label(ep.opened_on)}",
            inputs
            | {
                "avg_when_eased_off": opened_p3,
                "rise": p3 - opened_p3,
                "rise_needed": t.mic_points,
            },
            p3,
        )
    return None


def _settled_day(ctx: RuleInput) -> tuple[dt.date, float] | None:
    """The latest day ending a run of calm days (p3 <= usual + 1) since the episode opened."""
    need, run = ctx.t.reflare_settled_days, 0
    opened = ctx.episode.opened_on
    days = [opened + dt.timedelta(days=k) for k in range(1, (ctx.day - opened).days)]
    found = None
    for d in days:
        p3 = ctx.p3_on(d)
        run = run + 1 if ctx.calm(d) else 0
        if run >= need:
            found = (d, p3)
    return found


# --- Load rules ------------------------------------------------------------------------------

HRR = {"small": 1.64, "moderate": 1.52, "large": 2.28}


def _spike_inputs(s: m.Spike, t: Thresholds) -> dict[str, Any]:
    return {
        "run_date": s.run_date.isoformat(),
        "run_km": s.km,
        "longest_30d_km": s.max30,
        "over_pct": 100 * s.over,
        "tier": s.tier,
        "hazard_ratio": HRR[s.tier],
        "fires_above_pct": 100 * t.spike_tiers[0],
        "history_days": s.history_days,
        "lookback_known_share": s.coverage,
    }


def check_r11(ctx: RuleInput) -> Trigger | None:
    if ctx.run_day is None:
        return None
    s = m.spike(ctx.series, ctx.run_day, ctx.t)
    if s is None:
        return None
    return _fire(
        "R11",
        f"{distance_text(s.km, ctx.unit)} is {100 * s.over:.0f}% more than your longest run in "
        f"{ctx.t.spike_lookback} days, {distance_text(s.max30, ctx.unit)}",
        _spike_inputs(s, ctx.t),
        None,
    )


def check_r12(ctx: RuleInput) -> Trigger | None:
    spikes = [
        s for d in m.dates(ctx.day, ctx.t.spike_recent_days, 0) if (s := ctx.trusted_spike(d))
    ]
    if not spikes:
        return None
    pain = (ctx.enough_pain and check_r7(ctx)) or check_r5(ctx) or check_r4(ctx)
    if not pain:
        return None
    s = spikes[-1]
    i = pain.inputs
    phrase = {
        "R7": lambda: f"3-day average {i['pain_3day_avg']:.1f} against your usual {i['usual']:.1f}",
        "R5": lambda: f"pain {i['pain']} today, up from {i['pain_day_before']}",
        "R4": lambda: f"pain {i['pain']} today",
    }[pain.rule_id]()
    return _fire(
        "R12",
        f"{distance_text(s.km, ctx.unit)} on {day_label(s.run_date)} was {100 * s.over:.0f}% more than "
        f"your longest run in {ctx.t.spike_lookback} days, and pain is up: {phrase}",
        _spike_inputs(s, ctx.t)
        | {"pain_rule": pain.rule_id}
        | {f"pain_{k}": v for k, v in pain.inputs.items()},
        pain.metric,
    )


def check_r13(ctx: RuleInput) -> Trigger | None:
    t = ctx.t
    if not ctx.weekly:
        return None
    cur, _ = m.week_km(ctx.series, ctx.day, 0)
    prev, prev_known = m.week_km(ctx.series, ctx.day, 1)
    if (
        prev_known < 7
        or prev < t.weekly_jump_min_prev_km
        or cur <= t.weekly_jump_ratio * prev + EPS
    ):
        return None
    if any(ctx.trusted_spike(d) for d in m.dates(ctx.day, 6, 0)):
        return None
    return _fire(
        "R13",
        f"{distance_text(cur, ctx.unit)} in the last 7 days, {100 * (cur / prev - 1):.0f}% more than "
        f"the {distance_text(prev, ctx.unit)} the week before",
        {
            "week_km": cur,
            "last_week_km": prev,
            "up_pct": 100 * (cur / prev - 1),
            "fires_above_pct": 100 * (t.weekly_jump_ratio - 1),
        },
        None,
    )


# --- Positive rules --------------------------------------------------------------------------


def check_r15(ctx: RuleInput) -> Trigger | None:
    ep, t = ctx.episode, ctx.t
    if not ctx.closing or ep is None or ep.family not in ("rest", "see_pro"):
        return None
    level = ctx.pain if ctx.pain is not None else ctx.p3
    if level is None or level > t.safe_pain + EPS:
        return None
    usual = (
        f"within {t.close_margin:g} point of your usual {ctx.base:.1f}"
        if ctx.base is not None
        else f"at {t.close_level_unknown_base:g} or less"
    )
    return _fire(
        "R15",
        f"3-day average {ctx.p3:.1f}, back {usual} for {t.close_days} days",
        {
            "pain_3day_avg": ctx.p3,
            "usual": ctx.base,
            "calm_level": ctx.close_level,
            "calm_days": t.close_days,
            "pain": ctx.pain,
        },
        ctx.p3,
    )


def check_r16(ctx: RuleInput) -> Trigger | None:
    t = ctx.t
    if not ctx.weekly or ctx.after is not None or any(f.family != "positive" for f in ctx.fired):
        return None
    week_start = ctx.day - dt.timedelta(days=6)
    if any(p.family != "positive" and week_start <= p.date < ctx.day for p in ctx.past):
        return None
    low = sum(p <= t.steady_max_pain for p in m.pains(ctx.series, ctx.day, 6))
    if low < t.steady_min_days:
        return None
    return _fire(
        "R16",
        f"pain {t.steady_max_pain} or less on {low} of the last 7 days",
        {"low_days": low, "low_days_needed": t.steady_min_days, "low_max": t.steady_max_pain},
        None,
    )


def check_ar(ctx: RuleInput) -> Trigger | None:
    """Only for a rest day on or after the day a rest episode opened, and not on the closing day."""
    ep, run = ctx.episode, ctx.run_day
    if (
        ep is None
        or ctx.after is None
        or ep.family not in ("rest", "see_pro")
        or run is None
        or run < ep.opened_on
        or m.km_on(ctx.series, run) != 0
    ):
        return None
    return _fire(
        "AR",
        f"rest day logged on {day_label(run)} while your back settles",
        {"rest_date": run.isoformat(), "episode_opened": ep.opened_on.isoformat()},
        None,
    )


# --- The table -------------------------------------------------------------------------------

WARM_UP = (
    "Warm up 5-10 min (walk to easy jog, leg swings, hip-flexor lunges) and on easy runs "
    "try 5-10% quicker, shorter steps."
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="R12",
        name="Spike plus pain",
        family="rest",
        priority=20,
        condition="a run in the last 3 days was >10% longer than the longest in the 30 days "
        "before it (a trusted R11 spike), and today R4, R5 or R7 fires",
        advice="Rest or cross-train for 1-2 days, then come back below your previous longest run.",
        source="Frandsen 2025; Silbernagel 2007",
        reference="Frandsen JSB et al. How much running is too much? BJSM 2025;59(17):1203-1210; "
        "Silbernagel KG et al. Am J Sports Med 2007;35(6):897-906",
        check=check_r12,
        worsening=True,
    ),
    Rule(
        id="R5",
        name="Not settled by the next day",
        family="rest",
        priority=30,
        condition="ran on d or d-1, pain[d] >= pain[d-1] + 2 and pain[d] >= usual + 2 "
        "(usual = median of d-16..d-3, when known)",
        advice="Your last run hasn't settled. Make the next run shorter or easier, or take a rest day.",
        source="Silbernagel 2007; Ostelo 2008",
        reference="Silbernagel KG et al. Continued sports activity, using a pain-monitoring model. "
        "Am J Sports Med 2007;35(6):897-906; Ostelo RWJG et al. Interpreting change scores for "
        "pain and functional status in low back pain. Spine 2008;33(1):90-94",
        check=check_r5,
        worsening=True,
    ),
    Rule(
        id="R7",
        name="Acute flare",
        family="rest",
        priority=40,
        condition="3-day average - usual >= 2 (1.5 x personal SD when that SD is over 1.5), "
        "3-day average >= 1.3 x usual and >= 3; usual = median of d-16..d-3, frozen while an "
        "episode is open",
        advice="Swap runs for walking, cycling or swimming for 2-3 days, then restart easy. "
        "Keep moving; bed rest doesn't help.",
        source="Ostelo 2008, Spine",
        reference="Ostelo RWJG et al. Interpreting change scores for pain and functional status "
        "in low back pain. Spine 2008;33(1):90-94; simulation in clinical-rules.md 6.4",
        check=check_r7,
        worsening=True,
        enough=_trend_enough,
    ),
    Rule(
        id="R4",
        name="Above the pain ceiling",
        family="rest",
        priority=50,
        condition="pain today >= 6 (above 5/10); at 8 or more it outranks every other rule",
        advice="Make today a no-run day. A walk, swim or easy bike is fine if comfortable; "
        "bed rest doesn't help.",
        source="Silbernagel 2007; NICE NG59",
        reference="Silbernagel KG et al. Am J Sports Med 2007;35(6):897-906; Dahm KT et al. "
        "Cochrane CD007612 2010; NICE NG59 Low back pain and sciatica in over 16s (2016, "
        "updated 2020)",
        check=check_r4,
    ),
    Rule(
        id="R10",
        name="Worse despite easing off",
        family="see_pro",
        priority=60,
        condition="an episode open since an earlier day, and R7 or R8 fires again after 2 days "
        "in a row with the 3-day average <= usual + 1, or (rest episode) the 3-day average is 2 "
        "or more above its value on the day the episode opened",
        advice="Getting worse despite easing off: please get it checked by a physio or GP.",
        source="NHS back pain guidance",
        reference="NHS. Back pain: see a GP if it is severe or getting worse. "
        "https://www.nhs.uk/conditions/back-pain/",
        check=check_r10,
        worsening=True,
        stage=2,
    ),
    Rule(
        id="R9",
        name="Not improving",
        family="see_pro",
        priority=65,
        condition="pain >= 4 on >= 10 of the last 14 days and this week's average is not 2 points "
        "or 30% below last week's; the advice moves towards the GP when that has held over 28 "
        "(20 days) and 42 days (30 days)",
        advice="Two weeks without real improvement: worth seeing a physio.",
        source="NHS back pain guidance",
        reference="NHS. Back pain (https://www.nhs.uk/conditions/back-pain/); NHS MSK patient "
        "pages (most back pain fades in 2 weeks, settles in 6); NHS Gloucestershire red flags "
        "(failure to improve after a month)",
        check=check_r9,
        enough=_trend_enough,
    ),
    Rule(
        id="R6",
        name="Up on last week",
        family="caution",
        priority=70,
        condition="checked Sundays: this week's average - last week's >= 1, this week's >= 3 and "
        ">= 1 above the 4 weeks before, no rest nudge sent this week; a rise of 2 or more makes "
        "it a rest nudge",
        advice="Don't add distance this week. " + WARM_UP,
        source="Silbernagel 2007; Heiderscheit 2011",
        reference="Silbernagel KG et al. Am J Sports Med 2007;35(6):897-906 (no increase week "
        "to week); Heiderscheit BC et al. Effects of step rate manipulation on joint mechanics "
        "during running. Med Sci Sports Exerc 2011;43(2):296-302",
        check=check_r6,
        worsening=True,
        enough=_trend_enough,
    ),
    Rule(
        id="R8",
        name="Creeping up",
        family="caution",
        priority=80,
        condition="daily: CUSUM of (pain - 28-day usual - 1) reaches 4; Sundays: 14-day "
        "Theil-Sen slope >= 0.15 a day with one-sided Mann-Kendall p < 0.05, unless a rest "
        "nudge was sent this week",
        advice="Hold your distance steady. " + WARM_UP,
        source="CUSUM (Tennant 2007); Sen 1968; Heiderscheit 2011",
        reference="Tennant R et al. Monitoring patients using control charts. Int J Qual Health "
        "Care 2007;19(4):187-194; Grigg OA et al. Stat Methods Med Res 2003;12(2):147-170; "
        "Sen PK. JASA 1968;63:1379-1389; Heiderscheit BC et al. Med Sci Sports Exerc "
        "2011;43(2):296-302",
        check=check_r8,
        worsening=True,
        enough=_trend_enough,
    ),
    Rule(
        id="R11",
        name="Single-run spike",
        family="caution",
        priority=90,
        condition="the latest run is >10% longer than the longest in the 30 days before it "
        "(tiers >10-30%, >30-100%, >100%); needs 14 days of distance diary (7 for spikes over "
        "30%) with at least half of the lookback known",
        advice="Keep the next 2 days easy and watch tomorrow morning's pain; next time add at "
        "most 10% to your longest run. " + WARM_UP,
        source="Frandsen 2025, BJSM",
        reference="Frandsen JSB et al. How much running is too much? Identifying high-risk "
        "running sessions in a 5200-person cohort study. BJSM 2025;59(17):1203-1210 "
        "(HRR 1.64 / 1.52 / 2.28)",
        check=check_r11,
        enough=_spike_enough,
    ),
    Rule(
        id="R15",
        name="Back to usual",
        family="positive",
        priority=100,
        condition="a rest or see-a-professional episode closes (3-day average <= usual + 1 on 3 "
        "rated days in a row) and today's pain is 3 or less",
        advice="Resume running gently: no run more than 10% past your longest in 30 days, pain "
        "5 or less while running and settled by the next morning.",
        source="Silbernagel 2007; Frandsen 2025",
        reference="Silbernagel KG et al. Am J Sports Med 2007;35(6):897-906; Frandsen JSB et al. "
        "BJSM 2025;59(17):1203-1210",
        check=check_r15,
        stage=2,
    ),
    Rule(
        id="R16",
        name="Steady week",
        family="positive",
        priority=110,
        condition="checked Sundays: pain <= 2 on >= 6 of the last 7 days, no episode open and "
        "nothing but positive rules fired this week",
        advice="Steady week. Keep up the warm-up and easy-run habits.",
        source="Lumbar default",
        reference="Engineering default, clinical-rules.md 7D",
        check=check_r16,
        stage=2,
    ),
    Rule(
        id="AR",
        name="Active recovery",
        family="positive",
        priority=120,
        condition="the latest logged day is a rest day (0 km), on or after the day a rest "
        "episode opened, and the episode is still open",
        advice="Resting from running doesn't mean keeping still: a walk, swim, easy bike or some "
        "yoga keeps your back moving.",
        source="Dahm 2010, Cochrane; NICE NG59",
        reference="Dahm KT et al. Advice to rest in bed versus advice to stay active for acute "
        "low-back pain and sciatica. Cochrane CD007612 2010; NICE NG59; Qaseem A et al. (ACP) "
        "Ann Intern Med 2017;166(7):514-530",
        check=check_ar,
        stage=2,
    ),
    Rule(
        id="R13",
        name="Weekly jump",
        family="caution",
        priority=130,
        condition="checked Sundays: the last 7 days' distance > 1.3 x the 7 days before (fully "
        "logged, >= 5 km), no single-run spike this week; information only",
        advice="The evidence on weekly jumps is weak, but watch how your back responds. " + WARM_UP,
        source="Nielsen 2014; Buist 2008",
        reference="Nielsen RO et al. JOSPT 2014;44(10):739-747 (HR 1.59, p = .07); Buist I et al. "
        "Am J Sports Med 2008;36(1):33-39; Fredette A et al. J Athl Train 2022;57(7):650-671",
        check=check_r13,
    ),
)

RULE_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
WORSENING: frozenset[str] = frozenset(rule.id for rule in RULES if rule.worsening)
PAIN_RULES: frozenset[str] = frozenset({"R4", "R5", "R6", "R7", "R8", "R9", "R10", "R12"})
