"""WU: the scheduled warm-up tip, sent before the runner's usual run time after a load or trend warning.

It is the one nudge that is not a reaction to a check-in: when a caution nudge (R6, R8, R11,
R13) went out in the last 6 days, the runner gets one warm-up reminder before their next usual
run time. It obeys the same limits as every other tip: one a day, the weekly cap (M4), mute
(M8); the caller keeps it out of quiet hours. Evidence for warm-ups is weak (van Mechelen 1993:
no effect on injuries; Fradkin 2006: mixed), so it is framed as comfort and readiness; the
cadence part follows Heiderscheit 2011 (+5-10% step rate lowers hip and knee loading).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from coach.nudges.engine import Episode, PastNudge
from coach.nudges.rules import Trigger
from coach.nudges.thresholds import DEFAULT, Thresholds
from coach.texts import day_label

RULE_ID = "WU"
AFTER_RULES = ("R6", "R8", "R11", "R13")
WINDOW_DAYS = 6
ADVICE = (
    "Before you go: 5-10 minutes building from a walk to an easy jog, then leg swings, hip-flexor lunges "
    "and glute bridges. On easy runs, try steps about 5% quicker and shorter at the same pace."
)
SOURCE = "Heiderscheit 2011; van Mechelen 1993; Fradkin 2006"
REFERENCE = (
    "Heiderscheit BC et al. Effects of step rate manipulation on joint mechanics during running. "
    "Med Sci Sports Exerc 2011;43(2):296-302. Warm-up and injury: van Mechelen W et al. Am J Sports Med "
    "1993;21(5):711-719 (no effect); Fradkin AJ et al. J Sci Med Sport 2006;9(3):214-220 (mixed)."
)


def warmup_due(
    day: dt.date, *, past: Sequence[PastNudge], episode: Episode | None, muted_until: dt.date | None,
    thresholds: Thresholds = DEFAULT,
) -> Trigger | None:
    """The warm-up tip for today's run, or None. Never during a rest episode: the advice then is not to run."""
    if muted_until is not None and day <= muted_until:
        return None
    if episode is not None and episode.family == "rest":
        return None
    sent = [p for p in past if p.sent and p.date <= day]
    if any(p.date == day for p in sent):
        return None
    if sum(1 for p in sent if (day - p.date).days < 7) >= thresholds.weekly_cap:
        return None
    warnings = [p for p in sent if p.rule_id in AFTER_RULES and 0 < (day - p.date).days <= WINDOW_DAYS]
    if not warnings:
        return None
    latest = max(warnings, key=lambda p: p.date)
    if any(p.rule_id == RULE_ID and p.date > latest.date for p in sent):
        return None
    return Trigger(
        rule_id=RULE_ID,
        family="positive",
        priority=95,
        why=f"after my {latest.rule_id} tip on {day_label(latest.date)}, a warm-up may make today's run feel easier",
        advice=ADVICE,
        source=SOURCE,
        inputs={"after_rule": latest.rule_id, "after_date": latest.date.isoformat()},
        metric=None,
        worsening=False,
    )


def explain(trigger: Trigger) -> str:
    return "\n".join([
        "WU Warm-up before your usual run time",
        f"What I saw: {trigger.why}.",
        f"It fires when: a load or trend tip ({', '.join(AFTER_RULES)}) went out in the last {WINDOW_DAYS} days, "
        "once per tip, half an hour before your usual run time, outside quiet hours and never during a rest episode.",
        f"Advice: {trigger.advice}",
        f"Source: {REFERENCE}",
        "Evidence that warm-ups prevent injury is weak; take it as comfort and readiness. Not medical advice.",
    ])
