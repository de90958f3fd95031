"""WU: the scheduled warm-up tip, sent before the runner's usual run time after a load or trend warning.

It is the one nudge that is not a reaction to a check-in: when a caution nudge (R6, R8, R11,
R13, RB) went out in the last 6 days, the runner gets one warm-up reminder before their next
usual run time. It obeys the same limits as every other positive note: one a day, the weekly cap
(M4), mute (M8); the caller keeps it out of quiet hours. Evidence for warm-ups is weak (van
Mechelen 1993: no effect on injuries; Fradkin 2006: mixed), so it is framed as comfort and
readiness; the cadence part follows Heiderscheit 2011 (+5-10% step rate lowers hip and knee
loading).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from coach import texts
from coach.nudges.model import Episode, PastNudge, Trigger
from coach.nudges.thresholds import DEFAULT, Thresholds

RULE_ID = "WU"
AFTER_RULES = ("R6", "R8", "R11", "R13", "RB")
WINDOW_DAYS = 6
PRIORITY = 95
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
    """The warm-up tip for today's run, or None. Never during a rest episode: the advice then is
    not to run."""
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
        priority=PRIORITY,
        why=texts.why_warmup(latest.rule_id, latest.date),
        advice=texts.WARMUP_ADVICE,
        source=SOURCE,
        inputs={"after_rule": latest.rule_id, "after_date": latest.date.isoformat()},
        metric=None,
        worsening=False,
    )


def explain(trigger: Trigger) -> str:
    return texts.nudge_explanation(
        f"{RULE_ID} {texts.WARMUP_NAME}",
        trigger.why,
        texts.warmup_condition(AFTER_RULES, WINDOW_DAYS),
        [],
        None,
        trigger.advice,
        REFERENCE,
        footer=texts.WARMUP_CAVEAT,
    )
