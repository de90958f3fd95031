"""See-a-professional rules: worse after easing off (R10) and not improving (R9); clinical-rules.md
7B and 5.5. Each check sits above its row.

Corrections to clinical-rules.md
--------------------------------
- R10 "a worsening rule fires twice in one episode" would fire on day 2 of every flare, because R7
  is a level condition that stays true while a flare lasts. R10 needs an episode open since an
  earlier day and either (a) R7 or R8 fires today after 2 calm days in a row (3-day average <=
  usual + 1) since it opened: it settled, then came back; or (b) in a rest episode the 3-day
  average is 2+ points above its value on the day of the rest tip (or, with no tip sent, the day
  the pain rose) *and the runner ran less since*: per logged day, at most half the distance of the
  same number of days before. "Despite easing off" is said only when the diary shows it, and the
  date it names is a day Lumbar sent a rest tip, or else says that it is when the pain rose.
- R9 "pain >= 4 on >= 10 of 14 days" is read as a share of the days rated (10 of 14, at least 5
  ratings with 2 in each week), so a runner who logs three days a week is not invisible. It needs
  the diary to span the 2 weeks it speaks of, and the escalation "at 28 d and 42 d" needs it to
  span those 4 and 6 weeks with the same share; the message says the numbers counted.
- M1 lists SEE-PRO as "R9, R10"; R10 goes first as the more urgent, and before the rest rules it
  escalates (R7, and R4 below 8): in a rest episode that got worse, "rest" again is not news,
  "get it checked" is.
- R9 repeats only when its advice changes (2 -> 4 -> 6 weeks), never just because a cool-down ran
  out: the same sentence every week is nagging, not news.
"""

from __future__ import annotations

import datetime as dt
import math
import statistics

from coach import texts
from coach.nudges import metrics as m
from coach.nudges.context import RuleInput
from coach.nudges.model import EPS, Trigger
from coach.nudges.rule import Fired, Rule

NHS_BACK = (
    "NHS. Back pain: see a GP if it is severe or getting worse. "
    "https://www.nhs.uk/conditions/back-pain/"
)
NHS_COURSE = (
    "NHS. Back pain (https://www.nhs.uk/conditions/back-pain/); NHS MSK patient pages (most back "
    "pain fades in 2 weeks, settles in 6); NHS Gloucestershire red flags (failure to improve after "
    "a month)"
)
WEEK_MIN_RATINGS = 2  # per week of a persistence or improvement window; engineering default
PERSIST_MIN_RATINGS = 5  # in the 14 days; engineering default


# --- R10 ----------------------------------------------------------------------------------------


def settled_run(ctx: RuleInput) -> tuple[dt.date, float] | None:
    """The latest run of 2 calm days in a row (p3 <= usual + 1) since the episode opened: (its last
    day, the highest 3-day average in it)."""
    assert ctx.episode is not None
    need, run = ctx.t.reflare_settled_days, 0
    opened = ctx.episode.opened_on
    found = None
    for k in range(1, (ctx.day - opened).days):
        d = opened + dt.timedelta(days=k)
        run = run + 1 if ctx.calm(d) else 0
        if run >= need:
            window = [ctx.p3_on(d - dt.timedelta(days=j)) for j in range(need)]
            found = (d, max(p for p in window if p is not None))
    return found


def _ran_less(ctx: RuleInput, anchor: dt.date) -> dict[str, float | int] | None:
    """Distance per logged day since ``anchor`` against the same number of days before it, when
    it went down by half or more. Morning check-ins log yesterday's run, so the anchor day's own
    distance (run after the morning tip) counts as "since"; evening ones log it with the tip."""
    first = anchor if ctx.morning else anchor + m.ONE_DAY
    n = (ctx.km_day - first).days + 1
    if n < 2:
        return None
    since = m.dists(ctx.series, ctx.km_day, n - 1, 0, ctx.unit)
    before = m.dists(ctx.series, first - m.ONE_DAY, n - 1, 0, ctx.unit)
    if len(since) < 2 or len(before) < 2 or sum(before) <= 0:
        return None
    if statistics.fmean(since) > 0.5 * statistics.fmean(before) + EPS:
        return None
    return {
        "ran_since": sum(since),
        "days_since": len(since),
        "ran_before": sum(before),
        "days_before": len(before),
    }


def check_r10(ctx: RuleInput) -> Fired | None:
    ep, t, p3 = ctx.episode, ctx.t, ctx.p3
    if ep is None or p3 is None:
        return None
    inputs = {"episode_opened": ep.opened_on.isoformat(), "pain_3day_avg": p3, "calm_level": ctx.close_level}
    worse = [f for f in ctx.fired if f.rule_id in ("R7", "R8")]
    settled = settled_run(ctx) if worse else None
    if settled is not None:
        calm_day, calm_p3 = settled
        return Fired(
            texts.why_reflare(calm_p3, t.reflare_settled_days, calm_day, worse[0].why),
            inputs
            | {"settled_on": calm_day.isoformat(), "settled_avg": calm_p3, "flared_by": worse[0].rule_id},
            p3,
            advice=texts.REFLARE_ADVICE,
        )
    if ep.family != "rest":
        return None
    told = ctx.sent_since(ep.opened_on, ("rest",))
    anchor = told[0].date if told else ep.opened_on
    anchor_p3 = ctx.p3_on(anchor)
    if anchor_p3 is None or p3 - anchor_p3 < t.mic_points - EPS:
        return None
    less = _ran_less(ctx, anchor)
    if less is None:
        return None
    why = texts.why_worse_after_easing(
        p3, p3 - anchor_p3, anchor, bool(told), float(less["ran_since"]), int(less["days_since"]),
        float(less["ran_before"]), int(less["days_before"]), ctx.unit,
    )
    return Fired(
        why,
        inputs
        | {"since": anchor.isoformat(), "rest_tip_sent": bool(told), "avg_then": anchor_p3,
           "rise": p3 - anchor_p3, "rise_needed": t.mic_points, "unit": ctx.unit.value}
        | less,
        p3,
        advice=texts.EASED_OFF_ADVICE,
    )


R10 = Rule(
    id="R10",
    name=texts.RULE_TEXT["R10"].name,
    family="see_pro",
    priority=35,
    check=check_r10,
    advice=texts.RULE_TEXT["R10"].advice,
    condition=texts.RULE_TEXT["R10"].condition,
    source="NHS back pain guidance",
    reference=NHS_BACK,
    worsening=True,
    pain_scale=True,
    stage=2,
)


# --- R9 -----------------------------------------------------------------------------------------


def persistence(ctx: RuleInput, day: dt.date, span: int) -> tuple[int, int] | None:
    """(days with pain >= 4, days rated) over the ``span`` days to ``day``, when at least 10 in
    every 14 of the days rated were high and every week of the span has 2 ratings."""
    t = ctx.t
    weeks = span // 7
    for k in range(weeks):
        if len(m.pains(ctx.series, day, 7 * k + 6, 7 * k)) < WEEK_MIN_RATINGS:
            return None
    values = m.pains(ctx.series, day, span - 1)
    if len(values) < max(PERSIST_MIN_RATINGS, WEEK_MIN_RATINGS * weeks):
        return None
    high = sum(p >= t.persist_min_pain for p in values)
    if high < math.ceil(len(values) * t.persist_min_days / t.persist_days - EPS):
        return None
    return high, len(values)


def level(ctx: RuleInput, day: dt.date) -> tuple[int, int, int] | None:
    """(weeks, high days, days rated): 6 or 4 when the diary spans that long and the share holds
    over it, else 2; None when pain has not persisted to ``day``."""
    first = min((d for d, e in ctx.series.items() if e.pain is not None), default=None)
    if first is None or (day - first).days + 1 < ctx.t.persist_days:
        return None
    if persistence(ctx, day, ctx.t.persist_days) is None:
        return None
    for days in sorted(ctx.t.persist_escalate_days, reverse=True):
        if (day - first).days + 1 >= days and (found := persistence(ctx, day, days)) is not None:
            return days // 7, *found
    return (2, *persistence(ctx, day, ctx.t.persist_days))  # type: ignore[misc]


def _week_mean(ctx: RuleInput, back_from: int, back_to: int) -> float | None:
    values = m.pains(ctx.series, ctx.day, back_from, back_to)
    return statistics.fmean(values) if len(values) >= WEEK_MIN_RATINGS else None


def check_r9(ctx: RuleInput) -> Fired | None:
    t = ctx.t
    found = level(ctx, ctx.day)
    if found is None:
        return None
    weeks, high, rated = found
    w0, w1 = _week_mean(ctx, 6, 0), _week_mean(ctx, 13, 7)
    improved = w0 is not None and w1 is not None and (
        w0 <= w1 - t.mic_points + EPS or w0 <= t.improve_ratio * w1 + EPS
    )
    if improved:
        return None
    span = 7 * weeks
    return Fired(
        texts.why_persistent(high, rated, span, w0, w1),
        {
            "high_days": high,
            "days_rated": rated,
            "span_days": span,
            "high_share_needed": round(t.persist_min_days / t.persist_days, 3),
            "high_from": t.persist_min_pain,
            "week_avg": w0,
            "last_week_avg": w1,
            "weeks": weeks,
        },
        w0,
        advice=texts.SEE_PRO_ADVICE[weeks],
    )


def advice_unchanged(ctx: RuleInput, trigger: Trigger) -> str | None:
    """Held when an R9 went out in the last 6 weeks with the same or stronger advice."""
    weeks = trigger.inputs["weeks"]
    for p in sorted(ctx.past, key=lambda p: p.date, reverse=True):
        if not (p.sent and p.rule_id == "R9" and p.date < ctx.day):
            continue
        if (ctx.day - p.date).days > max(ctx.t.persist_escalate_days):
            break
        then = level(ctx, p.date)
        if then is None or then[0] >= weeks:
            return f"same advice sent on {texts.day_label(p.date)}"
    return None


R9 = Rule(
    id="R9",
    name=texts.RULE_TEXT["R9"].name,
    family="see_pro",
    priority=65,
    check=check_r9,
    advice=texts.RULE_TEXT["R9"].advice,
    condition=texts.RULE_TEXT["R9"].condition,
    source="NHS back pain guidance",
    reference=NHS_COURSE,
    pain_scale=True,
    hold=advice_unchanged,
)

RULES = (R10, R9)
