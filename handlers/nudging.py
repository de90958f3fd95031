"""After a check-in: judge the diary, say at most one nudge with its reasons, and ask the screen when due."""

from __future__ import annotations

import datetime as dt

from coach import nudges as engine
from coach import arguments, texts
from coach.nudges import warmup
from handlers import keyboards, safety
from handlers.replies import Reply
from handlers.turn import Turn
from storage import diary, nudges

HISTORY = dt.timedelta(days=70)
MUTE_DAYS = 7
MAX_MUTE_DAYS = 90


def after_checkin(turn: Turn) -> tuple[list[Reply], list[Reply]]:
    """The nudge that today's numbers call for (if any), and the red-flag screen if a rule says to ask it."""
    if turn.runner.safety_hold_since is not None:
        return safety.on_hold_reminder(turn), []
    runner, day = turn.runner, turn.today
    episode = nudges.open_episode(turn.db, runner.id)
    decision = engine.evaluate(
        diary.entries_between(turn.db, runner.id, day - HISTORY, day),
        day,
        unit=runner.units,
        past=nudges.past_nudges(turn.db, runner.id, day - HISTORY),
        episode=episode,
        muted_until=runner.nudges_muted_until,
        last_screen=safety.last_asked(turn),
        mode=runner.mode,
    )
    message = engine.render(decision.send) if decision.send else None
    explanation = engine.explain(decision.send) if decision.send else None
    nudge_id = nudges.record_decision(
        turn.db, runner.id, day, decision, message=message, explanation=explanation, now=turn.now
    )
    nudges.save_episode(turn.db, runner.id, day, decision.episode, decision.episode_closed, current=episode)
    sms = texts.nudge_sms(decision.send.why, decision.send.advice) if decision.send else None
    tips = [Reply(message, keyboards.feedback(nudge_id), sms=sms)] if message and nudge_id else []
    reason = decision.ask_screen or ("a re-check after yesterday's answers" if safety.rescreen_due(turn) else None)
    return tips, safety.start_screen(turn, reason) if reason else []


def warmup_tip(turn: Turn) -> Reply | None:
    """The scheduled warm-up tip (WU) before the usual run time, logged like every nudge."""
    runner, day = turn.runner, turn.today
    if runner.safety_hold_since is not None:
        return None
    trigger = warmup.warmup_due(
        day, past=nudges.past_nudges(turn.db, runner.id, day - HISTORY),
        episode=nudges.open_episode(turn.db, runner.id), muted_until=runner.nudges_muted_until,
    )
    if trigger is None:
        return None
    message = engine.render(trigger)
    decision = engine.Decision(send=trigger, suppressed=(), episode=None, episode_closed=False, ask_screen=None)
    nudge_id = nudges.record_decision(
        turn.db, runner.id, day, decision, message=message, explanation=warmup.explain(trigger), now=turn.now
    )
    sms = texts.nudge_sms(trigger.why, trigger.advice)
    return Reply(message, keyboards.feedback(nudge_id), sms=sms) if nudge_id else None


def on_feedback(turn: Turn, nudge_id: int, helpful: bool) -> list[Reply]:
    if not nudges.record_feedback(turn.db, turn.runner.id, nudge_id, helpful, turn.now):
        return [Reply(texts.stale_button())]
    return [Reply(texts.feedback_thanks(helpful))]


def why(turn: Turn, args: str) -> list[Reply]:
    logged = nudges.last_sent(turn.db, turn.runner.id)
    if logged is None:
        return [Reply(texts.no_nudge_yet())]
    return [Reply(texts.why_header(logged.date) + "\n" + (logged.explanation or logged.why))]


def mute(turn: Turn, args: str) -> list[Reply]:
    """``/nudges off 7d`` mutes tips (never safety messages); ``/nudges on`` brings them back."""
    choice = arguments.mute(args, MUTE_DAYS, MAX_MUTE_DAYS)
    if isinstance(choice, arguments.Mute) and choice.days is None:
        turn.update(nudges_muted_until=None)
        return [Reply(texts.nudges_on())]
    if isinstance(choice, arguments.Mute):
        until = turn.today + dt.timedelta(days=choice.days - 1)
        turn.update(nudges_muted_until=until)
        return [Reply(texts.nudges_off(until))]
    if isinstance(choice, arguments.Refusal):
        return [Reply(texts.nudges_usage(MAX_MUTE_DAYS))]
    muted = turn.runner.nudges_muted_until
    return [Reply(texts.nudges_status(muted if muted and muted >= turn.today else None, MAX_MUTE_DAYS))]
