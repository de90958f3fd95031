"""Caution rules: pain up on last week (R6), creeping up (R8), back after a break (RB), a single-run
spike (R11), a weekly jump (R13) and too few ratings to judge (DT); clinical-rules.md 7B/7C.
Family WARM-UP/CAUTION: hold the load, warm up, watch the next morning. Each check sits above its
row.

Corrections to clinical-rules.md
--------------------------------
- R5/R6 as written compare with a single earlier day or week, so a bounce back from an unusually
  good week fires R6. It also needs this week >= the 4 weeks before + 1. In
  benchmarks/false_alarms.py the literal rules give about twice the false "worsening" nudges.
  Thresholds(week_above_usual=None) restores the literal rule.
- R6, the R8 trend test and R13 run once a week, on Sunday (7F check_every_days: 7); the CUSUM
  half of R8 is daily. R6 and the trend test stay quiet when a rest nudge went out in the 6 days
  before: the rise they see is the flare that nudge was about.
- R8's messages quote only what the runner can find in the diary: how many ratings since the
  build-up began were above the usual level, or the two weeks' averages. A fitted Theil-Sen line
  can start below any rating logged, so its ends are never quoted; the trend test also needs the
  second week's average above the first's.
- R11 "half the lookback known" kept a sparse logger's real spikes quiet (16 km after a longest
  of 11, logged three days a week). The rule now needs the run, an earlier run in the 30 days
  before it and a diary 14 days old (7 for spikes over 30%: the seed's 3 -> 5 miles, a new
  runner's 16 -> 25 km); the message says what it compared with ("the longest run since your
  diary began on ...", "your longest logged run") and the earlier longest's date, so the runner
  can judge it. In a diary's first week every first long run would be a "spike".
- R13 needed 5 km the week before, so the seed case (one 3-mile run, then three 5-mile runs: 4.8
  km to 24 km) said nothing. A jump is now judged on relative and absolute change together:
  more than 30% and at least 5 km (3.1 mi) more. In morning mode the week ends yesterday, whose
  distance is the newest logged. Information only: lowest priority, and sending it starts no
  cool-down for other rules.
- RB (new): after 14 or more days with no run logged, the first run at half or more of the
  longest run before the break. Frandsen 2025 measures a spike against the 30 days before; after
  a break those days hold little or no running, so the old distance is itself the jump. If the
  break was not logged, nothing else can see it.
- DT (new): when a trend rule would fire but M6 says the data is too thin (under 14 days of
  ratings, or under 4 of the last 7), say so instead of staying silent: once a week, as its own
  caution cool-down holds it (and nothing else) for 7 days.
"""

from __future__ import annotations

import datetime as dt
import statistics
from typing import Any

from coach import texts
from coach.nudges import metrics as m
from coach.nudges.context import RuleInput, spike_trusted
from coach.nudges.model import EPS, Trigger
from coach.nudges.rest import FRANDSEN, SILBERNAGEL, compared_with, spike_inputs, trend_enough
from coach.nudges.rule import Fired, Rule

HEIDERSCHEIT = (
    "Heiderscheit BC et al. Effects of step rate manipulation on joint mechanics during running. "
    "Med Sci Sports Exerc 2011;43(2):296-302"
)
R6_REST_PRIORITY = 55
LOOKBACK_FOR_RETURN = 120  # how far back RB looks for the run before a break


def rest_sent_this_week(ctx: RuleInput) -> bool:
    """A rest nudge already sent in d-6..d-1 answered the rise a weekly look-back would see."""
    return any(p.sent and p.family == "rest" and 0 < (ctx.day - p.date).days < 7 for p in ctx.past)


# --- R6 -----------------------------------------------------------------------------------------


def _usual_before_week(ctx: RuleInput) -> float | None:
    if ctx.episode is not None and ctx.episode.baseline is not None:
        return ctx.episode.baseline
    values = m.pains(ctx.series, ctx.day, 34, 7)
    return float(statistics.median(values)) if len(values) >= ctx.t.baseline_min_values else None


def check_r6(ctx: RuleInput) -> Fired | None:
    t = ctx.t
    if not ctx.weekly or rest_sent_this_week(ctx):
        return None
    w0, w1 = m.week_means(ctx.series, ctx.day, t)
    if w0 is None or w1 is None:
        return None
    rise = w0 - w1
    if rise < t.week_caution_delta - EPS or w0 < t.week_min_level - EPS:
        return None
    usual = _usual_before_week(ctx)
    if t.week_above_usual is not None and usual is not None and w0 < usual + t.week_above_usual - EPS:
        return None
    rest = rise >= t.week_rest_delta - EPS
    return Fired(
        texts.why_week_up(w0, w1),
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
        advice=texts.REST_ADVICE if rest else None,
    )


R6 = Rule(
    id="R6",
    name=texts.RULE_TEXT["R6"].name,
    family="caution",
    priority=70,
    check=check_r6,
    advice=texts.RULE_TEXT["R6"].advice,
    condition=texts.RULE_TEXT["R6"].condition,
    source="Silbernagel 2007; Heiderscheit 2011",
    reference=f"{SILBERNAGEL} (no increase week to week); {HEIDERSCHEIT}",
    worsening=True,
    sustained=True,
    pauses_running=True,
    opens_episode=True,
    pain_scale=True,
    enough=trend_enough,
)


# --- R8 -----------------------------------------------------------------------------------------


def check_r8(ctx: RuleInput) -> Fired | None:
    t = ctx.t
    level = ctx.p3 if ctx.p3 is not None else ctx.pain
    c = m.cusum(ctx.series, ctx.day, t)
    if c.alarm and c.base is not None and c.since is not None:
        rated = m.pains(ctx.series, ctx.day, (ctx.day - c.since).days)
        above = sum(p > c.base + EPS for p in rated)
        return Fired(
            texts.why_cusum(c.base, above, len(rated), c.since),
            {
                "method": "cusum",
                "cusum": c.value,
                "alert_level": t.cusum_h,
                "allowance_k": t.cusum_k,
                "usual_28d": c.base,
                "since": c.since.isoformat(),
                "days_above_usual": above,
                "days_rated": len(rated),
            },
            level,
        )
    if not ctx.weekly or rest_sent_this_week(ctx):
        return None
    tr = m.trend(ctx.series, ctx.day, t)
    if (
        tr is None
        or tr.slope < t.trend_min_slope - EPS
        or tr.p >= t.trend_alpha
        or tr.first_week is None
        or tr.second_week is None
        or tr.second_week <= tr.first_week + EPS
    ):
        return None
    return Fired(
        texts.why_trend(t.trend_window, tr.first_week, tr.second_week, tr.slope),
        {
            "method": "trend",
            "slope_per_day": tr.slope,
            "slope_needed": t.trend_min_slope,
            "mann_kendall_s": tr.s,
            "p_one_sided": tr.p,
            "alpha": t.trend_alpha,
            "ratings": tr.n,
            "first_week_avg": tr.first_week,
            "second_week_avg": tr.second_week,
        },
        level,
    )


R8 = Rule(
    id="R8",
    name=texts.RULE_TEXT["R8"].name,
    family="caution",
    priority=80,
    check=check_r8,
    advice=texts.RULE_TEXT["R8"].advice,
    condition=texts.RULE_TEXT["R8"].condition,
    source="CUSUM (Tennant 2007); Sen 1968; Heiderscheit 2011",
    reference="Tennant R et al. Monitoring patients using control charts. Int J Qual Health Care "
    "2007;19(4):187-194; Grigg OA et al. Stat Methods Med Res 2003;12(2):147-170; Sen PK. JASA "
    f"1968;63:1379-1389; {HEIDERSCHEIT}",
    worsening=True,
    sustained=True,
    opens_episode=True,
    pain_scale=True,
    enough=trend_enough,
)


# --- RB -----------------------------------------------------------------------------------------


def check_rb(ctx: RuleInput) -> Fired | None:
    t, run = ctx.t, ctx.run_day
    value = ctx.dist(run) if run is not None else None
    if run is None or not value:
        return None
    prev = next((d for d in m.dates(run, LOOKBACK_FOR_RETURN, 1)[::-1] if ctx.dist(d)), None)
    if prev is None or (run - prev).days - 1 < t.break_days:
        return None
    found = m.longest_run(ctx.series, prev + m.ONE_DAY, t.spike_lookback, ctx.unit)
    if found is None or value < t.return_share * found[0] - EPS:
        return None
    between = m.dates(run, (run - prev).days - 1, 1)
    unlogged = sum(1 for d in between if m.km_on(ctx.series, d) is None)
    last = ctx.dist(prev)
    assert last is not None
    return Fired(
        texts.why_return(value, ctx.unit, run, (run - prev).days, last, prev, unlogged),
        {
            "run_date": run.isoformat(),
            "run_distance": value,
            "previous_run_date": prev.isoformat(),
            "previous_run_distance": last,
            "days_since_previous": (run - prev).days,
            "days_not_logged_between": unlogged,
            "longest_before_break": found[0],
            "break_needed_days": t.break_days,
            "unit": ctx.unit.value,
        },
    )


RB = Rule(
    id="RB",
    name=texts.RULE_TEXT["RB"].name,
    family="caution",
    priority=88,
    check=check_rb,
    advice=texts.RULE_TEXT["RB"].advice,
    condition=texts.RULE_TEXT["RB"].condition,
    source="Frandsen 2025; Silbernagel 2007",
    reference=f"{FRANDSEN} (risk rises with a run longer than the last 30 days' running; "
    f"extrapolated to a return after a break); {SILBERNAGEL}",
)


# --- R11 ----------------------------------------------------------------------------------------


def _spike_enough(ctx: RuleInput, trigger: Trigger) -> bool:
    s = ctx.spike(dt.date.fromisoformat(trigger.inputs["run_date"]))
    return s is not None and spike_trusted(s, ctx.t)


def check_r11(ctx: RuleInput) -> Fired | None:
    if ctx.run_day is None:
        return None
    s = ctx.spike(ctx.run_day)
    if s is None:
        return None
    short = s.history_days < ctx.t.spike_lookback
    return Fired(
        texts.why_spike(s.distance, s.unit, m.percent(s.over), compared_with(ctx, s)),
        spike_inputs(s, ctx),
        advice=texts.RULE_TEXT["R11"].advice + texts.SHORT_HISTORY_ADVICE if short else None,
    )


R11 = Rule(
    id="R11",
    name=texts.RULE_TEXT["R11"].name,
    family="caution",
    priority=90,
    check=check_r11,
    advice=texts.RULE_TEXT["R11"].advice,
    condition=texts.RULE_TEXT["R11"].condition,
    source="Frandsen 2025, BJSM",
    reference=f"{FRANDSEN} (injury hazard ratio 1.64 for >10-30%, 1.52 for >30-100%, 2.28 for >100%)",
    enough=lambda ctx, trigger: _spike_enough(ctx, trigger),
)


# --- R13 ----------------------------------------------------------------------------------------


def check_r13(ctx: RuleInput) -> Fired | None:
    t = ctx.t
    if not ctx.weekly:
        return None
    last = ctx.km_day
    cur, _ = m.week_distance(ctx.series, last, 0, ctx.unit)
    prev, prev_known = m.week_distance(ctx.series, last, 1, ctx.unit)
    if prev_known < 7 or cur - prev < m.km_in(t.weekly_jump_min_added_km, ctx.unit) - EPS:
        return None
    if prev > 0 and cur <= t.weekly_jump_ratio * prev + EPS:
        return None
    if any(ctx.trusted_spike(d) for d in m.dates(last, 6, 0)):
        return None
    pct = m.percent(cur / prev - 1) if prev > 0 else None
    return Fired(
        texts.why_week_jump(cur, prev, ctx.unit, last, pct),
        {
            "week_distance": cur,
            "last_week_distance": prev,
            "week_ends": last.isoformat(),
            "unit": ctx.unit.value,
            "up_pct": pct,
            "fires_above_pct": round(100 * (t.weekly_jump_ratio - 1)),
            "added_needed_km": t.weekly_jump_min_added_km,
        },
    )


R13 = Rule(
    id="R13",
    name=texts.RULE_TEXT["R13"].name,
    family="caution",
    priority=130,
    check=check_r13,
    advice=texts.RULE_TEXT["R13"].advice,
    condition=texts.RULE_TEXT["R13"].condition,
    source="Nielsen 2014; Buist 2008",
    reference="Nielsen RO et al. JOSPT 2014;44(10):739-747 (HR 1.59, p = .07); Buist I et al. Am J "
    "Sports Med 2008;36(1):33-39; Fredette A et al. J Athl Train 2022;57(7):650-671",
    holds_only_itself=True,
)


# --- DT -----------------------------------------------------------------------------------------


def check_dt(ctx: RuleInput) -> Fired | None:
    thin = sorted(
        (f for f in ctx.lacking if (rule := ctx.rules.get(f.rule_id)) is not None and rule.sustained),
        key=lambda f: f.priority,
    )
    if not thin:
        return None
    top = thin[0]
    inputs: dict[str, Any] = {
        "trend_rule": top.rule_id,
        "rated_last_7_days": ctx.recent_rated,
        "rated_needed": ctx.t.recent_min_logged,
        "rated_all": ctx.rated_days,
        "rated_all_needed": ctx.t.min_pain_days,
    }
    why = texts.why_thin(top.why, ctx.recent_rated, ctx.t.recent_days, ctx.rated_days, ctx.t.min_pain_days)
    return Fired(why, inputs, top.metric)


DT = Rule(
    id="DT",
    name=texts.RULE_TEXT["DT"].name,
    family="caution",
    priority=140,
    check=check_dt,
    advice=texts.RULE_TEXT["DT"].advice,
    condition=texts.RULE_TEXT["DT"].condition,
    source="Lumbar's data rule (M6)",
    reference="clinical-rules.md M6: no trend rule before 14 days of ratings or with under 4 of "
    "the last 7 days rated (normal approximations are unreliable on fewer points)",
    holds_only_itself=True,
    stage=2,
)

RULES = (R6, R8, RB, R11, R13, DT)
