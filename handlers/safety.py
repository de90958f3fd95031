"""Asking the red-flag screen and acting on the answers. Safety replies are never muted or rate-limited."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from coach import redflags, texts
from coach.parsing import is_prose
from coach.symptoms import CATEGORY_BY_ID, Finding, Urgency, near_warning_signs, other_languages
from handlers import keyboards
from handlers.replies import Reply
from handlers.turn import Turn
from storage import redflags as answers
from storage import symptoms



YES_WORDS = frozenset({"yes", "y", "yeah", "yep", "yup", "ya", "yea", "aye"})
NO_WORDS = frozenset({"no", "n", "nope", "none", "nah", "nothing", "neither", "nay"})
_FIRST_WORD = re.compile(r"[^\W_]+")
"""A run of letters and digits (what ``str.isalnum`` accepts)."""


def start_screen(turn: Turn, reason: str) -> list[Reply]:
    """A screen Lumbar starts by itself (sign-up, pain 7+, weekly): at most once a day, answered or not."""
    if turn.runner.screen_asked_on == turn.today or answers.asked_on(turn.db, turn.runner.id, "S1", turn.today):
        return []
    _update(turn, screen_step="S1", screen_reason=reason, screen_asked_on=turn.today)
    return [ask(redflags.EMERGENCY)]


def on_symptoms(turn: Turn, findings: list[Finding], *, said_yes: bool = False) -> list[Reply]:
    """What the runner wrote about a symptom always gets its answer: no cool-down, cap, quiet hours or mute.

    Every finding is kept with its date so /history, the summary and the physio PDF show it. A vague
    symptom typed as a "yes" to the open checklist ("yes, some tingling") answers that checklist.
    """
    for finding in findings:
        symptoms.record(
            turn.db, turn.runner.id, category=finding.category.id, urgency=finding.category.urgency.name.lower(),
            excerpt=finding.excerpt, now=turn.now, local_date=turn.today,
        )
    worst = findings[0]
    urgency = worst.category.urgency
    if urgency is Urgency.EMERGENCY:
        _update(turn, screen_step=None, safety_hold_since=turn.runner.safety_hold_since or turn.now)
        return [Reply(texts.symptom_emergency(worst.category.id, worst.excerpt, number(turn)), keyboards.cleared(),
                      urgent=True)]
    if urgency is Urgency.URGENT:
        _update(turn, rescreen_on=turn.today + dt.timedelta(days=1))
        return [Reply(texts.symptom_urgent(worst.category.id, worst.excerpt, number(turn)), urgent=True)]
    if urgency is Urgency.ROUTINE:
        return [Reply(texts.symptom_routine(worst.excerpt), urgent=True)]
    if said_yes and turn.runner.screen_step in redflags.TIER_BY_ID:
        return on_answer(turn, turn.runner.screen_step, "yes")
    _update(turn, screen_step="S1", screen_reason="you mentioned a symptom", screen_asked_on=turn.today)
    return [ask(redflags.EMERGENCY, lead=texts.symptom_check(worst.excerpt))]


def before_consent(findings: list[Finding]) -> list[Reply]:
    """Someone who has not signed up still gets the answer; nothing about them is stored."""
    worst = findings[0]
    if worst.category.urgency is Urgency.EMERGENCY:
        return [Reply(texts.symptom_emergency(worst.category.id, worst.excerpt, None, hold=False), urgent=True)]
    if worst.category.urgency is Urgency.URGENT:
        return [Reply(texts.symptom_urgent(worst.category.id, worst.excerpt, None), urgent=True)]
    if worst.category.urgency is Urgency.ROUTINE:
        return [Reply(texts.symptom_routine(worst.excerpt), urgent=True)]
    return [Reply(texts.symptom_signs(worst.excerpt), urgent=True)]


def with_warning_signs(replies: list[Reply]) -> list[Reply]:
    """The warning signs named under the last reply (its SMS text too): for words the symptom reader found
    nothing in but may not have understood, since no word list knows every way of saying them."""
    if not replies:
        return replies
    net = texts.unread_words_safety_net()
    last = replies[-1]
    sms = f"{last.sms}\n{net}" if last.sms is not None else None
    return replies[:-1] + [replace(last, text=f"{last.text}\n{net}", sms=sms)]


def under_unread_words(text: str, replies: list[Reply]) -> list[Reply]:
    """Words (not a mistyped number) that the step asked could not take, and the symptom reader found nothing
    in: the warning signs are named under the reply, as the reader does not know every way of saying them
    (nor any language but English: "orina con sangre" is three words, and a sign)."""
    return with_warning_signs(replies) if is_prose(text) or near_warning_signs(text) else replies


def beside_a_checkin(text: str) -> bool:
    """Whether a saved check-in's words name the warning signs under it: words (four or more) that use the
    signs' words, or, however short, a sign's word in another language ("6 5km sangre orina")."""
    return near_warning_signs(text) if is_prose(text) else other_languages.names_a_sign(text)


def screen_answer(text: str) -> str | None:
    """"yes", "no" or None: how a typed reply starts, for a runner answering the open checklist in words."""
    first = _FIRST_WORD.search(text.lower())
    if first is None:
        return None
    if first.group() in YES_WORDS:
        return "yes"
    if first.group() in NO_WORDS:
        return "no"
    return None


def last_asked(turn: Turn) -> dt.date | None:
    answered = answers.last_screen(turn.db, turn.runner.id)
    asked = turn.runner.screen_asked_on
    return max((d for d in (answered, asked) if d is not None), default=None)


def ask(tier: redflags.Tier, *, lead: str | None = None) -> Reply:
    return Reply(lead or redflags.question_text(tier), keyboards.screen(tier.id), urgent=True)


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
    return [Reply(texts.all_clear())]


def _act_on_yes(turn: Turn, tier_id: str) -> list[Reply]:
    if tier_id == "S1":
        _update(turn, screen_step=None, safety_hold_since=turn.now)
        return [Reply(texts.emergency_reply(number(turn)), keyboards.cleared(), urgent=True)]
    if tier_id == "S2":
        _update(turn, screen_step=None, rescreen_on=turn.today + dt.timedelta(days=1))
        return [Reply(texts.urgent_reply(), urgent=True)]
    _update(turn, screen_step=None)
    return [Reply(texts.routine_reply(), urgent=True)]


def cleared(turn: Turn) -> list[Reply]:
    if turn.runner.safety_hold_since is None:
        return []
    answers.record_answer(turn.db, turn.runner.id, "cleared", "yes", None, now=turn.now, local_date=turn.today)
    _update(turn, safety_hold_since=None)
    return [Reply(texts.cleared_reply())]


def on_hold_reminder(turn: Turn) -> list[Reply]:
    return [Reply(texts.still_on_hold(number(turn)), keyboards.cleared())]


def rescreen_due(turn: Turn) -> bool:
    return turn.runner.rescreen_on is not None and turn.runner.rescreen_on <= turn.today


def number(turn: Turn) -> str:
    return redflags.emergency_number(zone=turn.runner.tz)


def _update(turn: Turn, **fields: object) -> None:
    turn.update(**fields)


def notes_between(db, runner_id: int, first: dt.date, last: dt.date) -> list[redflags.DiaryNote]:
    """Symptoms mentioned and checklist answers in a period, for /history, the summary and the physio PDF."""
    reports = [
        (r.local_date, CATEGORY_BY_ID[r.category].label if r.category in CATEGORY_BY_ID else r.category, r.excerpt)
        for r in symptoms.reports_between(db, runner_id, first, last)
    ]
    given = [(dt.date.fromisoformat(a["local_date"]), a["tier"], a["answer"])
             for a in answers.answers_between(db, runner_id, first, last)]
    return redflags.diary_notes(reports, given)
