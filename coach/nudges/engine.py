"""Decide, for one runner and one day, which nudge (if any) to send: meta-rules M1-M10.

Pure: no I/O and no clock. The caller hands in the diary, the day to judge, everything the log
holds about earlier nudges (``past``, sent and suppressed) and the episode it stored yesterday,
and stores what comes back. ``evaluate`` may run several times a day (after the pain answer,
again after the distance): today's rows in ``past`` count towards "already nudged today" and the
weekly cap but never as history, and an episode that an earlier call opened today is re-derived
from today's data, so repeating a call gives the same answer.

Corrections to clinical-rules.md
--------------------------------
- M4: the research simulated "at most 2 nudges a week" for its false-alarm figure but set the
  cap to 3 in M4 and 7F. The default here is 3 (Thresholds.weekly_cap); the false-alarm figure in
  benchmarks/false_alarms.py is measured with 3, so it is the honest number for the default.
- M3 "the driving metric worsens by a further 2 points" only makes sense on the pain scale, so
  the bypass applies between pain rules (R4-R10, R12: Trigger.metric is a 0-10 pain level for
  them) and never to load or positive rules.
- M2 + M5: a rest or caution nudge is not repeated inside the episode it belongs to, even after
  the family cool-down, unless the pain is 2 points worse than at the last one (M3) or it is a
  rest nudge after a caution one. During a flare the runner hears: the first warning, the
  active-recovery note on rest days, see-a-professional if it gets worse (R10) or lasts (R9),
  and "back to usual" (R15). Without this hold, repeats within one noise-made episode took the
  false "worsening" nudges in benchmarks/false_alarms.py from 0.7 to 0.9 a month at SD 1.
- M2 per-family cool-downs are read with M3: a sent nudge holds back its own family and every
  lower one for its cool-down (otherwise M3's "a higher tier may fire during a lower tier's
  cool-down" would say nothing). So no active-recovery note in the 72 h after a rest nudge, whose
  advice already says the same.
- M1 family order (rest > see-a-professional > caution > positive) is also the escalation order
  M3 uses: after a caution nudge today, a rest nudge may still go out today; after a rest nudge,
  nothing else does. R15 (back to usual) ignores the positive cool-down: it is sent once per
  episode and must not be swallowed by an active-recovery note from two days before.
- M5: only pain rules open an episode (R4, R5, R6, R7, R8, R12). A load spike with a quiet back is
  not an episode, and opening one would end three days later in a "back to usual" message about
  nothing. An episode opened without a baseline (a new runner) closes at the 0-3 "safe" zone.
  ``worsening_fires`` counts the days in the episode on which a worsening rule fired, from the
  log; ``calm_days`` is the current run of rated days with p3 <= base + 1 (a day without a
  rating breaks the run), recomputed from the diary.
- M6: a rule that would fire but lacks the data is still returned, suppressed with "not enough
  data", so the log shows it (M10); it does not open an episode.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from coach.models import Entry, Unit
from coach.nudges import metrics as m
from coach.nudges.rules import (
    FAMILY_RANK,
    PAIN_RULES,
    RULE_BY_ID,
    RULES,
    WORSENING,
    Family,
    RuleInput,
    Trigger,
)
from coach.nudges.thresholds import DEFAULT, Thresholds
from coach.texts import day_label

__all__ = ["Decision", "Episode", "Family", "PastNudge", "Trigger", "evaluate", "explain", "render"]

OPENING_RULES = frozenset({"R4", "R5", "R6", "R7", "R8", "R12"})
TODAY_RULES = frozenset({"R4", "R5", "R7", "R12"})  # about today's pain: they keep an episode open
FAMILY_WORDS = {
    "rest": "rest",
    "see_pro": "see-a-professional",
    "caution": "caution",
    "positive": "positive",
}
NOT_ENOUGH_DATA = "not enough data"
WARNING_RANK = {"caution": 1, "rest": 2}  # held back within an episode once said (M5 + M2)


@dataclass(frozen=True)
class PastNudge:
    """One row of the nudge log: everything sent or suppressed before."""

    date: dt.date
    rule_id: str
    family: Family
    sent: bool
    metric: float | None


@dataclass(frozen=True)
class Episode:
    """M5: a stretch of worse pain, stored by the caller between days."""

    opened_on: dt.date
    family: Family
    baseline: float | None  # the usual level before the episode, frozen while it is open
    worsening_fires: int
    calm_days: int


@dataclass(frozen=True)
class Decision:
    send: Trigger | None
    suppressed: tuple[tuple[Trigger, str], ...]
    episode: Episode | None  # state after today (None = no open episode)
    episode_closed: bool
    ask_screen: str | None  # why the red-flag screen (R3) should be asked today, if it should


def evaluate(
    entries: Sequence[Entry],
    day: dt.date,
    *,
    unit: Unit,
    past: Sequence[PastNudge] = (),
    episode: Episode | None = None,
    muted_until: dt.date | None = None,
    last_screen: dt.date | None = None,
    thresholds: Thresholds = DEFAULT,
) -> Decision:
    """Judge ``day``: every rule that fires, the one nudge to send (if any) and why the others
    are held back, the episode to store, and whether to ask the red-flag screen.

    ``past`` is the whole nudge log (sent and suppressed rows), ``episode`` what the last call
    returned, ``muted_until`` the last muted day, ``last_screen`` the last day the screen was
    asked. Entries after ``day`` are ignored."""
    series = {e.date: e for e in entries if e.date <= day}
    prior = episode if episode is not None and episode.opened_on < day else None
    ctx = RuleInput(series, day, unit, thresholds, prior, tuple(past))

    fired, lacking = _run(ctx, stage=1)
    after, closed = _next_episode(ctx, fired)
    ctx2 = dataclasses.replace(ctx, fired=tuple(fired), after=after, closing=closed)
    fired2, lacking2 = _run(ctx2, stage=2)
    fired += fired2
    lacking += lacking2
    if after is not None:
        after = _upgrade(after, [f for f in fired2 if f.rule_id == "R10"])

    send, suppressed = _arbitrate(ctx, fired, lacking, muted_until)
    return Decision(
        send=send,
        suppressed=suppressed,
        episode=after,
        episode_closed=closed,
        ask_screen=_ask_screen(ctx, fired, last_screen),
    )


def _run(ctx: RuleInput, stage: int) -> tuple[list[Trigger], list[Trigger]]:
    """(triggers with enough data, triggers that would fire but lack data)."""
    fired, lacking = [], []
    for rule in RULES:
        if rule.stage != stage:
            continue
        trigger = rule.check(ctx)
        if trigger is None:
            continue
        (fired if rule.enough(ctx, trigger) else lacking).append(trigger)
    return fired, lacking


def _upgrade(ep: Episode, triggers: list[Trigger]) -> Episode:
    family = max([ep.family, *(t.family for t in triggers)], key=FAMILY_RANK.__getitem__)
    return dataclasses.replace(ep, family=family)


def _next_episode(ctx: RuleInput, fired: list[Trigger]) -> tuple[Episode | None, bool]:
    """M5 hysteresis: open on the first pain trigger, close after 3 calm days in a row.

    Only a rule about today's pain keeps a calm episode open; R6 and R8 look back a week or two
    and would otherwise hold it open with the flare it is recovering from."""
    opening = [f for f in fired if f.rule_id in OPENING_RULES]
    worse_today = any(f.worsening for f in opening)
    prior = ctx.episode
    if prior is None:
        if not opening:
            return None, False
        family = max((f.family for f in opening), key=FAMILY_RANK.__getitem__)
        baseline = m.lagged_baseline(ctx.series, ctx.day, ctx.t)
        return Episode(ctx.day, family, baseline, int(worse_today), 0), False

    calm = _calm_streak(ctx)
    if calm >= ctx.t.close_days and not any(f.rule_id in TODAY_RULES for f in opening):
        return None, True
    earlier = {
        p.date for p in ctx.past if p.rule_id in WORSENING and prior.opened_on <= p.date < ctx.day
    }
    ep = Episode(prior.opened_on, prior.family, prior.baseline, len(earlier) + worse_today, calm)
    return _upgrade(ep, opening), False


def _calm_streak(ctx: RuleInput) -> int:
    """Calm days in a row up to today; a day without a rating breaks the run."""
    streak = 0
    d = ctx.day
    while d > ctx.episode.opened_on and ctx.calm(d):
        streak += 1
        d -= m.ONE_DAY
    return streak


def _arbitrate(
    ctx: RuleInput, fired: list[Trigger], lacking: list[Trigger], muted_until: dt.date | None
) -> tuple[Trigger | None, tuple[tuple[Trigger, str], ...]]:
    """M1 one a day by priority, M2 cool-downs, M3 escalation, M4 weekly cap, M8 mute."""
    day, t = ctx.day, ctx.t
    sent = [p for p in ctx.past if p.sent and p.date <= day]
    today = [p for p in sent if p.date == day]
    top_today = max((FAMILY_RANK[p.family] for p in today), default=-1)
    this_week = sum(1 for p in sent if (day - p.date).days < 7)
    ep = ctx.episode
    told = [
        p
        for p in sent
        if ep is not None and ep.opened_on <= p.date < day and p.family in WARNING_RANK
    ]

    def said_in_episode(trig: Trigger) -> bool:
        if trig.family not in WARNING_RANK:
            return False
        said = [p for p in told if WARNING_RANK[p.family] >= WARNING_RANK[trig.family]]
        return bool(said) and not _worse_by_mic(trig, max(said, key=lambda p: p.date), t)

    def blocked(trig: Trigger) -> str | None:
        if muted_until is not None and day <= muted_until:
            return "muted"
        if today and FAMILY_RANK[trig.family] <= top_today:
            return "already nudged today"
        cool = _cool_down(trig, sent, t)
        if cool is not None and day < cool[0]:
            return f"{FAMILY_WORDS[cool[1]]} cool-down until {day_label(cool[0])}"
        if said_in_episode(trig):
            return f"already nudged in this episode (since {day_label(ep.opened_on)})"
        if this_week >= t.weekly_cap:
            return f"{t.weekly_cap} nudges in 7 days"
        return None

    send: Trigger | None = None
    suppressed: list[tuple[Trigger, str]] = [(trig, NOT_ENOUGH_DATA) for trig in lacking]
    for trig in sorted(fired, key=lambda f: f.priority):
        reason = blocked(trig)
        if reason is None and send is not None:
            reason = f"lower priority than {send.rule_id}"
        if reason is None:
            send = trig
        else:
            suppressed.append((trig, reason))
    suppressed.sort(key=lambda pair: pair[0].priority)
    return send, tuple(suppressed)


def _cool_down(
    trig: Trigger, sent: list[PastNudge], t: Thresholds
) -> tuple[dt.date, Family] | None:
    """The latest cool-down covering the trigger: (first free day, family that started it).

    M2 + M3: a sent nudge starts its family's cool-down, which holds back that family and every
    lower one (M1 order); a higher family may still go out. R13 (information) only holds back
    itself and R15 (the all-clear) is never held back. A pain rule 2 points worse than the pain
    nudge that started the cool-down passes it (M3).
    """
    if trig.rule_id == "R15":
        return None
    blocking = []
    for p in sent:
        if p.rule_id == "R13" and trig.rule_id != "R13":
            continue
        if FAMILY_RANK[p.family] < FAMILY_RANK[trig.family] or _worse_by_mic(trig, p, t):
            continue
        blocking.append((p.date + dt.timedelta(days=_cool_down_days(p, sent, t)), p.family))
    return max(blocking, default=None)


def _cool_down_days(p: PastNudge, sent: list[PastNudge], t: Thresholds) -> int:
    if p.family == "see_pro":
        earlier = any(q.family == "see_pro" and 0 < (p.date - q.date).days <= 42 for q in sent)
        return t.cooldown_see_pro_repeat if earlier else t.cooldown_see_pro
    return {
        "rest": t.cooldown_rest,
        "caution": t.cooldown_caution,
        "positive": t.cooldown_positive,
    }[p.family]


def _worse_by_mic(trig: Trigger, last: PastNudge, t: Thresholds) -> bool:
    """M3: a pain rule whose pain level is 2 points above the last pain nudge's may repeat."""
    return (
        trig.rule_id in PAIN_RULES
        and last.rule_id in PAIN_RULES
        and last.metric is not None
        and trig.metric is not None
        and trig.metric >= last.metric + t.mic_points - 1e-9
    )


def _ask_screen(ctx: RuleInput, fired: list[Trigger], last_screen: dt.date | None) -> str | None:
    """R3 reasons visible to the engine; at most once a day, the persistence one at most weekly."""
    day, t = ctx.day, ctx.t
    if last_screen is not None and last_screen >= day:
        return None
    reasons = []
    if ctx.pain is not None and ctx.pain >= t.screen_pain:
        reasons.append(f"pain {t.screen_pain} or more")
    prior = ctx.episode
    if any(f.family == "rest" for f in fired) and (
        prior is None
        or (
            prior.family != "rest"
            and not any(p.family == "rest" and prior.opened_on <= p.date < day for p in ctx.past)
        )
    ):
        reasons.append("first rest nudge of this episode")
    high = sum(p >= t.persist_min_pain for p in m.pains(ctx.series, day, t.persist_days - 1))
    if high >= t.persist_min_days and (last_screen is None or (day - last_screen).days >= 7):
        reasons.append(f"pain {t.persist_min_pain}+ for {t.persist_days} days")
    return ", ".join(reasons) or None


def render(trigger: Trigger) -> str:
    """The nudge as the runner reads it: one short plain-text paragraph (M9)."""
    why = trigger.why[:1].upper() + trigger.why[1:]
    return f"{why}. {trigger.advice} Source: {trigger.source}. Not medical advice."


def explain(trigger: Trigger, inputs_note: str | None = None) -> str:
    """The longer /why text: the rule, every number behind it, the threshold and the source."""
    rule = RULE_BY_ID[trigger.rule_id]
    lines = [
        f"{rule.id} {rule.name} ({FAMILY_WORDS[trigger.family]} nudge, priority {trigger.priority})",
        f"What I saw: {trigger.why}.",
        f"It fires when: {rule.condition}.",
        "The numbers:",
        *(f"  {key.replace('_', ' ')}: {_show(value)}" for key, value in trigger.inputs.items()),
    ]
    if inputs_note:
        lines.append(inputs_note)
    lines += [f"Advice: {trigger.advice}", f"Source: {rule.reference}", "Not medical advice."]
    return "\n".join(lines)


def _show(value: object) -> str:
    if value is None:
        return "unknown"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
