"""Rest rules: pain above the ceiling, a run that has not settled, a flare, a spike with pain,
and a weekly pattern of the same (clinical-rules.md 7B/7C; family REST, relative rest, never bed
rest). Each check sits above its row; the row says what the rule is and where it comes from.

Corrections to clinical-rules.md
--------------------------------
- R5 "pain[d] > 5" duplicated R4 (same day, same family), so it is dropped: R4 owns the ceiling
  and R5 is the 24-hour rule only.
- R5 compares with a single earlier rating, so a bounce back from an unusually good day would
  fire it. It also needs the pain 2 above the runner's usual level (the MIC); before a usual level
  exists (a new runner), 5 or more, so a 2 -> 4 blip inside the "acceptable" zone stays quiet.
  Thresholds(settled_margin=None) restores the literal rule.
- R5 in evening mode: the rating comes the same evening as the run, when the pain-monitoring model
  allows up to 5/10 (R4 owns above that). The 24-hour response is judged the next evening, against
  the evening before the run.
- R4 is a worsening nudge (for the false-alarm count, and in what it says) when the pain is also
  2 points (the MIC) above the runner's usual level; a runner whose usual is 5 and who logs 6 is
  told about the ceiling, not about a change.
- R12 needed "R5 or R7"; with R5's ceiling clause gone, a big jump followed by pain above 5/10
  would no longer count. R12 is an R11 spike within d-3..d plus R4, R5 or R7 today.
- PT (new): the same not-settled morning after the same weekday's run, two weeks or more running,
  is one message naming the run, said once while the pattern lasts (again only 2 points worse).
  It covers R5 and R4 (below 8) on those days, so a weekly long run that leaves the back at 5 on
  Mondays is not told "hasn't settled" every week with no change of advice. Its advice changes the
  load of one run, so its family is caution (it sits here beside R5, which it is made of): it
  does not re-ask the red-flag screen, which the first R5 of the pattern asked.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from coach import texts
from coach.nudges import metrics as m
from coach.nudges.context import RuleInput
from coach.nudges.model import EPS, Trigger
from coach.nudges.rule import Fired, Rule

R4_SEVERE_PRIORITY = 10
PATTERN_MAX_WEEKS = 8

SILBERNAGEL = (
    "Silbernagel KG et al. Continued sports activity, using a pain-monitoring model. "
    "Am J Sports Med 2007;35(6):897-906"
)
OSTELO = (
    "Ostelo RWJG et al. Interpreting change scores for pain and functional status in low back "
    "pain. Spine 2008;33(1):90-94"
)
FRANDSEN = (
    "Frandsen JSB et al. How much running is too much? Identifying high-risk running sessions in "
    "a 5200-person cohort study. BJSM 2025;59(17):1203-1210"
)
NICE_NG59 = "NICE NG59 Low back pain and sciatica in over 16s (2016, updated 2020)"
DAHM = "Dahm KT et al. Advice to rest in bed versus advice to stay active. Cochrane CD007612 2010"
NHS_BACK = "NHS. Back pain. https://www.nhs.uk/conditions/back-pain/"


# --- R4 -----------------------------------------------------------------------------------------


def check_r4(ctx: RuleInput) -> Fired | None:
    t, pain, usual = ctx.t, ctx.pain, ctx.base
    if pain is None or pain < t.rest_pain:
        return None
    severe = pain >= t.severe_pain
    risen = usual is not None and pain >= usual + t.mic_points - EPS
    return Fired(
        texts.why_ceiling(pain, t.pain_ceiling, severe, usual if risen else None),
        {
            "pain": pain,
            "ceiling": t.pain_ceiling,
            "fires_from": t.rest_pain,
            "severe_from": t.severe_pain,
            "usual": usual,
        },
        pain,
        priority=R4_SEVERE_PRIORITY if severe else None,
        worsening=risen,
    )


R4 = Rule(
    id="R4",
    name=texts.RULE_TEXT["R4"].name,
    family="rest",
    priority=50,
    check=check_r4,
    advice=texts.RULE_TEXT["R4"].advice,
    condition=texts.RULE_TEXT["R4"].condition,
    source="Silbernagel 2007; NICE NG59",
    reference=f"{SILBERNAGEL}; {DAHM}; {NICE_NG59}",
    pauses_running=True,
    opens_episode=True,
    keeps_open=True,
    pain_scale=True,
)


# --- R5 -----------------------------------------------------------------------------------------


def not_settled(ctx: RuleInput, day: dt.date, usual: float | None) -> dict[str, Any] | None:
    """The 24-hour rule judged on ``day``: the run the day before, the rating before that run.

    Morning check-in: pain on ``day`` (the morning after) against pain the morning of the run.
    Evening check-in: pain on ``day`` (24 hours after) against the evening before the run.
    """
    t = ctx.t
    run = day - m.ONE_DAY
    distance = ctx.dist(run)
    if not distance:
        return None
    before_day = run if ctx.morning else run - m.ONE_DAY
    pain, before = m.pain_on(ctx.series, day), m.pain_on(ctx.series, before_day)
    if pain is None or before is None or pain - before < t.next_morning_delta:
        return None
    if t.settled_margin is not None:
        floor = usual + t.settled_margin if usual is not None else t.pain_ceiling
        if pain < floor - EPS:
            return None
    return {
        "pain": pain,
        "pain_before_run": before,
        "pain_before_date": before_day.isoformat(),
        "rise": pain - before,
        "rise_needed": t.next_morning_delta,
        "usual": usual,
        "above_usual_needed": t.settled_margin,
        "run_date": run.isoformat(),
        "run_distance": distance,
        "unit": ctx.unit.value,
    }


def check_r5(ctx: RuleInput) -> Fired | None:
    found = not_settled(ctx, ctx.day, ctx.base)
    if found is None:
        return None
    run = dt.date.fromisoformat(found["run_date"])
    why = texts.why_not_settled(
        found["pain"], found["pain_before_run"], found["run_distance"], ctx.unit, run, ctx.morning
    )
    return Fired(why, found, found["pain"])


R5 = Rule(
    id="R5",
    name=texts.RULE_TEXT["R5"].name,
    family="rest",
    priority=30,
    check=check_r5,
    advice=texts.RULE_TEXT["R5"].advice,
    condition=texts.RULE_TEXT["R5"].condition,
    source="Silbernagel 2007; Ostelo 2008",
    reference=f"{SILBERNAGEL} (pain after activity should have settled by the next morning); {OSTELO}",
    worsening=True,
    opens_episode=True,
    keeps_open=True,
    pain_scale=True,
)


# --- R7 -----------------------------------------------------------------------------------------


def flare(ctx: RuleInput) -> tuple[float, float, float] | None:
    """(p3, usual, rise) when the R7 condition holds."""
    t, p3, base = ctx.t, ctx.p3, ctx.base
    if p3 is None or base is None:
        return None
    rise = p3 - base
    if rise >= ctx.flare_delta - EPS and p3 >= t.mic_ratio * base - EPS and p3 >= t.flare_min_level - EPS:
        return p3, base, rise
    return None


def check_r7(ctx: RuleInput) -> Fired | None:
    found = flare(ctx)
    if found is None:
        return None
    p3, base, rise = found
    t, ep = ctx.t, ctx.episode
    frozen = ep is not None and ep.baseline is not None
    return Fired(
        texts.why_flare(p3, base),
        {
            "pain_3day_avg": p3,
            "usual": base,
            "usual_frozen": frozen,
            "usual_as_of": (ep.opened_on if frozen and ep is not None else ctx.day).isoformat(),
            "rise": rise,
            "rise_needed": ctx.flare_delta,
            "ratio_needed": t.mic_ratio,
            "min_level": t.flare_min_level,
        },
        p3,
    )


def trend_enough(ctx: RuleInput, trigger: Trigger) -> bool:
    return ctx.enough_pain


R7 = Rule(
    id="R7",
    name=texts.RULE_TEXT["R7"].name,
    family="rest",
    priority=40,
    check=check_r7,
    advice=texts.RULE_TEXT["R7"].advice,
    condition=texts.RULE_TEXT["R7"].condition,
    source="Ostelo 2008, Spine",
    reference=f"{OSTELO}; simulation in clinical-rules.md 6.4",
    worsening=True,
    sustained=True,
    pauses_running=True,
    opens_episode=True,
    keeps_open=True,
    pain_scale=True,
    enough=trend_enough,
)


# --- R12 ----------------------------------------------------------------------------------------


def spike_inputs(s: m.Spike, ctx: RuleInput) -> dict[str, Any]:
    return {
        "run_date": s.run_date.isoformat(),
        "run_distance": s.distance,
        "longest_before": s.longest,
        "longest_date": s.longest_date.isoformat(),
        "unit": s.unit.value,
        "over_pct": m.percent(s.over),
        "tier": s.tier,
        "hazard_ratio": HRR[s.tier],
        "fires_above_pct": round(100 * ctx.t.spike_tiers[0]),
        "history_days": s.history_days,
        "lookback_known_share": s.coverage,
    }


HRR = {"small": 1.64, "moderate": 1.52, "large": 2.28}  # Frandsen 2025, injury hazard ratio


def compared_with(ctx: RuleInput, s: m.Spike) -> str:
    """The comparison a spike message makes, said no more strongly than the diary allows."""
    started = None
    if s.history_days < ctx.t.spike_lookback:
        started = min(d for d, e in ctx.series.items() if e.distance_km is not None)
    return texts.longest_phrase(
        s.longest, s.unit, s.longest_date, ctx.t.spike_lookback, started, s.coverage < 1.0 - EPS
    )


def check_r12(ctx: RuleInput) -> Fired | None:
    spikes = [s for d in m.dates(ctx.day, ctx.t.spike_recent_days, 0) if (s := ctx.trusted_spike(d))]
    if not spikes:
        return None
    for rule_id, check in (("R7", check_r7 if ctx.enough_pain else None), ("R5", check_r5), ("R4", check_r4)):
        pain = check(ctx) if check else None
        if pain is not None:
            break
    else:
        return None
    s = spikes[-1]
    i = pain.inputs
    phrase = texts.pain_phrase(
        rule_id, i.get("pain"), i.get("pain_before_run"), i.get("pain_3day_avg"), i.get("usual")
    )
    pct = m.percent(s.over)
    return Fired(
        texts.why_spike_and_pain(s.distance, s.unit, s.run_date, pct, compared_with(ctx, s), phrase),
        spike_inputs(s, ctx) | {"pain_rule": rule_id} | {f"pain_{k}": v for k, v in i.items() if k != "unit"},
        pain.metric,
    )


R12 = Rule(
    id="R12",
    name=texts.RULE_TEXT["R12"].name,
    family="rest",
    priority=20,
    check=check_r12,
    advice=texts.RULE_TEXT["R12"].advice,
    condition=texts.RULE_TEXT["R12"].condition,
    source="Frandsen 2025; Silbernagel 2007",
    reference=f"{FRANDSEN}; {SILBERNAGEL}",
    worsening=True,
    pauses_running=True,
    opens_episode=True,
    keeps_open=True,
    pain_scale=True,
)


# --- PT -----------------------------------------------------------------------------------------


def high_after_run(ctx: RuleInput, day: dt.date, usual: float | None) -> dict[str, Any] | None:
    """A week of a pattern: a run the day before and pain on ``day`` 2 above the usual level, or at
    the 5/10 ceiling when that is lower. The rise from the rating before is not asked: one good
    Sunday morning, or a usual level nudged up by the pattern itself, does not break a pattern
    of sore Mondays."""
    run = day - m.ONE_DAY
    distance, pain = ctx.dist(run), m.pain_on(ctx.series, day)
    if not distance or pain is None:
        return None
    margin = ctx.t.settled_margin if ctx.t.settled_margin is not None else ctx.t.next_morning_delta
    floor = ctx.t.pain_ceiling if usual is None else min(usual + margin, ctx.t.pain_ceiling)
    if pain < floor - EPS:
        return None
    return {"pain": pain, "run_date": run.isoformat(), "run_distance": distance}


def pattern_weeks(ctx: RuleInput) -> list[dict[str, Any]]:
    """Today's sore morning after a run and the same weekday's before it, newest first, while unbroken."""
    weeks = []
    day = ctx.day
    for k in range(PATTERN_MAX_WEEKS):
        found = high_after_run(ctx, day, ctx.base if k == 0 else m.lagged_baseline(ctx.series, day, ctx.t))
        if found is None:
            break
        weeks.append(found)
        day -= dt.timedelta(days=7)
    return weeks


def check_pt(ctx: RuleInput) -> Fired | None:
    weeks = pattern_weeks(ctx)
    if len(weeks) < 2:
        return None
    runs = [(w["run_distance"], dt.date.fromisoformat(w["run_date"]), w["pain"]) for w in weeks]
    return Fired(
        texts.why_pattern(len(weeks), runs, ctx.unit, ctx.morning),
        {
            "weeks": len(weeks),
            "run_dates": [w["run_date"] for w in weeks],
            "run_distances": [w["run_distance"] for w in weeks],
            "pains_after": [w["pain"] for w in weeks],
            "unit": ctx.unit.value,
        },
        weeks[0]["pain"],
    )


def pattern_named(ctx: RuleInput, trigger: Trigger) -> str | None:
    """Said once while the pattern lasts: held if it was sent on a day of this unbroken streak,
    unless the pain is 2 points above what it was then (M3)."""
    streak = {dt.date.fromisoformat(d) + m.ONE_DAY for d in trigger.inputs["run_dates"]}
    said = [p for p in ctx.past if p.sent and p.rule_id == "PT" and p.date in streak and p.date < ctx.day]
    if not said:
        return None
    last = max(said, key=lambda p: p.date)
    if trigger.metric is not None and last.metric is not None:
        if trigger.metric >= last.metric + ctx.t.mic_points - EPS:
            return None
    return f"this weekly pattern was named on {texts.day_label(last.date)}"


PT = Rule(
    id="PT",
    name=texts.RULE_TEXT["PT"].name,
    family="caution",
    priority=25,
    check=check_pt,
    advice=texts.RULE_TEXT["PT"].advice,
    condition=texts.RULE_TEXT["PT"].condition,
    source="Silbernagel 2007; NHS back pain guidance",
    reference=f"{SILBERNAGEL} (settled by the next morning; adjust the load when it is not); {NHS_BACK} "
    "(see a GP or physio if it does not improve)",
    worsening=True,
    sustained=True,
    opens_episode=True,
    keeps_open=True,
    pain_scale=True,
    covers=("R5", "R4"),
    hold=pattern_named,
)

RULES = (R12, PT, R5, R7, R4)
