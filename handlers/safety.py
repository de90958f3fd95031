"""Asking the red-flag screen and acting on the answers. Safety replies are never muted or rate-limited."""

from __future__ import annotations

import datetime as dt

from coach import redflags
from handlers.replies import Button, Reply
from handlers.turn import Turn
from storage import redflags as answers
from storage import runners

CLEARED = ((Button("A clinician has seen me", "flag:cleared"),),)


def start_screen(turn: Turn, reason: str) -> list[Reply]:
    """Ask the emergency tier first; the screen is asked at most once a day, answered or not."""
    if turn.runner.screen_asked_on == turn.today or answers.asked_on(turn.db, turn.runner.id, "S1", turn.today):
        return []
    _update(turn, screen_step="S1", screen_reason=reason, screen_asked_on=turn.today)
    return [ask(redflags.EMERGENCY)]


def last_asked(turn: Turn) -> dt.date | None:
    answered = answers.last_screen(turn.db, turn.runner.id)
    asked = turn.runner.screen_asked_on
    return max((d for d in (answered, asked) if d is not None), default=None)


def ask(tier: redflags.Tier) -> Reply:
    buttons = ((Button("Yes, one or more", f"flag:{tier.id}:yes"), Button("No, none", f"flag:{tier.id}:no")),)
    return Reply(redflags.question_text(tier), buttons)


def on_answer(turn: Turn, tier_id: str, answer: str) -> list[Reply]:
    """Any "yes" to the emergency tier counts, even on an old message: safety comes first."""
    if tier_id == "cleared":
        return cleared(turn)
    if tier_id not in redflags.TIER_BY_ID or answer not in ("yes", "no"):
        return []
    if answer == "no" and turn.runner.screen_step != tier_id:
        return []
    answers.record_answer(
        turn.db, turn.runner.id, tier_id, answer, turn.runner.screen_reason, now=turn.now, local_date=turn.today
    )
    if answer == "yes":
        return _act_on_yes(turn, tier_id)
    following = {"S1": redflags.URGENT, "S2": redflags.ROUTINE}.get(tier_id)
    if following is not None:
        _update(turn, screen_step=following.id)
        return [ask(following)]
    _update(turn, screen_step=None, screen_reason=None, rescreen_on=None)
    return [Reply(redflags.all_clear())]


def _act_on_yes(turn: Turn, tier_id: str) -> list[Reply]:
    if tier_id == "S1":
        _update(turn, screen_step=None, safety_hold_since=turn.now)
        return [Reply(redflags.emergency_reply(number(turn)), CLEARED)]
    if tier_id == "S2":
        _update(turn, screen_step=None, rescreen_on=turn.today + dt.timedelta(days=1))
        return [Reply(redflags.urgent_reply())]
    _update(turn, screen_step=None)
    return [Reply(redflags.routine_reply())]


def cleared(turn: Turn) -> list[Reply]:
    if turn.runner.safety_hold_since is None:
        return []
    answers.record_answer(turn.db, turn.runner.id, "cleared", "yes", None, now=turn.now, local_date=turn.today)
    _update(turn, safety_hold_since=None)
    return [Reply(redflags.cleared_reply())]


def on_hold_reminder(turn: Turn) -> list[Reply]:
    return [Reply(redflags.still_on_hold(number(turn)), CLEARED)]


def rescreen_due(turn: Turn) -> bool:
    return turn.runner.rescreen_on is not None and turn.runner.rescreen_on <= turn.today


def number(turn: Turn) -> str:
    return redflags.emergency_number(zone=turn.runner.tz)


def _update(turn: Turn, **fields: object) -> None:
    turn.runner = runners.update_runner(turn.db, turn.runner.id, now=turn.now, **fields)
