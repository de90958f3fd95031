"""What an SMS runner reads that a Telegram runner does not: keywords, numbered choices, short questions, linking."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from coach.models import Mode, Unit
from coach.texts.onboarding import CONSENT_WORDING


def sms_welcome() -> str:
    return f"Lumbar: a daily 2-question diary for runners with a sore lower back.\n{CONSENT_WORDING}\nReply YES to agree."


def sms_help() -> str:
    return (
        "Lumbar: a daily back pain diary for runners. Reply like 3 5 (pain 0-10, distance). "
        "/help lists commands. STOP stops all texts, START resumes."
    )


def sms_choices(labels: Sequence[str]) -> str:
    """``Reply 1 for Kilometres, 2 for Miles``: a button press, typed as its number."""
    return "Reply " + ", ".join(f"{n} for {label}" for n, label in enumerate(labels, start=1))


def attachment_left_out() -> str:
    return "(Files are not sent by SMS: use Telegram, or ask the person who runs Lumbar.)"


def sms_question(mode: Mode, unit: Unit, *, pain: bool, distance: bool) -> str:
    """The daily question in one 160-character segment."""
    when = "this morning" if mode is Mode.MORNING else "tonight"
    run_day = "yesterday" if mode is Mode.MORNING else "today"
    units = "km" if unit is Unit.KM else "miles"
    if pain and distance:
        return f"Lumbar: back pain {when} 0-10, and {units} {run_day}? Reply like: 3 5 (or 3 rest)"
    if pain:
        return f"Lumbar: back pain {when} 0-10? Reply like: 3"
    return f"Lumbar: {units} {run_day}? Reply like: 5 (or rest)"


def ask_zone_guess(labels: Sequence[tuple[str, dt.datetime]]) -> str:
    if len(labels) == 1:
        label, local = labels[0]
        return f"Is your time zone {label} (now {local:%H:%M})? If not, send a city, zone name or offset (UTC-5)."
    return "Which time zone are you in? Or send a city, zone name or offset (UTC-5)."


def link_code(code: str) -> str:
    return (
        f"Your link code is {code}. Within 15 minutes, text LINK {code} to the Lumbar number, "
        f"or send /link {code} to the bot on Telegram: both then keep this one diary."
    )


def link_done(questions_on: str) -> str:
    where = "by SMS" if questions_on == "sms" else "on Telegram"
    return f"Linked: this is now the same diary. Answer here or there; the daily question still comes {where}."


def link_code_unknown() -> str:
    return "That link code is unknown or older than 15 minutes. Ask for a new one with /link."


def link_tries_used() -> str:
    return "Too many wrong link codes lately, so linking is paused for now. Try again in an hour with a new /link code."


def link_own_diary() -> str:
    return "This chat already keeps its own diary. /delete it first to join another one."


def nudge_sms(why: str, advice: str) -> str:
    """A tip by SMS: the same why and advice; the source is one /why away instead of a segment."""
    return f"{why[:1].upper() + why[1:]}. {advice} Not medical advice; /why gives the source."


def thanks_done_sms() -> str:
    return "Thanks, done for today."
