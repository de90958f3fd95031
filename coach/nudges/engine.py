"""Decide, for one runner and one day, which nudge (if any) to send: meta-rules M1-M10.

Pure: no I/O and no clock. The caller hands in the diary, the day to judge, everything the log
holds about earlier nudges (``past``, sent and suppressed) and the episode it stored yesterday,
and stores what comes back. ``evaluate`` may run several times a day (after the pain answer,
again after the distance): today's rows in ``past`` count towards "already nudged today" and the
weekly cap but never as history, and an episode that an earlier call opened today is re-derived
from today's data, so repeating a call gives the same answer.

What each rule is (family, opens an episode, pain scale, holds only itself, covers another) is
read from its row in the rule table; nothing here names a rule.

Corrections to clinical-rules.md
--------------------------------
- M4: the weekly cap of 3 counts warnings (rest, see-a-professional, caution) only. A positive
  note is sent only under the cap of all kinds, so it never crowds out a warning: a pain-6
  warning is never held back by an active-recovery note and a good-news note.
- M3 "the driving metric worsens by a further 2 points" only makes sense on the pain scale, so
  the bypass applies between rules whose row says ``pain_scale`` and never to load or positive
  rules.
- M2 + M5: a rest or caution warning is not repeated inside the episode it belongs to, even after
  the family cool-down, unless the pain is 2 points worse than at the last one (M3) or it is a
  rest nudge after a caution one. A rule whose row says ``sustained`` (a flare, a trend, a weekly
  pattern) is held only by an earlier sustained warning: after one morning above 5/10 (R4) or
  one unsettled morning (R5), a flare that lasts (R7) is still news once the cool-down is over.
  During a flare the runner hears: the first warning, the flare if it lasts, see-a-professional
  if it gets worse (R10) or lasts (R9), and "back to usual" (R15).
- M2 per-family cool-downs are read with M3: a sent nudge holds back its own family and every
  lower one for its cool-down (otherwise M3's "a higher tier may fire during a lower tier's
  cool-down" would say nothing). A see-a-professional tip does not hold back a load warning
  (R11, R13, RB: caution rules not on the pain scale): it does not tell the runner to stop
  running, so a spike after it is news. A rule whose row says ``holds_only_itself`` (R13, DT:
  information) holds back only itself; one that says ``ignores_cool_down`` (R15, the all-clear,
  once per episode) is never held back by one, nor by the cap.
- M1 family order (rest > see-a-professional > caution > positive) is also the escalation order
  M3 uses: after a caution nudge today, a rest nudge may still go out today; after a rest nudge,
  nothing else does.
- A rule may hold itself back by its own repeat policy (``hold`` on its row: R9 repeats only when
  its advice changes, PT once per pattern, DT once a week), and a named pattern (PT) ``covers``
  the single-day rules it is made of, so they are not said again on its days.
- M5: only rules whose row says ``opens_episode`` open one (pain rules; a load spike with a quiet
  back is not an episode). An episode opened without a baseline closes at the 0-3 "safe" zone.
  ``worsening_fires`` counts the days in the episode on which a worsening rule fired, from the
  log; ``calm_days`` is the current run of rated days with p3 <= base + 1 (a day without a
  rating breaks the run), recomputed from the diary.
- M6: a rule that would fire but lacks the data is still returned, suppressed with "not enough
  data", so the log shows it (M10); it does not open an episode, and DT says so once a week.
- R3: the screen is asked with the first rest tip of an episode that is sent (or held back only
  by mute: safety is never muted), not when the rest rule is held back as already said; and not
  again for that reason within 14 days of the last screen. Pain 7+, the weekly persistence reason
  and symptom words (handlers) still ask it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from coach import texts
from coach.models import Entry, Mode, Unit
from coach.nudges import metrics as m
from coach.nudges.context import RuleInput
from coach.nudges.model import EPS, FAMILY_RANK, Decision, Episode, Family, PastNudge, Trigger
from coach.nudges.rule import Rule
from coach.nudges.rules import RULE_BY_ID, RULES
from coach.nudges.see_pro import level
from coach.nudges.thresholds import DEFAULT, Thresholds

__all__ = ["Decision", "Episode", "Family", "PastNudge", "Trigger", "evaluate", "explain", "render"]

NOT_ENOUGH_DATA = "not enough data"
MUTED = "muted"
WARNING_RANK = {"caution": 1, "rest": 2}  # held back within an episode once said (M5 + M2)


def evaluate(
    entries: Sequence[Entry],
    day: dt.date,
    *,
    unit: Unit,
    past: Sequence[PastNudge] = (),
    episode: Episode | None = None,
    muted_until: dt.date | None = None,
    last_screen: dt.date | None = None,
    mode: Mode = Mode.MORNING,
    thresholds: Thresholds = DEFAULT,
) -> Decision:
    """Judge ``day``: every rule that fires, the one nudge to send (if any) and why the others
    are held back, the episode to store, and whether to ask the red-flag screen.

    ``past`` is the whole nudge log (sent and suppressed rows), ``episode`` what the last call
    returned, ``muted_until`` the last muted day, ``last_screen`` the last day the screen was
    asked, ``mode`` when the runner checks in (it decides which run today's pain answers for).
    Entries after ``day`` are ignored."""
    series = {e.date: e for e in entries if e.date <= day}
    prior = episode if episode is not None and episode.opened_on < day else None
    ctx = RuleInput(series, day, unit, thresholds, prior, tuple(past), mode, RULE_BY_ID)

    fired, lacking = _run(ctx, stage=1)
    after, closed = _next_episode(ctx, fired)
    ctx2 = dataclasses.replace(ctx, fired=tuple(fired), lacking=tuple(lacking), after=after, closing=closed)
    fired2, lacking2 = _run(ctx2, stage=2)
    fired += fired2
    lacking += lacking2
    if after is not None:
        after = _upgrade(after, [f for f in fired2 if f.family != "positive"])

    send, suppressed = _arbitrate(ctx2, fired, lacking, muted_until)
    return Decision(
        send=send,
        suppressed=suppressed,
        episode=after,
        episode_closed=closed,
        ask_screen=_ask_screen(ctx, send, suppressed, last_screen),
    )


def _rule(trigger: Trigger | PastNudge) -> Rule | None:
    return RULE_BY_ID.get(trigger.rule_id)


def _run(ctx: RuleInput, stage: int) -> tuple[list[Trigger], list[Trigger]]:
    """(triggers with enough data, triggers that would fire but lack data)."""
    fired, lacking = [], []
    for rule in RULES:
        if rule.stage != stage:
            continue
        found = rule.check(ctx)
        if found is None:
            continue
        trigger = rule.trigger(found)
        (fired if rule.enough(ctx, trigger) else lacking).append(trigger)
    return fired, lacking


def _upgrade(ep: Episode, triggers: list[Trigger]) -> Episode:
    family = max([ep.family, *(t.family for t in triggers)], key=FAMILY_RANK.__getitem__)
    return dataclasses.replace(ep, family=family)


def _next_episode(ctx: RuleInput, fired: list[Trigger]) -> tuple[Episode | None, bool]:
    """M5 hysteresis: open on the first pain trigger, close after 3 calm days in a row.

    Only a rule about today's pain keeps a calm episode open; R6 and R8 look back a week or two
    and would otherwise hold it open with the flare it is recovering from."""
    opening = [f for f in fired if (r := _rule(f)) is not None and r.opens_episode]
    worse_today = any(f.worsening for f in opening)
    prior = ctx.episode
    if prior is None:
        if not opening:
            return None, False
        family = max((f.family for f in opening), key=FAMILY_RANK.__getitem__)
        baseline = m.lagged_baseline(ctx.series, ctx.day, ctx.t)
        return Episode(ctx.day, family, baseline, int(worse_today), 0), False

    calm = _calm_streak(ctx)
    if calm >= ctx.t.close_days and not any((r := _rule(f)) is not None and r.keeps_open for f in opening):
        return None, True
    earlier = {
        p.date
        for p in ctx.past
        if (r := _rule(p)) is not None and r.worsening and prior.opened_on <= p.date < ctx.day
    }
    ep = Episode(prior.opened_on, prior.family, prior.baseline, len(earlier) + worse_today, calm)
    return _upgrade(ep, opening), False


def _calm_streak(ctx: RuleInput) -> int:
    """Calm days in a row up to today; a day without a rating breaks the run."""
    assert ctx.episode is not None
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
    week = [p for p in sent if (day - p.date).days < 7]
    warnings_this_week = sum(1 for p in week if p.family != "positive")
    ep = ctx.episode
    told = [p for p in sent if ep is not None and ep.opened_on <= p.date < day and p.family in WARNING_RANK]
    covered = {
        covered_id: trig
        for trig in fired
        if (rule := _rule(trig)) is not None
        for covered_id in rule.covers
    }

    def said_in_episode(trig: Trigger) -> bool:
        if trig.family not in WARNING_RANK:
            return False
        sustained = (rule := _rule(trig)) is not None and rule.sustained
        said = [
            p
            for p in told
            if WARNING_RANK[p.family] >= WARNING_RANK[trig.family]
            and (not sustained or ((r := _rule(p)) is not None and r.sustained))
        ]
        return bool(said) and not _worse_by_mic(trig, max(said, key=lambda p: p.date), t)

    def blocked(trig: Trigger) -> str | None:
        rule = _rule(trig)
        if muted_until is not None and day <= muted_until:
            return MUTED
        cover = covered.get(trig.rule_id)
        if cover is not None and cover.priority < trig.priority:
            return f"covered by {cover.rule_id} ({texts.RULE_TEXT[cover.rule_id].name.lower()})"
        if today and FAMILY_RANK[trig.family] <= top_today:
            return "already nudged today"
        cool = _cool_down(trig, sent, t)
        if cool is not None and day < cool[0]:
            return f"{texts.FAMILY_WORDS[cool[1]]} cool-down until {texts.day_label(cool[0])}"
        if said_in_episode(trig):
            assert ep is not None
            return f"already nudged in this episode (since {texts.day_label(ep.opened_on)})"
        if rule is not None and rule.hold is not None and (reason := rule.hold(ctx, trig)):
            return reason
        if trig.family == "positive" and len(week) >= t.weekly_cap and not (rule and rule.ignores_cool_down):
            return f"{t.weekly_cap} tips in 7 days"
        if trig.family != "positive" and warnings_this_week >= t.weekly_cap:
            return f"{t.weekly_cap} warnings in 7 days"
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


def _cool_down(trig: Trigger, sent: list[PastNudge], t: Thresholds) -> tuple[dt.date, Family] | None:
    """The latest cool-down covering the trigger: (first free day, family that started it).

    M2 + M3: a sent nudge starts its family's cool-down, which holds back that family and every
    lower one (M1 order); a higher family may still go out. A pain rule 2 points worse than the
    pain nudge that started the cool-down passes it (M3).
    """
    rule = _rule(trig)
    if rule is not None and rule.ignores_cool_down:
        return None
    blocking = []
    for p in sent:
        earlier = _rule(p)
        if earlier is not None and earlier.holds_only_itself and p.rule_id != trig.rule_id:
            continue
        if p.family == "see_pro" and trig.family == "caution" and not (rule is not None and rule.pain_scale):
            continue
        if FAMILY_RANK[p.family] < FAMILY_RANK[trig.family] or _worse_by_mic(trig, p, t):
            continue
        blocking.append((p.date + dt.timedelta(days=_cool_down_days(p, sent, t)), p.family))
    return max(blocking, default=None)


def _cool_down_days(p: PastNudge, sent: list[PastNudge], t: Thresholds) -> int:
    if p.family == "see_pro":
        earlier = any(q.family == "see_pro" and 0 < (p.date - q.date).days <= 42 for q in sent)
        return t.cooldown_see_pro_repeat if earlier else t.cooldown_see_pro
    return {"rest": t.cooldown_rest, "caution": t.cooldown_caution, "positive": t.cooldown_positive}[p.family]


def _worse_by_mic(trig: Trigger, last: PastNudge, t: Thresholds) -> bool:
    """M3: a pain rule whose pain level is 2 points above the last pain nudge's may repeat."""
    now, then = _rule(trig), _rule(last)
    return (
        now is not None
        and then is not None
        and now.pain_scale
        and then.pain_scale
        and last.metric is not None
        and trig.metric is not None
        and trig.metric >= last.metric + t.mic_points - EPS
    )


def _ask_screen(
    ctx: RuleInput,
    send: Trigger | None,
    suppressed: tuple[tuple[Trigger, str], ...],
    last_screen: dt.date | None,
) -> str | None:
    """R3 reasons visible to the engine; at most once a day, the persistence one at most weekly."""
    day, t = ctx.day, ctx.t
    if last_screen is not None and last_screen >= day:
        return None
    reasons = []
    if ctx.pain is not None and ctx.pain >= t.screen_pain:
        reasons.append(f"pain {t.screen_pain} or more")
    rest_now = (send is not None and send.family == "rest") or any(
        trig.family == "rest" and reason == MUTED for trig, reason in suppressed
    )
    first_in_episode = ctx.episode is None or not ctx.sent_since(ctx.episode.opened_on, ("rest",))
    recently = last_screen is not None and (day - last_screen).days < t.screen_recent_days
    if rest_now and first_in_episode and not recently:
        reasons.append("first rest nudge of this episode")
    weekly = last_screen is None or (day - last_screen).days >= 7
    if weekly and level(ctx, day) is not None:
        reasons.append(f"pain {t.persist_min_pain}+ for {t.persist_days} days")
    return ", ".join(reasons) or None


def render(trigger: Trigger) -> str:
    """The nudge as the runner reads it: one short plain-text paragraph (M9)."""
    return texts.nudge_message(trigger.why, trigger.advice, trigger.source)


def explain(trigger: Trigger, inputs_note: str | None = None) -> str:
    """The longer /why text: the rule, every number behind it, the threshold and the source."""
    rule = RULE_BY_ID[trigger.rule_id]
    return texts.nudge_explanation(
        texts.explanation_title(rule.id, rule.name, trigger.family, trigger.priority),
        trigger.why,
        rule.condition,
        [(key.replace("_", " "), _show(value)) for key, value in trigger.inputs.items()],
        inputs_note,
        trigger.advice,
        rule.reference,
    )


def _show(value: object) -> str:
    if value is None:
        return "unknown"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        return ", ".join(_show(v) for v in value)
    return str(value)
