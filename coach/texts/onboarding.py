"""Consent and setting up: the first sentences a runner reads."""

from __future__ import annotations

import datetime as dt
from coach.models import Mode
from coach.texts.common import NOT_A_DOCTOR, day_label
from coach.texts.safety import WARNING_SIGNS

CONSENT_WORDING = (
    "To keep your diary I store health data: a daily lower-back pain rating (0-10) and how far you ran, "
    "with the time zone and check-in time you choose, so I can ask at the right moment and show you trends. "
    "It stays in this bot's database; a club you join sees only your check-ins and distance in its totals, "
    "and what you choose to share. /delete erases it all."
)


def welcome(club_code: str | None = None) -> str:
    club = f"\n\nOnce you're set up, I'll offer to join your club (code {club_code[:16]})." if club_code else ""
    return f"Hi, I'm Lumbar: a daily two-question diary for runners with a sore lower back.\n\n{CONSENT_WORDING}{club}"


def consent_declined() -> str:
    return "No problem: I haven't stored anything. Send /start if you change your mind."


def needs_start() -> str:
    return "Hi! Send /start to set up your diary. Nothing is stored until you agree."


def ask_units() -> str:
    return "Thanks! Do you measure runs in kilometres or miles?"


def ask_zone() -> str:
    return (
        "Which time zone are you in? Pick one, or type a city (Denver), "
        "a zone name (Europe/Berlin) or an offset (UTC+5:45)."
    )


def zone_unknown(text: str) -> str:
    return (
        f"I don't know the time zone \"{text[:40]}\". Try a big city (Lisbon), "
        "a zone name (America/Chicago) or an offset (UTC-3)."
    )


def zone_confirmed(label: str, local_now: dt.datetime) -> str:
    return f"Time zone {label}: it's {local_now:%H:%M} on {day_label(local_now.date())} there now."


def ask_time() -> str:
    return (
        "When should I ask each day? A morning check-in works best: whether yesterday's run has "
        "settled by the next morning is the key sign. Pick one or type a time like 6:45."
    )


def time_unknown() -> str:
    return "I couldn't read that time. Try 07:30 or 8pm."


def setup_done(checkin: dt.time, mode: Mode, zone: str) -> str:
    when = "morning" if mode is Mode.MORNING else "evening"
    return (
        f"All set! I'll ask every {when} at {checkin:%H:%M} ({zone}).\n"
        "You can also tell me any time: \"3 8km\", \"rest\", \"yesterday 2 5mi\". /help lists everything.\n\n"
        + NOT_A_DOCTOR + "\n\n" + WARNING_SIGNS
    )


def quiet_clash(checkin: dt.time, quiet: tuple[dt.time, dt.time]) -> str:
    start, end = quiet
    return (
        f"Note: {checkin:%H:%M} is inside your quiet hours ({start:%H:%M}-{end:%H:%M}). I'll still ask then, "
        "but a reminder or a club message waits until they end. Move one of them?"
    )


def welcome_back(checkin: dt.time) -> str:
    return f"Welcome back! I'll ask again each day at {checkin:%H:%M}."
